#include "CompanyListQuery.h"

#include "CompanySearchIndex.h"
#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"

#include <algorithm>

namespace voronka {

namespace {
QString joinConditions(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}
} // namespace

CompanyListQuery::CompanyListQuery(Database &db, CompanyFilter filter)
    : m_db(db)
    , m_filter(std::move(filter))
{
    QStringList conditions;
    const SqlCondition search = CompanySearchIndex::condition(m_filter.search);
    if (!search.sql.isEmpty()) {
        conditions.append(search.sql);
        m_values += search.values;
    }
    if (m_filter.stage) {
        conditions.append(QStringLiteral("c.stage = ?"));
        m_values.append(companyStageKey(*m_filter.stage));
    }
    if (m_filter.ownerId != 0) {
        conditions.append(QStringLiteral("c.owner_id = ?"));
        m_values.append(m_filter.ownerId);
    }
    m_where = joinConditions(conditions);
}

qint64 CompanyListQuery::count() const
{
    SqlStatement statement(m_db.connection(), QStringLiteral("SELECT count(*) FROM companies c") + m_where);
    for (const auto &value : m_values)
        statement.bind(value);
    statement.exec();
    const qint64 total = statement.next() ? statement.value(0).toLongLong() : 0;
    statement.done();
    return total;
}

QList<CompanyListRow> CompanyListQuery::select(const QString &extraCondition, const QVariantList &extraValues,
                                               bool descending, int limit, qint64 offset) const
{
    QString where = m_where;
    if (!extraCondition.isEmpty())
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + extraCondition;
    const QString order = descending ? QStringLiteral(" ORDER BY c.sort_key DESC, c.id DESC")
                                     : QStringLiteral(" ORDER BY c.sort_key, c.id");
    SqlStatement statement(
        m_db.connection(),
        QStringLiteral("SELECT c.id, c.name, c.sort_key, "
                       "(SELECT coalesce(p.e164, p.raw) FROM phones p WHERE p.company_id = c.id "
                       "ORDER BY p.position, p.id LIMIT 1), "
                       "c.city, c.stage, u.full_name, c.next_action_at "
                       "FROM companies c LEFT JOIN users u ON u.id = c.owner_id")
            + where + order + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const auto &value : m_values + extraValues)
        statement.bind(value);
    statement.bind({limit, offset});
    statement.exec();
    QList<CompanyListRow> rows;
    rows.reserve(limit);
    while (statement.next()) {
        CompanyListRow row;
        row.id = statement.value(0).toLongLong();
        row.name = statement.value(1).toString();
        row.sortKey = statement.value(2).toString();
        row.mainPhone = statement.value(3).toString();
        row.city = statement.value(4).toString();
        row.stage = companyStageFromKey(statement.value(5).toString()).value_or(CompanyStage::Cold);
        row.ownerName = statement.value(6).toString();
        row.nextActionAt = fromStoredTime(statement.value(7));
        rows.append(row);
    }
    if (descending)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<CompanyListRow> CompanyListQuery::rowsAt(qint64 offset, int limit, qint64 total) const
{
    if (offset < 0 || limit <= 0 || offset >= total)
        return {};
    limit = int(std::min<qint64>(limit, total - offset));
    if (offset <= total / 2)
        return select({}, {}, false, limit, offset);
    // Near the end: count back from the last row, so End does not walk the whole index.
    return select({}, {}, true, limit, total - offset - limit);
}

QList<CompanyListRow> CompanyListQuery::rowsAfter(const CompanyListRow &row, int limit) const
{
    return select(QStringLiteral("(c.sort_key, c.id) > (?, ?)"), {row.sortKey, row.id}, false, limit, 0);
}

QList<CompanyListRow> CompanyListQuery::rowsBefore(const CompanyListRow &row, int limit) const
{
    return select(QStringLiteral("(c.sort_key, c.id) < (?, ?)"), {row.sortKey, row.id}, true, limit, 0);
}

qint64 CompanyListQuery::positionOf(qint64 companyId) const
{
    const QVariant key
        = SqlStatement::scalar(m_db.connection(), QStringLiteral("SELECT sort_key FROM companies WHERE id = ?"),
                               {companyId});
    if (key.isNull())
        return -1;
    const QString matches = m_where.isEmpty() ? QStringLiteral(" WHERE c.id = ?") : m_where + QStringLiteral(" AND c.id = ?");
    SqlStatement member(m_db.connection(), QStringLiteral("SELECT 1 FROM companies c") + matches);
    for (const auto &value : m_values)
        member.bind(value);
    member.bind(companyId).exec();
    if (!member.next())
        return -1;
    member.done();

    const QString before = (m_where.isEmpty() ? QStringLiteral(" WHERE ") : m_where + QStringLiteral(" AND "))
        + QStringLiteral("(c.sort_key, c.id) < (?, ?)");
    SqlStatement rank(m_db.connection(), QStringLiteral("SELECT count(*) FROM companies c") + before);
    for (const auto &value : m_values)
        rank.bind(value);
    rank.bind({key, companyId}).exec();
    const qint64 position = rank.next() ? rank.value(0).toLongLong() : -1;
    rank.done();
    return position;
}

} // namespace voronka
