#include "CompanyTimelineQuery.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"

namespace voronka {

namespace {
// The funnel writes a move's activity and history row in one transaction, each stamped with its own read of
// the clock: the two belong together when company, deal, stage and time (within two seconds) agree.
const char sameMove[] = "h.company_id = a.company_id AND h.deal_id IS a.deal_id AND h.to_stage = a.outcome "
                        "AND a.kind IN ('stage_change', 'deal_step') "
                        "AND abs(julianday(h.changed_at) - julianday(a.occurred_at)) < 0.000023";
} // namespace

CompanyTimelineQuery::CompanyTimelineQuery(DataContext context)
    : m_context(context)
{
}

QList<TimelineEntry> CompanyTimelineQuery::entries(qint64 companyId) const
{
    const QString match = QString::fromLatin1(sameMove);
    const QString sql
        = QStringLiteral(
              "SELECT a.occurred_at AS at, a.kind, a.deal_id, d.title, u.full_name, "
              "(SELECT h.from_stage FROM stage_history h WHERE %1 ORDER BY h.id DESC LIMIT 1), "
              "a.outcome, a.note, 0 AS source, a.id AS row_id, a.amount_kopecks, a.currency "
              "FROM activities a LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN users u ON u.id = a.user_id "
              "WHERE a.company_id = ? "
              "UNION ALL "
              "SELECT h.changed_at, CASE WHEN h.deal_id IS NULL THEN 'stage_change' ELSE 'deal_step' END, h.deal_id, "
              "d.title, u.full_name, h.from_stage, h.to_stage, h.comment, 1, h.id, NULL, NULL "
              "FROM stage_history h LEFT JOIN deals d ON d.id = h.deal_id LEFT JOIN users u ON u.id = h.user_id "
              "WHERE h.company_id = ? AND NOT EXISTS (SELECT 1 FROM activities a WHERE %1) "
              "ORDER BY at DESC, source DESC, row_id DESC")
              .arg(match);
    SqlStatement select(m_context.db.connection(), sql);
    select.bind({companyId, companyId}).exec();
    QList<TimelineEntry> entries;
    while (select.next()) {
        TimelineEntry entry;
        entry.occurredAt = fromStoredTime(select.value(0));
        entry.kind = activityKindFromKey(select.value(1).toString()).value_or(ActivityKind::Note);
        entry.dealId = select.value(2).toLongLong();
        entry.dealTitle = select.value(3).toString();
        entry.userName = select.value(4).toString();
        entry.fromStage = select.value(5).toString();
        entry.outcome = select.value(6).toString();
        entry.note = select.value(7).toString();
        if (!select.value(10).isNull())
            entry.amount = Money(select.value(10).toLongLong(), select.value(11).toString());
        entries.append(entry);
    }
    return entries;
}

} // namespace voronka
