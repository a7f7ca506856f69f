#include "TaskRuleQuery.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "domain/Activity.h"
#include "domain/CompanyStage.h"
#include "domain/DealStep.h"

namespace voronka {

TaskRuleQuery::TaskRuleQuery(DataContext context)
    : m_context(context)
{
}

QList<ClientPayments> TaskRuleQuery::clientPayments(const QDateTime &revenueSince) const
{
    SqlStatement statement(m_context.db.connection(),
                           QStringLiteral("SELECT c.id, c.owner_id, c.client_since, p.paid_at, p.amount_kopecks "
                                          "FROM companies c JOIN payments p ON p.company_id = c.id "
                                          "WHERE c.stage = ? ORDER BY c.id, p.paid_at"));
    statement.bind(companyStageKey(CompanyStage::Client)).exec();
    const QVariant since = toStoredTime(revenueSince);
    QList<ClientPayments> clients;
    while (statement.next()) {
        const qint64 companyId = statement.value(0).toLongLong();
        if (clients.isEmpty() || clients.last().companyId != companyId) {
            ClientPayments client;
            client.companyId = companyId;
            client.ownerId = statement.value(1).toLongLong();
            client.clientSince = fromStoredTime(statement.value(2));
            clients.append(client);
        }
        ClientPayments &client = clients.last();
        client.paidAt.append(fromStoredTime(statement.value(3)));
        if (statement.value(3).toString() >= since.toString())
            client.revenueKopecks += statement.value(4).toLongLong();
    }
    return clients;
}

QHash<qint64, QDateTime> TaskRuleQuery::latestTaskCreated(TaskKind kind) const
{
    SqlStatement statement(m_context.db.connection(),
                           QStringLiteral("SELECT company_id, max(created_at) FROM tasks "
                                          "WHERE kind = ? AND company_id IS NOT NULL GROUP BY company_id"));
    statement.bind(taskKindKey(kind)).exec();
    QHash<qint64, QDateTime> latest;
    while (statement.next())
        latest.insert(statement.value(0).toLongLong(), fromStoredTime(statement.value(1)));
    return latest;
}

QSet<qint64> TaskRuleQuery::companiesWithOpenTask(TaskKind kind) const
{
    SqlStatement statement(m_context.db.connection(),
                           QStringLiteral("SELECT DISTINCT company_id FROM tasks "
                                          "WHERE kind = ? AND status = 'open' AND company_id IS NOT NULL"));
    statement.bind(taskKindKey(kind)).exec();
    QSet<qint64> companies;
    while (statement.next())
        companies.insert(statement.value(0).toLongLong());
    return companies;
}

QList<QPair<qint64, qint64>> TaskRuleQuery::reactivationsWithoutTask() const
{
    SqlStatement statement(m_context.db.connection(),
                           QStringLiteral("SELECT c.id, c.owner_id FROM companies c WHERE c.stage = ? "
                                          "AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.company_id = c.id "
                                          "AND t.kind = ? AND t.status = 'open') ORDER BY c.id"));
    statement.bind(companyStageKey(CompanyStage::Reactivation)).bind(taskKindKey(TaskKind::Reactivation)).exec();
    QList<QPair<qint64, qint64>> companies;
    while (statement.next())
        companies.append({statement.value(0).toLongLong(), statement.value(1).toLongLong()});
    return companies;
}

QHash<qint64, QDateTime> TaskRuleQuery::latestVisits() const
{
    // Held meetings are recorded as meeting activities whose outcome starts with "held" (MeetingOutcomes).
    SqlStatement statement(m_context.db.connection(),
                           QStringLiteral("SELECT company_id, max(visited_at) FROM ("
                                          "SELECT company_id, occurred_at AS visited_at FROM activities "
                                          "WHERE kind = ? AND outcome LIKE 'held%' "
                                          "UNION ALL SELECT company_id, done_at FROM tasks "
                                          "WHERE kind = ? AND status = 'done' AND company_id IS NOT NULL) "
                                          "GROUP BY company_id"));
    statement.bind(activityKindKey(ActivityKind::Meeting)).bind(taskKindKey(TaskKind::VipVisit)).exec();
    QHash<qint64, QDateTime> latest;
    while (statement.next())
        latest.insert(statement.value(0).toLongLong(), fromStoredTime(statement.value(1)));
    return latest;
}

QList<FlaggedDeal> TaskRuleQuery::dealsWithoutNextTask() const
{
    SqlStatement statement(
        m_context.db.connection(),
        QStringLiteral("SELECT d.id, d.company_id, d.owner_id, d.title, c.name FROM deals d "
                       "JOIN companies c ON c.id = d.company_id WHERE d.step NOT IN (?, ?) "
                       "AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.status = 'open' AND (t.deal_id = d.id "
                       "OR (t.company_id = d.company_id AND t.deal_id IS NULL))) ORDER BY d.created_at, d.id"));
    statement.bind({dealStepKey(DealStep::Paid), dealStepKey(DealStep::Lost)}).exec();
    QList<FlaggedDeal> deals;
    while (statement.next()) {
        FlaggedDeal deal;
        deal.dealId = statement.value(0).toLongLong();
        deal.companyId = statement.value(1).toLongLong();
        deal.ownerId = statement.value(2).toLongLong();
        deal.title = statement.value(3).toString();
        deal.companyName = statement.value(4).toString();
        deals.append(deal);
    }
    return deals;
}

bool TaskRuleQuery::stillWithoutOpenTask(qint64 companyId, CompanyStage stage, TaskKind kind) const
{
    return SqlStatement::scalar(
               m_context.db.connection(),
               QStringLiteral("SELECT EXISTS (SELECT 1 FROM companies c WHERE c.id = ? AND c.stage = ? "
                              "AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.company_id = c.id "
                              "AND t.kind = ? AND t.status = 'open'))"),
               {companyId, companyStageKey(stage), taskKindKey(kind)})
        .toBool();
}

} // namespace voronka
