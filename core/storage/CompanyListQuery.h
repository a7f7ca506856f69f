#pragma once

#include "CompanySearchIndex.h"
#include "domain/CompanyStage.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace voronka {

class Database;

// One line of the company list.
struct CompanyListRow
{
    qint64 id = 0;
    QString name;
    QString sortKey;
    QString mainPhone; // E.164 when valid, else the raw text; empty when the company has no phone
    QString city;
    CompanyStage stage = CompanyStage::Cold;
    QString ownerName;
    QDateTime nextActionAt;
};

struct CompanyFilter
{
    QString search; // words matched anywhere in name, city, INN, phone digits
    std::optional<CompanyStage> stage;
    qint64 ownerId = 0; // 0: any owner
    // Only the companies the first line cannot call for want of a number (the collector's "needs a number" list).
    bool needsNumber = false;
    QString region = {}; // only the companies of this region (companies.region); empty: every region

    bool operator==(const CompanyFilter &) const = default;
};

// Pages through the companies matching a filter in name order. Every call runs one short query and reads it
// to the end, so no read lock is held between calls (a writer on a shared file is never blocked by a view).
class CompanyListQuery
{
public:
    CompanyListQuery(Database &db, CompanyFilter filter);

    const CompanyFilter &filter() const { return m_filter; }
    // The filter as a condition on companies (alias c), for other readers of the same list (the export).
    SqlCondition filterCondition() const { return {m_condition, m_values}; }
    qint64 count() const;
    // The highest company id: an upper bound of the companies any list of them holds, in one index look, for choosing
    // whether to read a list on a worker before anything of it has been counted.
    static qint64 highestId(Database &db);
    // Rows [offset, offset + limit) of the list; reads from whichever end of the index is nearer (or from the
    // company positionOf() last found), so the last page costs no more than the first.
    QList<CompanyListRow> rowsAt(qint64 offset, int limit, qint64 total) const;
    // Rows right after or right before a known row (keyset paging for scrolling).
    QList<CompanyListRow> rowsAfter(const CompanyListRow &row, int limit) const;
    QList<CompanyListRow> rowsBefore(const CompanyListRow &row, int limit) const;
    // The list position of a company, or -1 when it does not match the filter.
    qint64 positionOf(qint64 companyId) const;

    // A company whose position positionOf() found: pages near it are read from it rather than from an end.
    struct Anchor
    {
        qint64 position = 0;
        QString sortKey;
        qint64 id = 0;
    };
    // What the reads so far learnt (the count, the largest id, the last position found), which the next reads
    // plan with: a query made for the same filter on another connection (a worker's) takes it over with assume()
    // instead of counting again.
    struct Known
    {
        qint64 matches = -1;
        qint64 largestId = -1;
        std::optional<Anchor> anchor;
    };
    Known known() const { return {m_matches, m_largestId, m_anchor}; }
    void assume(const Known &known);

private:
    enum class Plan { Gather, CheckEach, CheckInSet };

    // Reads rows [offset, offset + limit) counted from a keyset row (or from the start of the list), in the
    // cheapest way for how many companies match; see the comment in the .cpp.
    QList<CompanyListRow> page(const QString &keyset, const QVariantList &keysetValues, bool descending, int limit,
                               qint64 offset, qint64 matches) const;
    QList<CompanyListRow> rowsAround(const Anchor &anchor, qint64 offset, int limit, qint64 total) const;
    QList<CompanyListRow> gather(const QString &keyset, const QVariantList &keysetValues, bool descending, int limit,
                                 qint64 offset) const;
    // nullopt when `budget` entries of the name index did not hold the page.
    std::optional<QList<CompanyListRow>> walk(Plan plan, const QString &keyset, const QVariantList &keysetValues,
                                              bool descending, int limit, qint64 offset, qint64 budget) const;
    qint64 matchCount() const;
    qint64 largestId() const;

    Database &m_db;
    CompanyFilter m_filter;
    QString m_condition; // the filter on companies c, "" for all; a search is an IN over the trigram index
    QVariantList m_values;
    QString m_rowCondition; // the filter with the search checked on each company's own text; "" without a search
    QVariantList m_rowValues;
    QString m_countSql;
    QVariantList m_countValues;
    bool m_searchUsesIndex = false; // the search has a word the trigram index can look up
    bool m_searchOnly = false; // ... and the filter has no other condition
    mutable qint64 m_matches = -1; // the last count(), -1 before one
    mutable qint64 m_largestId = -1;
    mutable std::optional<Anchor> m_anchor;
};

} // namespace voronka
