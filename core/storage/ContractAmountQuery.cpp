#include "ContractAmountQuery.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"

namespace voronka {

ContractAmountQuery::ContractAmountQuery(DataContext context)
    : m_context(context)
{
}

qint64 ContractAmountQuery::average(const QDateTime &start, const QDateTime &end) const
{
    return SqlStatement::scalar(m_context.db.connection(),
                                QStringLiteral("SELECT coalesce(sum(d.amount_kopecks) / count(*), 0) FROM deals d "
                                               "WHERE d.amount_kopecks > 0 AND d.id IN (SELECT deal_id FROM "
                                               "stage_history WHERE to_stage = 'contract' AND changed_at >= ? "
                                               "AND changed_at < ? AND deal_id IS NOT NULL)"),
                                {toStoredTime(start), toStoredTime(end)})
        .toLongLong();
}

} // namespace voronka
