#include "HoldingsQuery.h"

#include "Database.h"
#include "SqlStatement.h"
#include "domain/DealStep.h"

namespace voronka {

HoldingsQuery::HoldingsQuery(Database &db)
    : m_db(db)
{
}

Holdings HoldingsQuery::of(qint64 userId) const
{
    Holdings holdings;
    SqlStatement companies(m_db.connection(),
                           QStringLiteral("SELECT count(*), coalesce(sum(stage IN ('client', 'reactivation')), 0) "
                                          "FROM companies WHERE owner_id = ?"));
    companies.bind(userId).exec();
    if (companies.next()) {
        holdings.companies = companies.value(0).toLongLong();
        holdings.clients = companies.value(1).toLongLong();
    }
    companies.done();
    // Each open step is a range of deals_step (step, owner_id).
    QVariantList openSteps;
    for (const DealStep step : allDealSteps())
        if (step != DealStep::Paid && step != DealStep::Lost)
            openSteps.append(dealStepKey(step));
    SqlStatement deals(m_db.connection(),
                       QStringLiteral("SELECT count(*) FROM deals WHERE step IN (%1) AND owner_id = ?")
                           .arg(parameterMarks(openSteps.size())));
    deals.bindAll(openSteps).bind(userId).exec();
    holdings.openDeals = deals.next() ? deals.value(0).toLongLong() : 0;
    deals.done();
    holdings.openTasks = SqlStatement::scalar(m_db.connection(),
                                              QStringLiteral("SELECT count(*) FROM tasks "
                                                             "WHERE assignee_id = ? AND status = 'open'"),
                                              {userId})
                             .toLongLong();
    return holdings;
}

} // namespace voronka
