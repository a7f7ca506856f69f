#include "demo/DemoBase.h"
#include "models/CompanyListModel.h"
#include "storage/CompanyRepository.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::makeCompany;
using voronka::test::TestDatabase;

TEST_CASE("The model shows the list a page at a time", "[models]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 260);
    CompanyListModel model(base.db());
    CHECK(model.rowCount() == 260);
    CHECK(model.columnCount() == CompanyListModel::ColumnCount);
    CHECK(model.pagesRead() == 0);

    const QString first = model.data(model.index(0, CompanyListModel::NameColumn)).toString();
    CHECK_FALSE(first.isEmpty());
    CHECK(model.pagesRead() == 1);
    // The same page again comes from the cache.
    model.data(model.index(99, CompanyListModel::CityColumn));
    CHECK(model.pagesRead() == 1);

    const QString last = model.data(model.index(259, CompanyListModel::NameColumn)).toString();
    CHECK_FALSE(last.isEmpty());
    CHECK(model.pagesRead() == 2);
    CHECK(model.data(model.index(259, CompanyListModel::PhoneColumn)).toString().startsWith(QStringLiteral("+7 ")));
    CHECK_FALSE(model.data(model.index(260, 0)).isValid());
}

TEST_CASE("Filtering and refreshing the model", "[models]")
{
    TestDatabase base;
    CompanyRepository companies(base.context());
    Company alpha = makeCompany(QStringLiteral("Альфа"), QStringLiteral("Омск"));
    companies.create(alpha);
    Company beta = makeCompany(QStringLiteral("Бета"), QStringLiteral("Тверь"));
    beta.stage = CompanyStage::Client;
    companies.create(beta);

    CompanyListModel model(base.db());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(1, CompanyListModel::StageColumn)).toString() == QStringLiteral("Client"));
    CHECK(model.rowOfCompany(beta.id) == 1);

    model.setFilter({QStringLiteral("тверь"), std::nullopt, 0});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.companyIdAt(0) == beta.id);
    CHECK(model.rowOfCompany(alpha.id) == -1);

    Company gamma = makeCompany(QStringLiteral("Гамма"), QStringLiteral("Тверь"));
    companies.create(gamma);
    CHECK(model.rowCount() == 1);
    model.refresh();
    CHECK(model.rowCount() == 2);
    CHECK(model.data(model.index(1, CompanyListModel::NameColumn)).toString() == QStringLiteral("Гамма"));
}
