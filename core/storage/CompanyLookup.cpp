#include "CompanyLookup.h"

namespace voronka {

CompanyLookup::CompanyLookup(Database &db)
    : m_db(db)
{
}

QList<CompanyListRow> CompanyLookup::find(const QString &text, int limit) const
{
    if (text.trimmed().isEmpty() || limit <= 0)
        return {};
    const CompanyListQuery query(m_db, CompanyFilter{text.trimmed(), std::nullopt, 0});
    // The count uses the index too; it tells the page reader how to walk (see CompanyListQuery::rowsAt).
    return query.rowsAt(0, limit, query.count());
}

} // namespace voronka
