#include "ClientListQuery.h"

#include "CompanyListQuery.h"
#include "CompanySearchIndex.h"
#include "Database.h"
#include "IdOrderedRead.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "VisibleCompanies.h"

namespace voronka {

ClientListQuery::ClientListQuery(DataContext context)
    : m_context(context)
{
}

qint64 ClientListQuery::upperBound() const
{
    return CompanyListQuery::highestId(m_context.db);
}

QList<ClientListRow> ClientListQuery::rows(const ClientFilter &filter) const
{
    // The order first, from the companies alone (their ids: one indexed read and a sort), then the clients with their
    // payments and deals a chunk at a time, each chunk a statement of its own. Read in one statement, the list of a
    // big base (150,000 clients) kept the base's read lock for about two seconds, and every save on every desktop
    // waited for it; between two chunks a save gets in.
    const QVariantList stages{companyStageKey(CompanyStage::Client), companyStageKey(CompanyStage::Reactivation)};
    QString orderSql
        = QStringLiteral("SELECT c.id FROM companies c WHERE c.stage IN (?, ?) AND (? = 0 OR c.owner_id = ?)");
    QVariantList orderValues = stages + QVariantList{filter.ownerId, filter.ownerId};
    if (!filter.region.isEmpty()) {
        orderSql += QStringLiteral(" AND c.region = ?");
        orderValues.append(filter.region);
    }
    const SqlCondition search
        = CompanySearchIndex::condition(filter.search, CompanySearchIndex(m_context.db).backlog());
    if (!search.sql.isEmpty()) {
        orderSql += QStringLiteral(" AND ") + search.sql;
        orderValues += search.values;
    }
    const SqlCondition visible = VisibleCompanies(m_context.db).condition();
    if (!visible.sql.isEmpty()) {
        orderSql += QStringLiteral(" AND ") + visible.sql;
        orderValues += visible.values;
    }
    orderSql += QStringLiteral(" ORDER BY c.sort_key, c.id");
    QList<qint64> order;
    {
        SqlStatement select(m_context.db.connection(), orderSql);
        for (const QVariant &value : std::as_const(orderValues))
            select.bind(value);
        select.exec();
        while (select.next())
            order.append(select.value(0).toLongLong());
    }

    // Per company, the payments and deals are summed with their company_id indexes; the last payment is the latest
    // by day (then by entry, for two on one day). Amounts are summed as stored: the funnel records payments in the
    // deal's currency, and the base keeps roubles.
    // Deleted, or no longer a client, between the chunks: not listed.
    return readInIdOrder<ClientListRow>(
        m_context.db.connection(), order,
        QStringLiteral(
            "SELECT c.id, c.name, c.stage, c.owner_id, o.full_name, c.brought_by, b.full_name, c.client_since, "
            "(SELECT SUM(amount_kopecks) FROM payments WHERE company_id = c.id), "
            "(SELECT COUNT(*) FROM payments WHERE company_id = c.id), last.paid_at, last.amount_kopecks, "
            "(SELECT COUNT(*) FROM deals WHERE company_id = c.id) "
            "FROM companies c "
            "LEFT JOIN users o ON o.id = c.owner_id "
            "LEFT JOIN users b ON b.id = c.brought_by "
            "LEFT JOIN payments last ON last.id = (SELECT p.id FROM payments p WHERE p.company_id = c.id "
            "                                      ORDER BY p.paid_at DESC, p.id DESC LIMIT 1) "
            "WHERE c.id IN (%1) AND c.stage IN (?, ?)"),
        stages, [](const SqlStatement &select) {
            ClientListRow row;
            row.companyId = select.value(0).toLongLong();
            row.name = select.value(1).toString();
            row.stage = companyStageFromKey(select.value(2).toString()).value_or(CompanyStage::Client);
            row.ownerId = select.value(3).toLongLong();
            row.ownerName = select.value(4).toString();
            row.broughtById = select.value(5).toLongLong();
            row.broughtByName = select.value(6).toString();
            row.clientSince = fromStoredTime(select.value(7));
            row.totalPaidKopecks = select.value(8).toLongLong();
            row.paymentCount = select.value(9).toLongLong();
            row.lastPaymentOn = fromStoredTime(select.value(10)).date();
            row.lastPaymentKopecks = select.value(11).toLongLong();
            row.dealCount = select.value(12).toLongLong();
            return std::pair{row.companyId, row};
        });
}

} // namespace voronka
