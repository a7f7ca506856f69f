#pragma once

#include <QList>

namespace voronka {
class CompanyListQuery;
}

namespace voronka::test {

// Checks that a company list reads exactly `expected` (at least 5,001 ids, in the list's order): its count, the first
// 1,000 paged forward 100 at a time, the last page counted back from the end, and a position in the middle.
void checkPagesLike(const CompanyListQuery &query, const QList<qint64> &expected);

} // namespace voronka::test
