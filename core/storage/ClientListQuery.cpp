#include "ClientListQuery.h"

#include "CompanySearchIndex.h"
#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"

namespace voronka {

ClientListQuery::ClientListQuery(DataContext context)
    : m_context(context)
{
}

qint64 ClientListQuery::upperBound() const
{
    return SqlStatement::scalar(m_context.db.connection(), QStringLiteral("SELECT max(id) FROM companies"))
        .toLongLong();
}

QList<ClientListRow> ClientListQuery::rows(const ClientFilter &filter) const
{
    // Payments and deals are aggregated per company in subqueries joined to the clients; the last payment is
    // the latest by day (then by entry, for two on one day). Amounts are summed as stored: the funnel records
    // payments in the deal's currency, and the base keeps roubles.
    QString sql = QStringLiteral(
        "SELECT c.id, c.name, c.stage, c.owner_id, o.full_name, c.brought_by, b.full_name, c.client_since, "
        "paid.total, paid.payments, last.paid_at, last.amount_kopecks, COALESCE(dealt.deals, 0) "
        "FROM companies c "
        "LEFT JOIN users o ON o.id = c.owner_id "
        "LEFT JOIN users b ON b.id = c.brought_by "
        "LEFT JOIN (SELECT company_id, SUM(amount_kopecks) AS total, COUNT(*) AS payments FROM payments "
        "           GROUP BY company_id) paid ON paid.company_id = c.id "
        "LEFT JOIN payments last ON last.id = (SELECT p.id FROM payments p WHERE p.company_id = c.id "
        "                                      ORDER BY p.paid_at DESC, p.id DESC LIMIT 1) "
        "LEFT JOIN (SELECT company_id, COUNT(*) AS deals FROM deals GROUP BY company_id) dealt "
        "       ON dealt.company_id = c.id "
        "WHERE c.stage IN (?, ?) AND (? = 0 OR c.owner_id = ?)");
    QVariantList values{companyStageKey(CompanyStage::Client), companyStageKey(CompanyStage::Reactivation),
                        filter.ownerId, filter.ownerId};
    const SqlCondition search
        = CompanySearchIndex::condition(filter.search, CompanySearchIndex(m_context.db).backlog());
    if (!search.sql.isEmpty()) {
        sql += QStringLiteral(" AND ") + search.sql;
        values += search.values;
    }
    sql += QStringLiteral(" ORDER BY c.sort_key, c.id");

    SqlStatement select(m_context.db.connection(), sql);
    for (const QVariant &value : std::as_const(values))
        select.bind(value);
    select.exec();
    QList<ClientListRow> rows;
    while (select.next()) {
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
        rows.append(row);
    }
    return rows;
}

} // namespace voronka
