#include "Timestamps.h"

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

QVariant toStoredDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate fromStoredDate(const QVariant &stored)
{
    return QDate::fromString(stored.toString(), Qt::ISODate);
}

} // namespace voronka
