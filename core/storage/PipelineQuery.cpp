#include "PipelineQuery.h"

#include "Database.h"
#include "SqlStatement.h"
#include "VisibleCompanies.h"

namespace voronka {

PipelineQuery::PipelineQuery(DataContext context)
    : m_context(context)
{
}

QList<PipelineColumn> PipelineQuery::columns(qint64 ownerId, const QString &region) const
{
    QList<PipelineColumn> columns;
    const QList<DealStep> steps = allDealSteps();
    for (const DealStep step : steps) {
        PipelineColumn column;
        column.step = step;
        columns.append(column);
    }

    // A deal shows where its company does (the viewer's part of the base).
    const SqlCondition visible = VisibleCompanies(m_context.db).condition();
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT d.id, d.company_id, c.name, d.owner_id, u.full_name, d.title, d.step, "
                                       "d.amount_kopecks, d.currency, d.version, d.invoice_number, "
                                       "(SELECT coalesce(sum(p.amount_kopecks), 0) FROM payments p "
                                       "WHERE p.deal_id = d.id) FROM deals d "
                                       "JOIN companies c ON c.id = d.company_id "
                                       "LEFT JOIN users u ON u.id = d.owner_id "
                                       "WHERE (? = 0 OR d.owner_id = ?) AND (ifnull(?, '') = '' OR c.region = ?) ")
                            + (visible.sql.isEmpty() ? QString() : QStringLiteral("AND ") + visible.sql)
                            + QStringLiteral(" ORDER BY d.updated_at DESC, d.id DESC"));
    select.bind({ownerId, ownerId, region, region});
    select.bindAll(visible.values).exec();
    while (select.next()) {
        PipelineDeal deal;
        deal.id = select.value(0).toLongLong();
        deal.companyId = select.value(1).toLongLong();
        deal.companyName = select.value(2).toString();
        deal.ownerId = select.value(3).toLongLong();
        deal.ownerName = select.value(4).toString();
        deal.title = select.value(5).toString();
        const auto step = dealStepFromKey(select.value(6).toString());
        if (!step)
            continue; // the schema's check keeps unknown steps out
        deal.step = *step;
        deal.amountKopecks = select.value(7).toLongLong();
        deal.currency = select.value(8).toString();
        deal.version = select.value(9).toLongLong();
        deal.invoiceNumber = select.value(10).toString();
        deal.paidKopecks = select.value(11).toLongLong();
        PipelineColumn &column = columns[steps.indexOf(deal.step)];
        column.amountKopecks += deal.amountKopecks;
        column.deals.append(deal);
    }
    return columns;
}

} // namespace voronka
