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
    QVariantList values;
    if (m_filter.stage) {
        conditions.append(QStringLiteral("c.stage = ?"));
        values.append(companyStageKey(*m_filter.stage));
    }
    if (m_filter.ownerId != 0) {
        conditions.append(QStringLiteral("c.owner_id = ?"));
        values.append(m_filter.ownerId);
    }

    const SqlCondition search = CompanySearchIndex::condition(m_filter.search);
    if (search.sql.isEmpty()) {
        m_where = joinConditions(conditions);
        m_values = values;
        m_countSql = QStringLiteral("SELECT count(*) FROM companies c") + m_where;
        m_countValues = m_values;
        return;
    }
    m_where = joinConditions(QStringList{search.sql} + conditions);
    m_values = search.values + values;
    const SqlCondition perRow = CompanySearchIndex::rowCondition(m_filter.search);
    m_rowWhere = (QStringList{perRow.sql} + conditions).join(QStringLiteral(" AND "));
    m_rowValues = perRow.values + values;
    m_searchUsesIndex = CompanySearchIndex::usesIndex(m_filter.search);
    if (conditions.isEmpty()) {
        // The index has one row per company: counting its matches needs no look-up of a million companies.
        const SqlCondition onIndex = CompanySearchIndex::indexCondition(m_filter.search);
        m_countSql = QStringLiteral("SELECT count(*) FROM company_search WHERE ") + onIndex.sql;
        m_countValues = onIndex.values;
    } else {
        m_countSql = QStringLiteral("SELECT count(*) FROM companies c") + m_where;
        m_countValues = m_values;
    }
}

qint64 CompanyListQuery::count() const
{
    SqlStatement statement(m_db.connection(), m_countSql);
    for (const auto &value : m_countValues)
        statement.bind(value);
    statement.exec();
    const qint64 total = statement.next() ? statement.value(0).toLongLong() : 0;
    statement.done();
    m_matches = total;
    return total;
}

qint64 CompanyListQuery::matchCount() const
{
    return m_matches >= 0 ? m_matches : count();
}

qint64 CompanyListQuery::largestId() const
{
    if (m_largestId < 0)
        m_largestId = SqlStatement::scalar(m_db.connection(), QStringLiteral("SELECT max(id) FROM companies")).toLongLong();
    return m_largestId;
}

QList<CompanyListRow> CompanyListQuery::page(const QString &extraCondition, const QVariantList &extraValues,
                                             bool descending, int limit, qint64 offset, qint64 matches) const
{
    // Gathering and sorting the matches costs a look-up per match: fine for a few thousand, too slow for a
    // common word in a million companies. Then walk the name index from the wanted end and stop at a page of
    // matches, which takes about (offset + limit) / share-of-matches steps when they are spread over the list. When
    // they crowd at the other end (a name stem late in the alphabet) the walk gives up after a quarter of what
    // the look-ups would cost, and the matches are gathered after all.
    if (m_rowWhere.isEmpty() || matches <= walkFromMatches)
        return select(extraCondition, extraValues, descending, limit, offset);
    const double spread = double(std::max<qint64>(largestId(), matches)) / double(matches);
    const qint64 expected = qint64(double(offset + limit) * spread);
    const qint64 budget = std::min(matches / 4, std::max(8 * expected, minimumWalk));
    if (offset + limit <= budget) {
        if (auto rows = walk(extraCondition, extraValues, descending, limit, offset, budget))
            return *rows;
    }
    return select(extraCondition, extraValues, descending, limit, offset);
}

QList<CompanyListRow> CompanyListQuery::select(const QString &extraCondition, const QVariantList &extraValues,
                                               bool descending, int limit, qint64 offset) const
{
    QString where = m_where;
    if (!extraCondition.isEmpty())
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + extraCondition;
    SqlStatement statement(m_db.connection(), selectRows(QStringLiteral("companies c")) + where + orderBy(descending)
                                                  + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const auto &value : m_values + extraValues)
        statement.bind(value);
    statement.bind({limit, offset});
    statement.exec();
    return readRows(statement, limit, descending);
}

std::optional<QList<CompanyListRow>> CompanyListQuery::walk(const QString &extraCondition,
                                                            const QVariantList &extraValues, bool descending,
                                                            int limit, qint64 offset, qint64 budget) const
{
    const QSqlDatabase db = m_db.connection();
    // The walk ends at the budget-th entry from where it starts (an index-only step, far cheaper than a check).
    SqlStatement last(db, QStringLiteral("SELECT c.sort_key, c.id FROM companies c INDEXED BY companies_sort")
                              + (extraCondition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + extraCondition)
                              + orderBy(descending) + QStringLiteral(" LIMIT 1 OFFSET ?"));
    for (const auto &value : extraValues)
        last.bind(value);
    last.bind(budget - 1).exec();
    QStringList conditions = {m_rowWhere};
    QVariantList values = m_rowValues;
    if (!extraCondition.isEmpty()) {
        conditions.append(extraCondition);
        values += extraValues;
    }
    const bool bounded = last.next();
    if (bounded) {
        conditions.append(descending ? QStringLiteral("(c.sort_key, c.id) >= (?, ?)")
                                     : QStringLiteral("(c.sort_key, c.id) <= (?, ?)"));
        values += QVariantList{last.value(0), last.value(1)};
    }
    last.done();

    SqlStatement statement(db, selectRows(QStringLiteral("companies c INDEXED BY companies_sort"))
                                   + QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))
                                   + orderBy(descending) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const auto &value : values)
        statement.bind(value);
    statement.bind({limit, offset});
    statement.exec();
    QList<CompanyListRow> rows = readRows(statement, limit, descending);
    if (bounded && rows.size() < limit)
        return std::nullopt; // the budget ran out before the page was full
    return rows;
}

QList<CompanyListRow> CompanyListQuery::rowsAt(qint64 offset, int limit, qint64 total) const
{
    if (offset < 0 || limit <= 0 || offset >= total)
        return {};
    limit = int(std::min<qint64>(limit, total - offset));
    if (offset <= total / 2)
        return page({}, {}, false, limit, offset, total);
    // Near the end: count back from the last row, so End does not walk the whole index.
    return page({}, {}, true, limit, total - offset - limit, total);
}

QList<CompanyListRow> CompanyListQuery::rowsAfter(const CompanyListRow &row, int limit) const
{
    return page(QStringLiteral("(c.sort_key, c.id) > (?, ?)"), {row.sortKey, row.id}, false, limit, 0, matchCount());
}

QList<CompanyListRow> CompanyListQuery::rowsBefore(const CompanyListRow &row, int limit) const
{
    return page(QStringLiteral("(c.sort_key, c.id) < (?, ?)"), {row.sortKey, row.id}, true, limit, 0, matchCount());
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
