#include "demo/DemoBase.h"
#include "models/CompanyListModel.h"
#include "storage/CompanyRepository.h"
#include "support/TestDatabase.h"

#include <QSignalSpy>

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

namespace {
// Waits for the model's background read; the loader posts its result to this thread's event loop.
int waitForLoad(CompanyListModel &model, QSignalSpy &loaded)
{
    while (model.isLoading())
        REQUIRE(loaded.wait(30000));
    REQUIRE_FALSE(loaded.isEmpty());
    return loaded.takeLast().at(0).toInt();
}
} // namespace

TEST_CASE("On a big base a new filter is read in the background and shown when ready", "[models][background]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 260);
    CompanyListModel model(base.db());
    model.setBackgroundFrom(100); // the base has 260: big enough
    QSignalSpy loaded(&model, &CompanyListModel::loaded);
    const qint64 wanted = model.companyIdAt(200);
    const Company company = *CompanyRepository(base.context()).find(wanted);

    model.load({company.city, std::nullopt, 0}, wanted);
    // Until the worker is done the old list stays: the window never waits for the read.
    REQUIRE(model.isLoading());
    CHECK(model.rowCount() == 260);
    CHECK(model.filter() == CompanyFilter{});
    CHECK(model.requestedFilter().search == company.city);

    const int row = waitForLoad(model, loaded);
    const int pagesRead = model.pagesRead();
    CHECK(model.filter().search == company.city);
    CHECK(model.companyIdAt(row) == wanted);
    // The page with the company came with the load: showing it reads nothing more on the window's thread.
    CHECK(model.pagesRead() == pagesRead);
    CompanyListModel direct(base.db());
    direct.setFilter({company.city, std::nullopt, 0});
    REQUIRE(model.rowCount() == direct.rowCount());
    CHECK(model.rowCount() < 260);
    CHECK(row == direct.rowOfCompany(wanted));
    // The other pages are read as usual, in the same order.
    for (int i = 0; i < model.rowCount(); ++i)
        CHECK(model.companyIdAt(i) == direct.companyIdAt(i));
}

TEST_CASE("A newer background load wins over an older one still running", "[models][background]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 150);
    CompanyListModel model(base.db());
    model.setBackgroundFrom(1);
    QSignalSpy loaded(&model, &CompanyListModel::loaded);

    const Company first = *CompanyRepository(base.context()).find(model.companyIdAt(10));
    const Company second = *CompanyRepository(base.context()).find(model.companyIdAt(120));
    model.load({first.name, std::nullopt, 0}, first.id);
    model.load({second.name, std::nullopt, 0}, second.id);
    const int row = waitForLoad(model, loaded);
    CHECK(model.filter().search == second.name);
    REQUIRE(row >= 0);
    CHECK(model.companyIdAt(row) == second.id);

    // A synchronous filter set while a load runs wins too: the load's late result is dropped.
    model.load({first.name, std::nullopt, 0}, first.id);
    model.setFilter({});
    CHECK_FALSE(model.isLoading());
    CHECK(model.rowCount() == 150);
    QSignalSpy late(&model, &CompanyListModel::loaded);
    // A last load flushes the worker's queue: everything sent before it has been answered when it arrives.
    model.load({second.name, std::nullopt, 0}, second.id);
    waitForLoad(model, loaded);
    CHECK(late.count() == 1);
    CHECK(model.filter().search == second.name);
}

TEST_CASE("On a small base a load reads at once", "[models][background]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 40);
    CompanyListModel model(base.db());
    QSignalSpy loaded(&model, &CompanyListModel::loaded);
    const qint64 wanted = model.companyIdAt(5);
    model.load({}, wanted);
    CHECK_FALSE(model.isLoading());
    REQUIRE(loaded.count() == 1);
    CHECK(loaded.at(0).at(0).toInt() == 5);
}

TEST_CASE("On a big base even the first count and page are read in the background", "[models][background]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 260);
    CompanyListModel model(base.db(), 100); // the base has 260: big enough
    QSignalSpy loaded(&model, &CompanyListModel::loaded);
    // Nothing of the list was read on this thread: it is empty until the worker's count and first page are in.
    REQUIRE(model.isLoading());
    CHECK(model.rowCount() == 0);
    CHECK(model.pagesRead() == 0);
    CHECK(model.requestedFilter() == CompanyFilter{});

    CHECK(waitForLoad(model, loaded) == -1);
    CHECK(model.rowCount() == 260);
    CHECK(model.loadsInBackground());
    const int pagesRead = model.pagesRead();
    CompanyListModel direct(base.db());
    REQUIRE_FALSE(direct.isLoading()); // under the default threshold: counted at once, as before
    REQUIRE(direct.rowCount() == 260);
    for (int i = 0; i < CompanyListModel::pageSize; ++i)
        CHECK(model.companyIdAt(i) == direct.companyIdAt(i));
    CHECK(model.pagesRead() == pagesRead); // the first page came with the load
}
