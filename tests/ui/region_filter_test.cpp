// The region filter of the cold base, clients, meetings and deals: choosing a region leaves that region's rows in the
// table; the person dialog's region field.
#include "clients/ClientsView.h"
#include "common/RegionFilter.h"
#include "company/ColdBaseView.h"
#include "deals/DealColumn.h"
#include "deals/PipelineBoard.h"
#include "demo/DemoBase.h"
#include "domain/Deal.h"
#include "domain/Task.h"
#include "meetings/MeetingsView.h"
#include "models/CompanyListModel.h"
#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "storage/RegionListQuery.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"
#include "team/PersonDialog.h"

#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
const QString moscow = QStringLiteral("Москва");
const QString tatarstan = QStringLiteral("Республика Татарстан");

void choose(RegionFilter *filter, const QString &region)
{
    const int index = filter->findText(region);
    REQUIRE(index >= 0);
    filter->setCurrentIndex(index);
}

QSet<qint64> idsOfRegion(TestDatabase &base, const QString &region)
{
    QSet<qint64> ids;
    SqlStatement select(base.db().connection(), QStringLiteral("SELECT id FROM companies WHERE region = ?"));
    select.bind(region).exec();
    while (select.next())
        ids.insert(select.value(0).toLongLong());
    return ids;
}

qint64 addCompany(TestDatabase &base, const QString &name, const QString &city, CompanyStage stage)
{
    Company company = makeCompany(name, city);
    company.stage = stage;
    company.ownerId = 1;
    CompanyRepository(base.context()).create(company);
    return company.id;
}
} // namespace

TEST_CASE("Choosing a region in the cold base leaves that region's companies in the table", "[ui][coldbase][region]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 60);
    ColdBaseView view(base.context(), UserRepository(base.context()).list());
    view.resize(1100, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.model()->rowCount() == 60);

    auto *filter = child<RegionFilter>(view, "regionFilter");
    CHECK(filter->itemText(0) == QStringLiteral("All regions"));
    QStringList offered;
    for (int i = 1; i < filter->count(); ++i)
        offered.append(filter->itemText(i));
    CHECK(offered == RegionListQuery::present(base.db()));
    REQUIRE(offered.contains(moscow));

    choose(filter, moscow);
    const QSet<qint64> expected = idsOfRegion(base, moscow);
    REQUIRE_FALSE(expected.isEmpty());
    REQUIRE(view.model()->rowCount() == expected.size());
    QSet<qint64> shown;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        shown.insert(view.model()->companyIdAt(row));
    CHECK(shown == expected);
    CHECK(child<QLabel>(view, "companyCount")->text().startsWith(QString::number(expected.size())));

    filter->setCurrentIndex(0);
    CHECK(view.model()->rowCount() == 60);
}

TEST_CASE("The region filter offers a region that came after the section was opened", "[ui][coldbase][region]")
{
    TestDatabase base;
    addCompany(base, QStringLiteral("Альфа"), QStringLiteral("Москва"), CompanyStage::Cold);
    ColdBaseView view(base.context(), UserRepository(base.context()).list());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *filter = child<RegionFilter>(view, "regionFilter");
    CHECK(filter->count() == 2);
    choose(filter, moscow);

    addCompany(base, QStringLiteral("Бета"), QStringLiteral("Казань"), CompanyStage::Cold);
    filter->showPopup();
    filter->hidePopup();
    CHECK(filter->findText(tatarstan) >= 0);
    // Reading the list again keeps the choice and reads no list of companies again.
    CHECK(filter->region() == moscow);
    CHECK(view.model()->rowCount() == 1);
    choose(filter, tatarstan);
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->data(view.model()->index(0, CompanyListModel::NameColumn)).toString()
          == QStringLiteral("Бета"));
}

TEST_CASE("Clients, meetings and deals filter by region", "[ui][region]")
{
    TestDatabase base;
    const qint64 moscowClient
        = addCompany(base, QStringLiteral("Альфа"), QStringLiteral("Москва"), CompanyStage::Client);
    addCompany(base, QStringLiteral("Бета"), QStringLiteral("Казань"), CompanyStage::Client);
    const qint64 moscowMeeting
        = addCompany(base, QStringLiteral("Гамма"), QStringLiteral("г. Москва"), CompanyStage::Meeting);
    const qint64 kazanMeeting
        = addCompany(base, QStringLiteral("Дельта"), QStringLiteral("Казань"), CompanyStage::Meeting);
    for (const qint64 companyId : {moscowMeeting, kazanMeeting}) {
        Task meeting;
        meeting.companyId = companyId;
        meeting.assigneeId = 1;
        meeting.kind = TaskKind::Meeting;
        meeting.dueAt = base.clock().nowUtc().addDays(1);
        TaskRepository(base.context()).create(meeting);
        Deal deal;
        deal.companyId = companyId;
        deal.ownerId = 1;
        deal.title = QStringLiteral("Поставка");
        DealRepository(base.context()).create(deal);
    }
    const QList<User> users = UserRepository(base.context()).list();

    ClientsView clients(base.context(), users);
    clients.show();
    REQUIRE(clients.rows().size() == 2);
    choose(child<RegionFilter>(clients, "regionFilter"), moscow);
    REQUIRE(clients.rows().size() == 1);
    CHECK(clients.rows().at(0).companyId == moscowClient);

    MeetingsView meetings(base.context(), users);
    meetings.show();
    REQUIRE(meetings.rows().size() == 2);
    choose(child<RegionFilter>(meetings, "regionFilter"), tatarstan);
    REQUIRE(meetings.rows().size() == 1);
    CHECK(meetings.rows().at(0).companyId == kazanMeeting);

    PipelineBoard board(base.context(), users);
    board.show();
    CHECK(board.column(DealStep::Needs)->count() == 2);
    choose(child<RegionFilter>(board, "regionFilter"), moscow);
    CHECK(board.column(DealStep::Needs)->count() == 1);
    choose(child<RegionFilter>(board, "regionFilter"), tatarstan);
    CHECK(board.column(DealStep::Needs)->count() == 1);
    child<RegionFilter>(board, "regionFilter")->setCurrentIndex(0);
    CHECK(board.column(DealStep::Needs)->count() == 2);
}

TEST_CASE("The person dialog has a region to pick or type", "[ui][team][region]")
{
    PersonDialog added;
    auto *region = child<QComboBox>(added, "personRegion");
    CHECK(added.region().isEmpty());
    CHECK(region->findText(QStringLiteral("Свердловская область")) > 0);
    region->setCurrentIndex(region->findText(QStringLiteral("Свердловская область")));
    CHECK(added.region() == QStringLiteral("Свердловская область"));
    region->setCurrentText(QStringLiteral("  Урал "));
    CHECK(added.region() == QStringLiteral("Урал"));

    User person;
    person.login = QStringLiteral("uralhead");
    person.fullName = QStringLiteral("Уральский Начальник");
    person.role = UserRole::Head;
    person.region = QStringLiteral("Свердловская область");
    PersonDialog changed(person);
    CHECK(changed.region() == person.region);
}
