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
    // "2026-11-30T21:00:00.000Z", the form toStoredTime writes: read in place, a year of history is two million.
    const char *text = stored.data();
    bool allDigits = true;
    const auto number = [&](int from, int count) {
        unsigned value = 0;
        for (int i = from; i < from + count; ++i) {
            const unsigned digit = unsigned(uchar(text[i])) - unsigned('0');
            allDigits &= digit <= 9;
            value = value * 10 + digit;
        }
        return int(value % 10000); // garbage when not all digits, and then not used
    };
    if (stored.size() == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':'
        && text[19] == '.' && text[23] == 'Z') {
        const int year = number(0, 4);
        const int month = number(5, 2);
        const int day = number(8, 2);
        const int hour = number(11, 2);
        const int minute = number(14, 2);
        const int second = number(17, 2);
        const int millisecond = number(20, 3);
        if (allDigits && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60
            && second < 60) {
            // Days from the civil date (Howard Hinnant's algorithm).
            const qint64 y = month <= 2 ? year - 1 : year;
            const qint64 era = (y >= 0 ? y : y - 399) / 400;
            const qint64 yearOfEra = y - era * 400;
            const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
            const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
            const qint64 days = era * 146097 + dayOfEra - 719468;
            return unixEpoch + days * 86400000 + hour * 3600000 + minute * 60000 + second * 1000 + millisecond;
        }
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
