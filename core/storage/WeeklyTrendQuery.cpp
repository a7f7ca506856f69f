#include "WeeklyTrendQuery.h"

#include "ActivityHourCounts.h"
#include "Database.h"
#include "FunnelFilterSql.h"
#include "SqlStatement.h"
#include "Timestamps.h"

#include <QStringList>

namespace voronka {

WeeklyTrendQuery::WeeklyTrendQuery(DataContext context)
    : m_context(context)
{
}

QList<TrendCounts> WeeklyTrendQuery::counts(const QList<TimeRange> &ranges, const FunnelFilter &filter) const
{
    QList<TrendCounts> counts(ranges.size());
    if (ranges.isEmpty())
        return counts;
    // The ranges as rows (n, start, end) the figures' subqueries each read one index range for.
    QStringList rows;
    QVariantList bounds;
    for (qsizetype n = 0; n < ranges.size(); ++n) {
        rows.append(QStringLiteral("(%1, ?, ?)").arg(n));
        bounds.append({toStoredTime(ranges.at(n).start), toStoredTime(ranges.at(n).end)});
    }
    const QString weeks = QStringLiteral("(VALUES %1) w").arg(rows.join(QLatin1Char(',')));

    // A person's own work and moves; a part of the companies through a list of their ids.
    const auto sliced = [&filter](const QString &alias, QVariantList &values) {
        const SqlCondition moves = FunnelFilterSql::moves(filter, alias);
        values.append(moves.values);
        return FunnelFilterSql::andIf(moves);
    };
    QVariantList values;
    const QString contracts
        = QStringLiteral("(SELECT count(*) FROM stage_history h INDEXED BY stage_history_steps WHERE h.to_stage = "
                         "'contract' AND h.changed_at >= w.column2 AND h.changed_at < w.column3 "
                         "AND h.deal_id IS NOT NULL AND h.user_id IS NOT NULL%1)")
              .arg(sliced(QStringLiteral("h"), values));
    const QString firstPayments
        = QStringLiteral("(SELECT count(*) FROM stage_history h INDEXED BY stage_history_clients WHERE h.to_stage = "
                         "'client' AND h.changed_at >= w.column2 AND h.changed_at < w.column3%1 AND %2)")
              .arg(sliced(QStringLiteral("h"), values), FunnelHistoryQuery::firstMoveToClient(QStringLiteral("h")));

    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT w.column1, %1, %2 FROM %3").arg(contracts, firstPayments, weeks));
    // The subqueries stand before the VALUES list in the statement's text: their values are bound first.
    select.bindAll(values).bindAll(bounds).exec();
    while (select.next()) {
        const qsizetype n = select.value(0).toLongLong();
        if (n < 0 || n >= counts.size())
            continue;
        counts[n].contracts = select.value(1).toLongLong();
        counts[n].firstPayments = select.value(2).toLongLong();
    }
    // The calls and meetings as the activity report counts them (a person's work; an imported call has no one).
    const ActivityHourCounts calls(m_context.db);
    for (qsizetype n = 0; n < ranges.size(); ++n) {
        const QHash<qint64, CallTally> made = calls.tally(ranges.at(n).start, ranges.at(n).end, filter);
        for (const CallTally &person : made) {
            counts[n].calls += person.calls;
            counts[n].conversations += person.conversations;
            counts[n].meetingsHeld += person.meetingsHeld;
        }
    }
    return counts;
}

} // namespace voronka
