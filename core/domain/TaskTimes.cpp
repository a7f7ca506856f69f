#include "TaskTimes.h"

namespace voronka {

namespace {
QDateTime localAt(QDate day, QTime time, const QTimeZone &zone)
{
    return QDateTime(day, time, zone).toUTC();
}

QDateTime tomorrowAt(const QDateTime &now, const QTimeZone &zone, QTime time)
{
    return localAt(now.toTimeZone(zone).date().addDays(1), time, zone);
}
} // namespace

QDateTime quickDueTime(QuickDueTime choice, const QDateTime &now, const QTimeZone &zone)
{
    const QDateTime local = now.toTimeZone(zone);
    switch (choice) {
    case QuickDueTime::InTenMinutes:
        return now.toUTC().addSecs(600);
    case QuickDueTime::InOneHour:
        return now.toUTC().addSecs(3600);
    case QuickDueTime::TomorrowMorning:
        return tomorrowAt(now, zone, QTime(10, 0));
    case QuickDueTime::InThreeDays:
        return localAt(local.date().addDays(3), local.time(), zone);
    case QuickDueTime::InThreeMonths:
        return localAt(local.date().addMonths(3), local.time(), zone);
    }
    return now.toUTC();
}

QDateTime snoozeTime(SnoozeTime choice, const QDateTime &now, const QTimeZone &zone)
{
    switch (choice) {
    case SnoozeTime::TenMinutes:
        return now.toUTC().addSecs(600);
    case SnoozeTime::OneHour:
        return now.toUTC().addSecs(3600);
    case SnoozeTime::TomorrowMorning:
        return tomorrowAt(now, zone, QTime(9, 0));
    }
    return now.toUTC();
}

} // namespace voronka
