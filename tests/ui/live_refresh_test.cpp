#include "calls/CallModeView.h"
#include "company/ColdBaseView.h"
#include "company/CompanyCard.h"
#include "deals/DealColumn.h"
#include "deals/PipelineBoard.h"
#include "demo/DemoBase.h"
#include "models/CompanyListModel.h"
#include "storage/CompanyLeaseRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DatabaseWatcher.h"
#include "storage/DealRepository.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

using namespace voronka;
using namespace voronka::test;

namespace {
// The same base opened by a second desktop, acting as one of its users.
struct OtherDesktop
{
    OtherDesktop(TestDatabase &base, qint64 userId)
        : db(Database::open(base.path()))
        , context{*db, base.clock(), userId}
    {
    }

    void setCity(qint64 companyId, const QString &city)
    {
        Company company = CompanyRepository(context).find(companyId).value();
        company.city = city;
        CompanyRepository(context).update(company);
    }

    std::unique_ptr<Database> db;
    DataContext context;
};

struct ColdBaseScreen
{
    explicit ColdBaseScreen(TestDatabase &base)
        : view(base.context(), UserRepository(base.context()).list())
        , watcher(base.db())
    {
        QObject::connect(&watcher, &DatabaseWatcher::changedElsewhere, &view, &ColdBaseView::refreshFromElsewhere);
        view.setSearchDelay(0);
        view.resize(1100, 700);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }

    ColdBaseView view;
    DatabaseWatcher watcher;
};

// Companies "Company 000", "Company 001"… at cold without an owner, in that order; their ids.
QList<qint64> coldCompanies(TestDatabase &base, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids.append(
            createCompany(base, QStringLiteral("Company %1").arg(i, 3, 10, QLatin1Char('0')), CompanyStage::Cold, 0));
    return ids;
}

// The same with a number each: the call queue serves only companies it can dial.
QList<qint64> callableCompanies(TestDatabase &base, int count)
{
    const QList<qint64> ids = coldCompanies(base, count);
    for (const qint64 id : ids) {
        createPhone(base, id, QStringLiteral("+7495000%1").arg(id, 4, 10, QLatin1Char('0')));
    }
    return ids;
}
} // namespace

TEST_CASE("The cold base shows another desktop's changes and keeps the selection and the scroll position",
          "[ui][coldbase][refresh]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 200);
    ColdBaseScreen screen(base);
    QTableView *table = screen.view.table();
    const qint64 selected = screen.view.model()->companyIdAt(150);
    REQUIRE(screen.view.selectCompany(selected));
    table->scrollToTop();
    table->verticalScrollBar()->setValue(40);
    const int scroll = table->verticalScrollBar()->value();
    REQUIRE(scroll > 0);

    OtherDesktop other(base, 1);
    other.setCity(selected, QStringLiteral("Changed elsewhere"));
    Company added = makeCompany(QStringLiteral("Added elsewhere"));
    CompanyRepository(other.context).create(added);
    screen.watcher.checkNow();

    CHECK(screen.view.model()->rowCount() == 201);
    CHECK(screen.view.card()->companyId() == selected);
    CHECK(child<QLineEdit>(screen.view, "cityEdit")->text() == QStringLiteral("Changed elsewhere"));
    CHECK(screen.view.model()->companyIdAt(table->currentIndex().row()) == selected);
    CHECK(table->verticalScrollBar()->value() == scroll);
}

TEST_CASE("A refresh leaves what the user is typing in the card, and the save reports the conflict",
          "[ui][coldbase][refresh]")
{
    TestDatabase base;
    const QList<qint64> ids = coldCompanies(base, 3);
    ColdBaseScreen screen(base);
    REQUIRE(screen.view.selectCompany(ids.at(1)));
    QLineEdit *city = child<QLineEdit>(screen.view, "cityEdit");
    city->setFocus();
    typeText(city, QStringLiteral("Typed here"));

    OtherDesktop other(base, 1);
    other.setCity(ids.at(1), QStringLiteral("Changed elsewhere"));
    screen.watcher.checkNow();

    CHECK(city->text() == QStringLiteral("Typed here"));
    CHECK(screen.view.card()->hasUnsavedChanges());
    CHECK(screen.view.card()->storedRecord().company.city.isEmpty());
    CHECK(CompanyRepository(base.context()).find(ids.at(1))->city == QStringLiteral("Changed elsewhere"));
}

TEST_CASE("A company deleted on another desktop leaves the list and its unchanged card", "[ui][coldbase][refresh]")
{
    TestDatabase base;
    const QList<qint64> ids = coldCompanies(base, 3);
    ColdBaseScreen screen(base);
    REQUIRE(screen.view.selectCompany(ids.at(2)));

    OtherDesktop other(base, 1);
    CompanyRepository(other.context).remove(ids.at(2), CompanyRepository(other.context).find(ids.at(2))->version);
    screen.watcher.checkNow();

    CHECK(screen.view.model()->rowCount() == 2);
    CHECK(screen.view.card()->companyId() == 0);
}

TEST_CASE("The card says which colleague is calling the company", "[ui][coldbase][refresh][lease]")
{
    TestDatabase base;
    const qint64 colleague = createUser(base, QStringLiteral("anna"), QStringLiteral("Anna Zvonova"), UserRole::Caller);
    const QList<qint64> ids = coldCompanies(base, 2);
    ColdBaseScreen screen(base);
    REQUIRE(screen.view.selectCompany(ids.at(0)));
    QLabel *lease = child<QLabel>(screen.view, "cardLease");
    CHECK(lease->isHidden());

    OtherDesktop other(base, colleague);
    CompanyLeaseRepository(other.context).acquire(ids.at(0), colleague);
    screen.watcher.checkNow();
    CHECK_FALSE(lease->isHidden());
    CHECK(lease->text() == QStringLiteral("Being called by Anna Zvonova now."));

    // Another company has no such line; the user's own lease shows none either.
    REQUIRE(screen.view.selectCompany(ids.at(1)));
    CHECK(lease->isHidden());
    CompanyLeaseRepository(base.context()).acquire(ids.at(1), 1);
    screen.view.refreshFromElsewhere();
    CHECK(lease->isHidden());

    CompanyLeaseRepository(other.context).release(ids.at(0), colleague);
    REQUIRE(screen.view.selectCompany(ids.at(0)));
    CHECK(lease->isHidden());
}

namespace {
// Call mode of one caller on a desktop of their own.
struct CallDesk
{
    CallDesk(TestDatabase &base, qint64 userId)
        : db(Database::open(base.path()))
        , view(DataContext{*db, base.clock(), userId}, UserRepository(base.context()).list())
    {
        view.resize(1100, 700);
    }

    void show()
    {
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }

    std::unique_ptr<Database> db;
    CallModeView view;
};
} // namespace

TEST_CASE("Two callers on one base never get the same company in call mode", "[ui][calls][lease]")
{
    TestDatabase base;
    const qint64 anna = createUser(base, QStringLiteral("anna"), QStringLiteral("Anna Zvonova"), UserRole::Caller);
    const qint64 boris = createUser(base, QStringLiteral("boris"), QStringLiteral("Boris Zvonkov"), UserRole::Caller);
    callableCompanies(base, 5); // nobody's cold companies: both queues start with the same one
    CallDesk first(base, anna);
    CallDesk second(base, boris);
    first.show();
    second.show();
    second.view.reload(); // what call mode does when the section is opened
    REQUIRE(first.view.currentCompanyId() != 0);
    REQUIRE(second.view.currentCompanyId() != 0);
    CHECK(first.view.currentCompanyId() != second.view.currentCompanyId());

    // A skipped company is given back at once, so the colleague may get it next; never both at the same time.
    CompanyLeaseRepository leases(base.context());
    for (int i = 0; i < 6; ++i) {
        CallDesk &desk = i % 2 == 0 ? first : second;
        desk.view.skip();
        first.view.refreshFromElsewhere();
        second.view.refreshFromElsewhere();
        REQUIRE(desk.view.currentCompanyId() != 0);
        CHECK(first.view.currentCompanyId() != second.view.currentCompanyId());
        CHECK(leases.holder(first.view.currentCompanyId())->userId == anna);
        CHECK(leases.holder(second.view.currentCompanyId())->userId == boris);
    }
}

TEST_CASE("A company a colleague took meanwhile is not shown: call mode says who and moves on", "[ui][calls][lease]")
{
    TestDatabase base;
    const qint64 anna = createUser(base, QStringLiteral("anna"), QStringLiteral("Anna Zvonova"), UserRole::Caller);
    const qint64 boris = createUser(base, QStringLiteral("boris"), QStringLiteral("Boris Zvonkov"), UserRole::Caller);
    const QList<qint64> ids = callableCompanies(base, 3);
    // Boris's call mode read its queue while hidden (no lease yet): it shows the first company.
    CallDesk second(base, boris);
    REQUIRE(second.view.currentCompanyId() == ids.at(0));
    CallDesk first(base, anna);
    first.show();
    REQUIRE(first.view.currentCompanyId() == ids.at(0));

    second.show();
    CHECK(second.view.currentCompanyId() == ids.at(1));
    CHECK(second.view.statusText().contains(QStringLiteral("is being called by Anna Zvonova")));
    CHECK(CompanyLeaseRepository(base.context()).holder(ids.at(0))->userId == anna);
    CHECK(CompanyLeaseRepository(base.context()).holder(ids.at(1))->userId == boris);

    // Leaving call mode gives the company back; renewing keeps it past the first lease's expiry.
    second.view.hide();
    CHECK_FALSE(CompanyLeaseRepository(base.context()).holder(ids.at(1)));
    base.clock().advanceSeconds(4 * 60);
    first.view.renewLease();
    base.clock().advanceSeconds(4 * 60);
    CHECK(CompanyLeaseRepository(base.context()).holder(ids.at(0))->userId == anna);
    second.show();
    CHECK(second.view.currentCompanyId() == ids.at(1));
}

TEST_CASE("A lease that ran out while a colleague took the company moves call mode on", "[ui][calls][lease]")
{
    TestDatabase base;
    const qint64 anna = createUser(base, QStringLiteral("anna"), QStringLiteral("Anna Zvonova"), UserRole::Caller);
    const qint64 boris = createUser(base, QStringLiteral("boris"), QStringLiteral("Boris Zvonkov"), UserRole::Caller);
    const QList<qint64> ids = callableCompanies(base, 2);
    CallDesk first(base, anna);
    first.show();
    REQUIRE(first.view.currentCompanyId() == ids.at(0));

    // Anna's desktop slept past the lease; Boris took the company.
    base.clock().advanceSeconds(CompanyLeaseRepository::defaultTtlSeconds + 1);
    CompanyLeaseRepository(base.contextAs(boris)).acquire(ids.at(0), boris);
    first.view.renewLease();
    CHECK(first.view.currentCompanyId() == ids.at(1));
    CHECK(first.view.statusText().contains(QStringLiteral("Boris Zvonkov")));
}

TEST_CASE("The board shows another desktop's deals and keeps the selected card and the scroll position",
          "[ui][pipeline][refresh]")
{
    TestDatabase base;
    const qint64 companyId = coldCompanies(base, 1).first();
    const auto addDeal = [companyId](DataContext context, const QString &title) {
        Deal deal;
        deal.companyId = companyId;
        deal.title = title;
        deal.step = DealStep::OfferSent;
        DealRepository(context).create(deal);
        return deal.id;
    };
    QList<qint64> deals;
    for (int i = 0; i < 40; ++i)
        deals.append(addDeal(base.context(), QStringLiteral("Deal %1").arg(i)));
    PipelineBoard board(base.context(), UserRepository(base.context()).list());
    board.resize(1200, 500);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    DealColumn *column = board.column(DealStep::OfferSent);
    column->setCurrentRow(30);
    const qint64 selected = column->currentItem()->data(DealColumn::DealIdRole).toLongLong();
    column->scrollToTop();
    column->verticalScrollBar()->setValue(column->verticalScrollBar()->maximum() / 3);
    const int scroll = column->verticalScrollBar()->value();
    REQUIRE(scroll > 0);

    DatabaseWatcher watcher(base.db());
    QObject::connect(&watcher, &DatabaseWatcher::changedElsewhere, &board, &PipelineBoard::refreshFromElsewhere);
    OtherDesktop other(base, 1);
    addDeal(other.context, QStringLiteral("Added elsewhere"));
    watcher.checkNow();

    CHECK(column->count() == 41);
    REQUIRE(column->currentItem() != nullptr);
    CHECK(column->currentItem()->data(DealColumn::DealIdRole).toLongLong() == selected);
    CHECK(column->verticalScrollBar()->value() == scroll);
}
