#pragma once

#include <QStringList>

namespace voronka {

class Database;

// The regions a region filter offers: those of the companies in the base, sorted. Cheap on a million companies: one
// look-up along companies_region per region (a few dozen), not a read of the companies. A head with a region is
// offered theirs alone; everybody else every region present (only the names: no company is read), so that the
// filter reads the same for a whole team.
class RegionListQuery
{
public:
    static QStringList present(Database &db);
    // Some company has this region (one look-up along companies_region).
    static bool isPresent(Database &db, const QString &region);
};

} // namespace voronka
