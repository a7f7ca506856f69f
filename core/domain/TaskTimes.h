#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace voronka {

// The quick due times offered when a task is set: in ten minutes, in an hour, tomorrow at 10:00, in three days, in
// three months.
enum class QuickDueTime { InTenMinutes, InOneHour, TomorrowMorning, InThreeDays, InThreeMonths };
// The snooze times offered by a reminder: ten minutes, an hour, tomorrow at 9:00.
enum class SnoozeTime { TenMinutes, OneHour, TomorrowMorning };

// The moment (UTC) of a quick choice made at now in the user's time zone. Days and months are counted on the
// user's calendar, so "in 3 days" from 15:00 is 15:00 local even across a daylight-saving change.
QDateTime quickDueTime(QuickDueTime choice, const QDateTime &now, const QTimeZone &zone);
QDateTime snoozeTime(SnoozeTime choice, const QDateTime &now, const QTimeZone &zone);

} // namespace voronka
