#include "Timestamps.h"

#include <cmath>

namespace voronka {

QVariant toStoredTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTime(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    QDateTime time = QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

namespace {

// Milliseconds since the Julian day epoch, as SQLite's date functions hold a time (DateTime.iJD).
std::optional<qint64> julianMilliseconds(QByteArrayView stored)
{
    // Unix milliseconds + the Julian day of 1970-01-01T00:00Z (2440587.5) in milliseconds.
    constexpr qint64 unixEpoch = 210866760000000;
    const auto digits = [&](qsizetype from, qsizetype count, int &value) {
        value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char c = stored.at(i);
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
        }
        return true;
    };
    // "2026-11-30T21:00:00.000Z", the form toStoredTime writes.
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millisecond = 0;
    if (stored.size() == 24 && stored.at(4) == '-' && stored.at(7) == '-' && stored.at(10) == 'T'
        && stored.at(13) == ':' && stored.at(16) == ':' && stored.at(19) == '.' && stored.at(23) == 'Z'
        && digits(0, 4, year) && digits(5, 2, month) && digits(8, 2, day) && digits(11, 2, hour)
        && digits(14, 2, minute) && digits(17, 2, second) && digits(20, 3, millisecond) && month >= 1 && month <= 12
        && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 60) {
        // Days from the civil date (Howard Hinnant's algorithm).
        const qint64 y = month <= 2 ? year - 1 : year;
        const qint64 era = (y >= 0 ? y : y - 399) / 400;
        const qint64 yearOfEra = y - era * 400;
        const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        const qint64 days = era * 146097 + dayOfEra - 719468;
        return unixEpoch + days * 86400000 + hour * 3600000 + minute * 60000 + second * 1000 + millisecond;
    }
    const QDateTime time = QDateTime::fromString(QString::fromUtf8(stored), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return unixEpoch + time.toMSecsSinceEpoch();
}

} // namespace

std::optional<qint64> wholeDaysBetween(QByteArrayView earlier, QByteArrayView later)
{
    const std::optional<qint64> from = julianMilliseconds(earlier);
    const std::optional<qint64> to = julianMilliseconds(later);
    if (!from || !to)
        return std::nullopt;
    // Each a Julian day as a double, then their difference truncated, exactly as julianday() and CAST do.
    return qint64(std::trunc(double(*to) / 86400000.0 - double(*from) / 86400000.0));
}

QVariant toStoredDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate fromStoredDate(const QVariant &stored)
{
    return QDate::fromString(stored.toString(), Qt::ISODate);
}

} // namespace voronka
