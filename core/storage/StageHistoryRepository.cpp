#include "StageHistoryRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "domain/Clock.h"

namespace voronka {

StageHistoryRepository::StageHistoryRepository(DataContext context)
    : m_context(context)
{
}

void StageHistoryRepository::record(StageChange &change)
{
    change.userId = m_context.userId;
    change.changedAt = m_context.clock.nowUtc();
    SqlStatement insert(m_context.db.connection(),
                        QStringLiteral("INSERT INTO stage_history (company_id, deal_id, user_id, from_stage, to_stage, "
                                       "changed_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind({change.companyId, nullIfZero(change.dealId), nullIfZero(change.userId), nullIfEmpty(change.fromStage),
                 change.toStage, toStoredTime(change.changedAt), nullIfEmpty(change.comment)});
    insert.exec();
    change.id = insert.lastInsertId();
}

QList<StageChange> StageHistoryRepository::listForCompany(qint64 companyId) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT id, deal_id, user_id, from_stage, to_stage, changed_at, comment "
                                       "FROM stage_history WHERE company_id = ? ORDER BY changed_at, id"));
    select.bind(companyId).exec();
    QList<StageChange> changes;
    while (select.next()) {
        StageChange change;
        change.id = select.value(0).toLongLong();
        change.companyId = companyId;
        change.dealId = select.value(1).toLongLong();
        change.userId = select.value(2).toLongLong();
        change.fromStage = select.value(3).toString();
        change.toStage = select.value(4).toString();
        change.changedAt = fromStoredTime(select.value(5));
        change.comment = select.value(6).toString();
        changes.append(change);
    }
    return changes;
}

} // namespace voronka
