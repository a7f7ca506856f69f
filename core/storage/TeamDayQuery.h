#pragma once

#include "DataContext.h"
#include "WorkloadQuery.h"

#include <QDate>
#include <QHash>
#include <QTimeZone>

namespace voronka {

// One active person's day as the head's Team section shows it.
struct TeamDay
{
    qint64 userId = 0;
    qint64 callsToday = 0; // call activities they recorded during the day
    // The meetings they hold that day: those still open (due that day) and those they recorded as held that day.
    qint64 meetingsToday = 0;
    // Open tasks assigned to them whose due time has passed. Snoozing puts a reminder off, not the due time: a snoozed
    // task past its due time is still late.
    qint64 tasksOverdue = 0;
    Workload load;

    bool operator==(const TeamDay &) const = default;
};

// The team's day in a few statements for everyone (never one per person per table), each a range of an index:
// activities_user for calls and held meetings, tasks_open_kind for open meetings, tasks_open_due for overdue tasks
// (counted on the index alone), companies_owner_stage for the load (WorkloadQuery::ofActivePeople).
class TeamDayQuery
{
public:
    explicit TeamDayQuery(DataContext context);

    // Every active person's day, by user id (a deactivated person is absent). day is a date of zone; "overdue" is
    // against the context clock's now.
    QHash<qint64, TeamDay> of(const QDate &day, const QTimeZone &zone) const;
    // The local day of the context clock's now in zone.
    QHash<qint64, TeamDay> today(const QTimeZone &zone) const;

private:
    DataContext m_context;
};

} // namespace voronka
