#include "storage/CompanyLookup.h"
#include "storage/CompanyRepository.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::makeCompany;
using voronka::test::TestDatabase;

TEST_CASE("A company is looked up by what is typed, a few at a time, never the whole base", "[storage][search]")
{
    TestDatabase base;
    CompanyRepository companies(base.context());
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i) {
        Company company
            = makeCompany(QStringLiteral("Ромашка %1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Москва"));
        companies.create(company);
        ids.append(company.id);
    }
    Company vector = makeCompany(QStringLiteral("Вектор-М"), QStringLiteral("Уфа"));
    companies.create(vector);

    const CompanyLookup lookup(base.db());
    CHECK(lookup.find(QString()).isEmpty());
    CHECK(lookup.find(QStringLiteral("   ")).isEmpty()); // blank is not "everything"
    const auto found = lookup.find(QStringLiteral("вект"));
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).id == vector.id);
    CHECK(found.at(0).name == QStringLiteral("Вектор-М"));
    CHECK(found.at(0).city == QStringLiteral("Уфа"));

    const auto many = lookup.find(QStringLiteral("ромашка"), 5);
    REQUIRE(many.size() == 5);
    CHECK(many.at(0).id == ids.at(0)); // in name order
    CHECK(lookup.find(QStringLiteral("ромашка")).size() == CompanyLookup::defaultLimit);
    CHECK(lookup.find(QStringLiteral("ромашка уфа")).isEmpty());
}
