#include "CompanyListQuery.h"

#include "CallQueueQuery.h"
#include "CompanySearchIndex.h"
#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "VisibleCompanies.h"

#include <algorithm>
#include <cstdlib>

namespace voronka {

// How a page of a search is read (measured on a million companies, see docs/performance.md):
// - Gather: look up every match, sort, take the page. About one look-up per match: the way for up to some
//   thousands of matches, far too slow for a common word (500,000 look-ups for "ооо").
// - CheckEach: walk the name index from the wanted end and check each company's own indexed text until the page
//   is full. About one look-up per entry walked, which is (offset + limit) / share of matches when the matches
//   are spread over the list: a few hundred entries for a common word.
// - CheckInSet: gather the ids of the matches from the trigram index first, then walk the name index against
//   that set. Building the set costs a fraction of a look-up per match, walking a fraction per entry: the way for
//   pages deep into a long list, where CheckEach would walk too far.
// Matches can crowd at the far end of the list (a name stem late in the alphabet); a walk therefore gives up
// after a budget well below what gathering costs, and the page is gathered after all.
namespace {
// Up to this many matches, a page is gathered.
constexpr qint64 gatherUpTo = 20000;
// The fewest index entries a walk may take before it gives up.
constexpr qint64 minimumWalk = 2000;
// CheckEach while the expected walk is under matches / checkEachShare; CheckInSet up to matches * inSetTimes.
constexpr qint64 checkEachShare = 16;
constexpr qint64 inSetTimes = 2;
// positionOf() counts along the name index against the set of matches when more than 1/countInSetShare of the
// base matches, else it looks every match up.
constexpr qint64 countInSetShare = 12;

QString selectRows(const QString &companies)
{
    return QStringLiteral("SELECT c.id, c.name, c.sort_key, "
                          "(SELECT coalesce(p.e164, p.raw) FROM phones p WHERE p.company_id = c.id "
                          "ORDER BY p.position, p.id LIMIT 1), "
                          "c.city, c.stage, u.full_name, c.next_action_at FROM ")
        + companies + QStringLiteral(" LEFT JOIN users u ON u.id = c.owner_id");
}

QString orderBy(bool descending)
{
    return descending ? QStringLiteral(" ORDER BY c.sort_key DESC, c.id DESC")
                      : QStringLiteral(" ORDER BY c.sort_key, c.id");
}

// " WHERE a AND b" of the conditions that are not empty, or "".
QString where(QStringList conditions)
{
    conditions.removeAll(QString());
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QList<CompanyListRow> readRows(SqlStatement &statement, int limit, bool descending)
{
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
    if (!m_filter.region.isEmpty()) {
        conditions.append(QStringLiteral("c.region = ?"));
        values.append(m_filter.region);
    }
    if (m_filter.needsNumber) {
        const SqlCondition needsNumber = CallQueueQuery::needsNumberCondition();
        conditions.append(needsNumber.sql);
        values += needsNumber.values;
    }
    // The companies of an unfinished import are left out of every list (nothing when no import is unfinished), and
    // those outside the signed-in person's part of the base.
    const VisibleCompanies visible(db);
    // An import's companies waiting for the search index are scanned by a search (nothing when none wait).
    const CompanySearchIndex::Backlog backlog = CompanySearchIndex(db).backlog();
    // A search too short for the trigram index scans every company's text (a million rows). A person's own part of
    // the base (a caller's 50,000, one range of an index) is walked instead, each company's own text checked. A
    // longer word is looked up in the index and its matches checked against the part; the pool a caller may take
    // from is most of the base, so with it the search always leads.
    const bool partLeads
        = visible.limitsToViewer() && !db.viewer().takesFromPool() && !CompanySearchIndex::usesIndex(m_filter.search);
    const SqlCondition search = partLeads ? CompanySearchIndex::rowCondition(m_filter.search, backlog)
                                          : CompanySearchIndex::condition(m_filter.search, backlog);
    const bool onlyVisibility = conditions.isEmpty() && search.sql.isEmpty();
    if (visible.hidesAny()) {
        const SqlCondition shown = visible.condition();
        conditions.append(shown.sql);
        values += shown.values;
    }
    const bool searchOnly = !search.sql.isEmpty() && conditions.isEmpty();
    if (!search.sql.isEmpty()) {
        const SqlCondition ownText = CompanySearchIndex::rowCondition(m_filter.search, backlog);
        m_rowCondition = (QStringList{ownText.sql} + conditions).join(QStringLiteral(" AND "));
        m_rowValues = ownText.values + values;
        m_searchUsesIndex = CompanySearchIndex::usesIndex(m_filter.search);
        m_searchOnly = searchOnly && m_searchUsesIndex;
        conditions.prepend(search.sql);
        values = search.values + values;
    }
    m_condition = conditions.join(QStringLiteral(" AND "));
    m_values = values;
    if (search.sql.isEmpty() && (visible.limitsToViewer() || !m_filter.region.isEmpty())) {
        // A person's part of a big base (a caller's 50,000 of 1,000,000) is read like a search: a page walks the
        // name index checking each company (a few thousand entries) instead of sorting the whole part for every
        // page (150 ms on the companies_owner index). So is a region's part (one range of companies_region, which
        // the planner would otherwise sort for every page).
        m_rowCondition = m_condition;
        m_rowValues = m_values;
    }
    if (searchOnly) {
        // The index holds one row per company, so its matches are counted without a look-up per company.
        const SqlCondition counted = CompanySearchIndex::countStatement(m_filter.search, backlog);
        m_countSql = counted.sql;
        m_countValues = counted.values;
    } else if (onlyVisibility && visible.hidesAny() && !visible.limitsToViewer()) {
        // A plain count subtracts the hidden companies (the companies_batch index) rather than check every row.
        const SqlCondition hidden = visible.hiddenCondition();
        m_countSql = QStringLiteral("SELECT (SELECT count(*) FROM companies) - (SELECT count(*) FROM companies WHERE ")
            + hidden.sql + QStringLiteral(")");
        m_countValues = hidden.values;
    } else {
        m_countSql = QStringLiteral("SELECT count(*) FROM companies c") + where({m_condition});
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

qint64 CompanyListQuery::highestId(Database &db)
{
    return SqlStatement::scalar(db.connection(), QStringLiteral("SELECT max(id) FROM companies")).toLongLong();
}

void CompanyListQuery::assume(const Known &known)
{
    m_matches = known.matches;
    m_largestId = known.largestId;
    m_anchor = known.anchor;
}

qint64 CompanyListQuery::matchCount() const
{
    return m_matches >= 0 ? m_matches : count();
}

qint64 CompanyListQuery::largestId() const
{
    if (m_largestId < 0)
        m_largestId = highestId(m_db);
    return m_largestId;
}

QList<CompanyListRow> CompanyListQuery::page(const QString &keyset, const QVariantList &keysetValues, bool descending,
                                             int limit, qint64 offset, qint64 matches) const
{
    if (m_rowCondition.isEmpty() || matches <= gatherUpTo)
        return gather(keyset, keysetValues, descending, limit, offset);
    // Index entries to walk for the page when the matches are spread evenly; the largest id stands in for the
    // number of companies (counting them would cost a walk of its own).
    const double spread = double(std::max(largestId(), matches)) / double(matches);
    const qint64 expected = qint64(double(offset + limit) * spread);
    const qint64 wanted = std::max(8 * expected, minimumWalk);
    std::optional<QList<CompanyListRow>> rows;
    if (expected <= matches / checkEachShare) {
        rows = walk(Plan::CheckEach, keyset, keysetValues, descending, limit, offset, std::min(wanted, matches / 4));
    } else if (m_searchUsesIndex && expected <= matches * inSetTimes) {
        rows = walk(Plan::CheckInSet, keyset, keysetValues, descending, limit, offset,
                    std::min(wanted, matches * inSetTimes));
    }
    return rows ? *rows : gather(keyset, keysetValues, descending, limit, offset);
}

QList<CompanyListRow> CompanyListQuery::gather(const QString &keyset, const QVariantList &keysetValues, bool descending,
                                               int limit, qint64 offset) const
{
    SqlStatement statement(m_db.connection(),
                           selectRows(QStringLiteral("companies c")) + where({m_condition, keyset})
                               + orderBy(descending) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const auto &value : m_values + keysetValues)
        statement.bind(value);
    statement.bind({limit, offset});
    statement.exec();
    return readRows(statement, limit, descending);
}

std::optional<QList<CompanyListRow>> CompanyListQuery::walk(Plan plan, const QString &keyset,
                                                            const QVariantList &keysetValues, bool descending,
                                                            int limit, qint64 offset, qint64 budget) const
{
    const QSqlDatabase db = m_db.connection();
    // The walk ends at the budget-th entry from where it starts (found on the index alone, a small cost).
    SqlStatement last(db,
                      QStringLiteral("SELECT c.sort_key, c.id FROM companies c INDEXED BY companies_sort")
                          + where({keyset}) + orderBy(descending) + QStringLiteral(" LIMIT 1 OFFSET ?"));
    for (const auto &value : keysetValues)
        last.bind(value);
    last.bind(budget - 1).exec();
    QStringList conditions = {plan == Plan::CheckEach ? m_rowCondition : m_condition, keyset};
    QVariantList values = (plan == Plan::CheckEach ? m_rowValues : m_values) + keysetValues;
    const bool bounded = last.next();
    if (bounded) {
        conditions.append(descending ? QStringLiteral("(c.sort_key, c.id) >= (?, ?)")
                                     : QStringLiteral("(c.sort_key, c.id) <= (?, ?)"));
        values += QVariantList{last.value(0), last.value(1)};
    }
    last.done();

    // INDEXED BY: the walk must follow the name index, whatever the planner would guess for the filter.
    SqlStatement statement(db,
                           selectRows(QStringLiteral("companies c INDEXED BY companies_sort")) + where(conditions)
                               + orderBy(descending) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const auto &value : values)
        statement.bind(value);
    statement.bind({limit, offset});
    statement.exec();
    QList<CompanyListRow> rows = readRows(statement, limit, descending);
    if (bounded && rows.size() < limit)
        return std::nullopt;
    return rows;
}

QList<CompanyListRow> CompanyListQuery::rowsAt(qint64 offset, int limit, qint64 total) const
{
    if (offset < 0 || limit <= 0 || offset >= total)
        return {};
    limit = int(std::min<qint64>(limit, total - offset));
    const qint64 fromEnd = total - offset - limit;
    if (m_anchor) {
        const qint64 fromAnchor
            = std::max(std::llabs(offset - m_anchor->position), std::llabs(offset + limit - 1 - m_anchor->position));
        if (fromAnchor < std::min(offset, fromEnd))
            return rowsAround(*m_anchor, offset, limit, total);
    }
    if (offset <= fromEnd)
        return page({}, {}, false, limit, offset, total);
    // Near the end: count back from the last row, so End does not walk the whole index.
    return page({}, {}, true, limit, fromEnd, total);
}

QList<CompanyListRow> CompanyListQuery::rowsAround(const Anchor &anchor, qint64 offset, int limit, qint64 total) const
{
    // After positionOf() the view shows the rows around that company: read them from it (keyset), not by
    // counting from an end of the list.
    const QVariantList key = {anchor.sortKey, anchor.id};
    const qint64 end = offset + limit; // one past the last wanted row
    QList<CompanyListRow> rows;
    if (offset <= anchor.position) {
        const qint64 last = std::min(end - 1, anchor.position);
        rows = page(QStringLiteral("(c.sort_key, c.id) <= (?, ?)"), key, true, int(last - offset + 1),
                    anchor.position - last, total);
    }
    if (end - 1 > anchor.position) {
        const qint64 first = std::max(offset, anchor.position + 1);
        rows += page(QStringLiteral("(c.sort_key, c.id) > (?, ?)"), key, false, int(end - first),
                     first - anchor.position - 1, total);
    }
    return rows;
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
    const QSqlDatabase db = m_db.connection();
    const QVariant key
        = SqlStatement::scalar(db, QStringLiteral("SELECT sort_key FROM companies WHERE id = ?"), {companyId});
    if (key.isNull())
        return -1;
    // Whether the company matches, checked on its own row (an IN over the index would gather every match).
    const bool search = !m_rowCondition.isEmpty();
    SqlStatement member(db,
                        QStringLiteral("SELECT 1 FROM companies c")
                            + where({QStringLiteral("c.id = ?"), search ? m_rowCondition : m_condition}));
    member.bind(companyId);
    for (const auto &value : search ? m_rowValues : m_values)
        member.bind(value);
    member.exec();
    if (!member.next())
        return -1;
    member.done();

    // The matches before it: when they are a good share of the base, counted along the name index against the
    // set of matches; else each match is looked up.
    const bool alongIndex = m_searchOnly && matchCount() > largestId() / countInSetShare;
    SqlStatement rank(db,
                      QStringLiteral("SELECT count(*) FROM companies c")
                          + (alongIndex ? QStringLiteral(" INDEXED BY companies_sort") : QString())
                          + where({QStringLiteral("(c.sort_key, c.id) < (?, ?)"), m_condition}));
    rank.bind({key, companyId});
    for (const auto &value : m_values)
        rank.bind(value);
    rank.exec();
    const qint64 position = rank.next() ? rank.value(0).toLongLong() : -1;
    rank.done();
    if (position >= 0)
        m_anchor = Anchor{position, key.toString(), companyId};
    return position;
}

} // namespace voronka
