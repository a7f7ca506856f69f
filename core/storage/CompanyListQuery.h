#pragma once

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

    bool operator==(const CompanyFilter &) const = default;
};

// Pages through the companies matching a filter in name order. Every call runs one short query and reads it
// to the end, so no read lock is held between calls (a writer on a shared file is never blocked by a view).
class CompanyListQuery
{
public:
    CompanyListQuery(Database &db, CompanyFilter filter);

    const CompanyFilter &filter() const { return m_filter; }
    qint64 count() const;
    // Rows [offset, offset + limit) of the list; reads from whichever end of the index is nearer,
    // so the last page costs no more than the first.
    QList<CompanyListRow> rowsAt(qint64 offset, int limit, qint64 total) const;
    // Rows right after or right before a known row (keyset paging for scrolling).
    QList<CompanyListRow> rowsAfter(const CompanyListRow &row, int limit) const;
    QList<CompanyListRow> rowsBefore(const CompanyListRow &row, int limit) const;
    // The list position of a company, or -1 when it does not match the filter.
    qint64 positionOf(qint64 companyId) const;

private:
    // Picks how to read a page: walking the name index when the matches are many, else select().
    QList<CompanyListRow> page(const QString &extraCondition, const QVariantList &extraValues, bool descending,
                               int limit, qint64 offset, qint64 matches) const;
    // Gathers the matches first and sorts them: cheap when they are few.
    QList<CompanyListRow> select(const QString &extraCondition, const QVariantList &extraValues, bool descending,
                                 int limit, qint64 offset) const;
    // Walks companies_sort in list order, checking each company, and gives up (nullopt) after `budget` entries.
    std::optional<QList<CompanyListRow>> walk(const QString &extraCondition, const QVariantList &extraValues,
                                              bool descending, int limit, qint64 offset, qint64 budget) const;
    qint64 matchCount() const;
    qint64 largestId() const;

    Database &m_db;
    CompanyFilter m_filter;
    QString m_where; // " WHERE ..." or empty; a search is an IN over the trigram index
    QVariantList m_values;
    QString m_countSql;
    QVariantList m_countValues;
    QString m_rowWhere; // the filter with the search checked row by row; empty without a search
    QVariantList m_rowValues;
    bool m_searchUsesIndex = false;
    mutable qint64 m_matches = -1; // the last count(), -1 before one
    mutable qint64 m_largestId = -1;
};

} // namespace voronka
