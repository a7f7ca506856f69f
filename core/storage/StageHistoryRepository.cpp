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
    const QSqlDatabase db = m_context.db.connection();
    const bool dealMove = change.dealId != 0;
    const QVariant changedAt = toStoredTime(change.changedAt);

    // The entry this move ends: the latest row of the same company (company moves) or deal (deal steps).
    SqlStatement previous(db,
                          dealMove ? QStringLiteral("SELECT id FROM stage_history WHERE deal_id = ? "
                                                    "ORDER BY changed_at DESC, id DESC LIMIT 1")
                                   : QStringLiteral("SELECT id FROM stage_history WHERE company_id = ? AND "
                                                    "deal_id IS NULL ORDER BY changed_at DESC, id DESC LIMIT 1"));
    previous.bind(dealMove ? change.dealId : change.companyId).exec();
    const qint64 previousId = previous.next() ? previous.value(0).toLongLong() : 0;
    if (previousId != 0) {
        SqlStatement end(db, QStringLiteral("UPDATE stage_history SET left_at = ?, left_to = ? WHERE id = ?"));
        end.bind({changedAt, change.toStage, previousId}).exec();
    }

    SqlStatement insert(db,
                        QStringLiteral("INSERT INTO stage_history (company_id, deal_id, user_id, from_stage, "
                                       "to_stage, changed_at, comment, cohort_at, opens, lost_reason) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT created_at FROM %1 WHERE id = ?), ?, ?)")
                            .arg(dealMove ? QStringLiteral("deals") : QStringLiteral("companies")));
    insert.bind({change.companyId, nullIfZero(change.dealId), nullIfZero(change.userId), nullIfEmpty(change.fromStage),
                 change.toStage, changedAt, nullIfEmpty(change.comment), dealMove ? change.dealId : change.companyId,
                 previousId == 0 ? 1 : 0, nullIfEmpty(change.lostReason)});
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
