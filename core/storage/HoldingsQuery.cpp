#include "HoldingsQuery.h"

#include "Database.h"
#include "SqlStatement.h"

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
    holdings.openDeals = SqlStatement::scalar(m_db.connection(),
                                              QStringLiteral("SELECT count(*) FROM deals WHERE step IN ('needs', "
                                                             "'presentation', 'offer_sent', 'objections', 'contract', "
                                                             "'invoice_issued') AND owner_id = ?"),
                                              {userId})
                             .toLongLong();
    holdings.openTasks = SqlStatement::scalar(m_db.connection(),
                                              QStringLiteral("SELECT count(*) FROM tasks "
                                                             "WHERE assignee_id = ? AND status = 'open'"),
                                              {userId})
                             .toLongLong();
    return holdings;
}

} // namespace voronka
