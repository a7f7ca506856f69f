#include "RegionListQuery.h"

#include "Database.h"
#include "SqlStatement.h"
#include "UserRepository.h"
#include "domain/TextFolding.h"
#include "domain/Viewer.h"

#include <algorithm>

namespace voronka {

QStringList RegionListQuery::present(Database &db)
{
    if (db.viewer().limitedToRegion())
        return {db.viewer().region()};
    if (db.schemaVersion() < UserRepository::regionSchemaVersion)
        return {};
    // A skip scan written out: each step is the smallest region after the one before, one seek of the index. SQLite
    // would read every entry of the index for a DISTINCT (a million on the bench base).
    SqlStatement select(
        db.connection(),
        QStringLiteral("WITH RECURSIVE present(region) AS ("
                       "SELECT min(region) FROM companies WHERE region IS NOT NULL "
                       "UNION ALL SELECT (SELECT min(region) FROM companies WHERE region > present.region) "
                       "FROM present WHERE present.region IS NOT NULL) "
                       "SELECT region FROM present WHERE region IS NOT NULL AND region <> ''"));
    select.exec();
    QStringList regions;
    while (select.next())
        regions.append(select.value(0).toString());
    // As a Russian reader sorts them: case and ё aside.
    std::stable_sort(regions.begin(), regions.end(),
                     [](const QString &a, const QString &b) { return foldForSearch(a) < foldForSearch(b); });
    return regions;
}

bool RegionListQuery::isPresent(Database &db, const QString &region)
{
    return SqlStatement::scalar(db.connection(),
                                QStringLiteral("SELECT EXISTS (SELECT 1 FROM companies WHERE region = ?)"), {region})
        .toBool();
}

} // namespace voronka
