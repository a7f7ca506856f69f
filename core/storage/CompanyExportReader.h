#pragma once

#include "CompanyListQuery.h"

#include <QStringList>

#include <functional>

namespace voronka {

class Database;

// One company flattened for a CSV export.
struct CompanyExportRow
{
    qint64 id = 0;
    QString name;
    QString inn;
    QString city;
    QString region;
    QString address;
    QString website;
    QString industry;
    QString source;
    CompanyStage stage = CompanyStage::Cold;
    QString ownerName;
    QDateTime nextActionAt;
    QStringList phones; // E.164 where valid, else as written; main number first
    QStringList emails;
    QStringList contacts; // "Name (Position)"
};

// Reads the companies matching a filter in name order, a page at a time (each page its own short query, so a long
// export never blocks a colleague's write for long).
class CompanyExportReader
{
public:
    CompanyExportReader(Database &db, CompanyFilter filter);

    // Calls visit for every company; visit returns false to stop. Returns the number visited.
    qint64 forEach(const std::function<bool(const CompanyExportRow &)> &visit, int pageSize = 2000) const;

private:
    Database &m_db;
    CompanyFilter m_filter;
};

} // namespace voronka
