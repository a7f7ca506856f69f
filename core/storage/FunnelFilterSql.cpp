#include "FunnelFilterSql.h"

#include <QStringList>

namespace voronka {

SqlCondition FunnelFilterSql::companies(const FunnelFilter &filter)
{
    SqlCondition condition;
    QStringList parts;
    const auto add = [&](const QString &sql, const QVariant &value) {
        parts.append(sql);
        condition.values.append(value);
    };
    if (filter.userId != 0)
        add(QStringLiteral("collected_by = ?"), filter.userId);
    if (!filter.region.isEmpty())
        add(QStringLiteral("region = ?"), filter.region);
    if (!filter.source.isEmpty())
        add(QStringLiteral("source = ?"), filter.source);
    if (filter.batchId != 0)
        add(QStringLiteral("import_batch_id = ?"), filter.batchId);
    condition.sql = parts.join(QStringLiteral(" AND "));
    return condition;
}

SqlCondition FunnelFilterSql::ofCompanies(const FunnelFilter &filter, const QString &alias)
{
    FunnelFilter companiesOnly = filter;
    companiesOnly.userId = 0;
    SqlCondition condition = companies(companiesOnly);
    // A list of the part's ids made once for the statement (its own index narrows it), not a look-up per row.
    if (!condition.sql.isEmpty())
        condition.sql
            = QStringLiteral("%1.company_id IN (SELECT id FROM companies WHERE %2)").arg(alias, condition.sql);
    return condition;
}

SqlCondition FunnelFilterSql::moves(const FunnelFilter &filter, const QString &alias)
{
    SqlCondition condition = ofCompanies(filter, alias);
    if (filter.userId != 0) {
        const QString byPerson = QStringLiteral("%1.user_id = ?").arg(alias);
        condition.sql = condition.sql.isEmpty() ? byPerson : byPerson + QStringLiteral(" AND ") + condition.sql;
        condition.values.prepend(filter.userId);
    }
    return condition;
}

QString FunnelFilterSql::andIf(const SqlCondition &condition)
{
    return condition.sql.isEmpty() ? QString() : QStringLiteral(" AND ") + condition.sql;
}

} // namespace voronka
