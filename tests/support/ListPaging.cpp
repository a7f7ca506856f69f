#include "ListPaging.h"

#include "storage/CompanyListQuery.h"

#include <catch2/catch.hpp>

namespace voronka::test {

void checkPagesLike(const CompanyListQuery &query, const QList<qint64> &expected)
{
    CHECK(query.count() == expected.size());
    QList<qint64> read;
    QList<CompanyListRow> page = query.rowsAt(0, 100, expected.size());
    while (!page.isEmpty() && read.size() < 1000) {
        for (const CompanyListRow &row : page)
            read.append(row.id);
        page = query.rowsAfter(page.constLast(), 100);
    }
    CHECK(read == expected.mid(0, 1000));
    QList<qint64> last;
    for (const CompanyListRow &row : query.rowsAt(expected.size() - 50, 50, expected.size()))
        last.append(row.id);
    CHECK(last == expected.mid(expected.size() - 50));
    CHECK(query.positionOf(expected.at(5000)) == 5000);
}

} // namespace voronka::test
