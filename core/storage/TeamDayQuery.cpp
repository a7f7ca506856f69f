#include "TeamDayQuery.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "domain/Activity.h"
#include "domain/Clock.h"
#include "domain/Task.h"

namespace voronka {

TeamDayQuery::TeamDayQuery(DataContext context)
    : m_context(context)
{
}

QHash<qint64, TeamDay> TeamDayQuery::today(const QTimeZone &zone) const
{
    return of(m_context.clock.nowUtc().toTimeZone(zone).date(), zone);
}

QHash<qint64, TeamDay> TeamDayQuery::of(const QDate &day, const QTimeZone &zone) const
{
    const QSqlDatabase db = m_context.db.connection();
    // The day's bounds in stored (UTC) time; startOfDay copes with a day that starts at 01:00 after a clock change.
    const QVariant from = toStoredTime(day.startOfDay(zone).toUTC());
    const QVariant to = toStoredTime(day.addDays(1).startOfDay(zone).toUTC());
    const QVariant now = toStoredTime(m_context.clock.nowUtc());

    QHash<qint64, TeamDay> days;
    {
        SqlStatement people(db, QStringLiteral("SELECT id FROM users WHERE active = 1"));
        people.exec();
        while (people.next()) {
            const qint64 id = people.value(0).toLongLong();
            days[id].userId = id;
        }
    }
    // Calls and meetings held, from what each person recorded that day.
    {
        SqlStatement select(db,
                            QStringLiteral("SELECT user_id, sum(kind = ?), sum(kind = ? AND outcome LIKE 'held%') "
                                           "FROM activities WHERE user_id IN (SELECT id FROM users WHERE active = 1) "
                                           "AND occurred_at >= ? AND occurred_at < ? AND kind IN (?, ?) "
                                           "GROUP BY user_id"));
        const QString call = activityKindKey(ActivityKind::Call);
        const QString meeting = activityKindKey(ActivityKind::Meeting);
        select.bind({call, meeting, from, to, call, meeting}).exec();
        while (select.next()) {
            const auto it = days.find(select.value(0).toLongLong());
            if (it == days.end())
                continue;
            it->callsToday = select.value(1).toLongLong();
            it->meetingsToday += select.value(2).toLongLong();
        }
    }
    // Meetings still to be held (or recorded) that day.
    {
        SqlStatement select(db,
                            QStringLiteral("SELECT assignee_id, count(*) FROM tasks WHERE status = 'open' "
                                           "AND kind = ? AND due_at >= ? AND due_at < ? GROUP BY assignee_id"));
        select.bind({taskKindKey(TaskKind::Meeting), from, to}).exec();
        while (select.next())
            if (const auto it = days.find(select.value(0).toLongLong()); it != days.end())
                it->meetingsToday += select.value(1).toLongLong();
    }
    {
        SqlStatement select(db,
                            QStringLiteral("SELECT assignee_id, count(*) FROM tasks WHERE status = 'open' "
                                           "AND assignee_id IN (SELECT id FROM users WHERE active = 1) "
                                           "AND due_at < ? GROUP BY assignee_id"));
        select.bind(now).exec();
        while (select.next())
            if (const auto it = days.find(select.value(0).toLongLong()); it != days.end())
                it->tasksOverdue = select.value(1).toLongLong();
    }
    const QHash<qint64, Workload> loads = WorkloadQuery(m_context.db).ofActivePeople();
    for (auto it = loads.cbegin(); it != loads.cend(); ++it)
        if (const auto person = days.find(it.key()); person != days.end())
            person->load = it.value();
    return days;
}

} // namespace voronka
