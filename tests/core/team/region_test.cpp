// Teams by region: the head gives people a region, and a head with one (the head of an interregional team) sees that
// region's companies only, in every reader of companies: the list, its count and search, a card by id, the export,
// clients, deals and meetings.
#include "TeamFixture.h"
#include "domain/Deal.h"
#include "domain/Task.h"
#include "import/CompanyExporter.h"
#include "storage/ClientListQuery.h"
#include "storage/CompanyListQuery.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "storage/MeetingListQuery.h"
#include "storage/PipelineQuery.h"
#include "storage/RegionListQuery.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "team/TeamError.h"
#include "team/UserAdministration.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
using Names = QSet<QString>;

const QString ural = QStringLiteral("Свердловская область");

// The team's base with the companies spread over two regions: pool, calling1, meeting, client and lost in
// Екатеринбург (Свердловская область), the rest in Москва; and a second head, of the Ural team.
struct RegionalTeam : TeamFixture
{
    qint64 uralHeadId = 0;

    RegionalTeam()
    {
        SqlStatement::run(base.db().connection(),
                          QStringLiteral("UPDATE companies SET city = 'Москва', region = 'Москва'"));
        for (const char *name : {"pool", "calling1", "meeting", "client", "lost"})
            SqlStatement::run(base.db().connection(),
                              QStringLiteral("UPDATE companies SET city = 'Екатеринбург', region = ? WHERE id = ?"),
                              {ural, company.value(QString::fromLatin1(name))});
        uralHeadId = UserAdministration(base.context())
                         .add(QStringLiteral("uralhead"), QStringLiteral("Уральский Начальник"), {UserRole::Head},
                              QStringLiteral("Свердловская обл."))
                         .id;
    }
};
} // namespace

TEST_CASE("Regions: a regional head's list, count and search hold their region only", "[team][region]")
{
    RegionalTeam team;
    const Names uralCompanies = setOf({"pool", "calling1", "meeting", "client", "lost"});
    const Viewer uralHead = team.viewerOf(team.uralHeadId);
    CHECK(uralHead.limitedToRegion());
    CHECK(uralHead.region() == ural);
    CHECK(team.listed(uralHead) == uralCompanies);
    CHECK(team.listed(uralHead, QStringLiteral("ромашка")) == uralCompanies);
    CHECK(team.listed(uralHead, QStringLiteral("cold2")).isEmpty());
    // Two letters: the short search walks the region's part checking each company.
    CHECK(team.listed(uralHead, QStringLiteral("ро")) == uralCompanies);
    // The head without a region sees the whole base; a caller's region changes nothing of their part.
    CHECK(team.listed(team.viewerOf(team.headId)).size() == 9);
    UserAdministration(team.base.context()).setRegion(QStringLiteral("caller2"), QStringLiteral("Екатеринбург"));
    CHECK(team.listed(team.viewerOf(team.caller2Id)) == setOf({"cold2"}));

    team.lookAs(uralHead);
    CHECK(CompanyListQuery(team.base.db(), {}).count() == 5);
    // The region filter offers theirs alone.
    CHECK(RegionListQuery::present(team.base.db()) == QStringList{ural});
    team.lookAs(Viewer::everything());
    CHECK(RegionListQuery::present(team.base.db()) == QStringList{QStringLiteral("Москва"), ural});
}

TEST_CASE("Regions: a company outside a regional head's region cannot be opened by id", "[team][region]")
{
    RegionalTeam team;
    team.lookAs(team.viewerOf(team.uralHeadId));
    const qint64 moscow = team.company.value(QStringLiteral("cold1"));
    const qint64 ekaterinburg = team.company.value(QStringLiteral("meeting"));
    CHECK_FALSE(CompanyRepository(team.base.contextAs(team.uralHeadId)).find(moscow));
    CHECK_FALSE(CompanyRecordRepository(team.base.contextAs(team.uralHeadId)).load(moscow));
    REQUIRE(CompanyRecordRepository(team.base.contextAs(team.uralHeadId)).load(ekaterinburg));
    CHECK(CompanyListQuery(team.base.db(), {}).positionOf(moscow) == -1);
    CHECK(CompanyListQuery(team.base.db(), {}).positionOf(ekaterinburg) >= 0);
}

TEST_CASE("Regions: a regional head exports their region only", "[team][region]")
{
    RegionalTeam team;
    team.lookAs(team.viewerOf(team.uralHeadId));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CHECK(CompanyExporter(team.base.db()).write(&buffer) == 5);
    const QString text = QString::fromUtf8(buffer.data());
    CHECK(text.contains(QStringLiteral("meeting ромашка")));
    CHECK_FALSE(text.contains(QStringLiteral("cold1 ромашка")));
    CHECK_FALSE(text.contains(QStringLiteral("Москва")));
}

TEST_CASE("Regions: a regional head's clients, deals and meetings are their region's", "[team][region]")
{
    RegionalTeam team;
    for (const char *name : {"meeting", "cold2"}) {
        Task meeting;
        meeting.companyId = team.company.value(QString::fromLatin1(name));
        meeting.assigneeId = team.closerId;
        meeting.kind = TaskKind::Meeting;
        meeting.dueAt = team.base.clock().nowUtc().addDays(1);
        TaskRepository(team.base.context()).create(meeting);
    }
    for (const char *name : {"deal", "meeting"}) {
        Deal deal;
        deal.companyId = team.company.value(QString::fromLatin1(name));
        deal.ownerId = team.closerId;
        deal.title = QStringLiteral("Поставка");
        DealRepository(team.base.context()).create(deal);
    }
    team.lookAs(team.viewerOf(team.uralHeadId));
    const DataContext context = team.base.contextAs(team.uralHeadId);
    QSet<qint64> clients;
    for (const ClientListRow &row : ClientListQuery(context).rows())
        clients.insert(row.companyId);
    CHECK(team.names(clients) == setOf({"client"}));
    QSet<qint64> deals;
    for (const PipelineColumn &column : PipelineQuery(context).columns())
        for (const PipelineDeal &deal : column.deals)
            deals.insert(deal.companyId);
    CHECK(team.names(deals) == setOf({"meeting"}));
    const QList<MeetingListRow> meetings = MeetingListQuery(context).rows();
    REQUIRE(meetings.size() == 1);
    CHECK(meetings.at(0).companyId == team.company.value(QStringLiteral("meeting")));
}

TEST_CASE("Regions: the head sets a person's region in any spelling, and nonsense is refused", "[team][region]")
{
    RegionalTeam team;
    UserAdministration admin(team.base.context());
    CHECK(UserRepository(team.base.context()).find(team.uralHeadId)->region == ural);

    admin.setRegion(QStringLiteral("caller1"), QStringLiteral("  казань "));
    CHECK(admin.user(QStringLiteral("caller1")).region == QStringLiteral("Республика Татарстан"));
    admin.setRegion(QStringLiteral("caller1"), QStringLiteral("ХМАО"));
    CHECK(admin.user(QStringLiteral("caller1")).region == QStringLiteral("Ханты-Мансийский автономный округ — Югра"));
    // A team's own region is accepted once the base's companies have it.
    CHECK_THROWS_AS(admin.setRegion(QStringLiteral("caller1"), QStringLiteral("Урал")), TeamError);
    SqlStatement::run(team.base.db().connection(), QStringLiteral("UPDATE companies SET region = 'Урал' WHERE id = ?"),
                      {team.company.value(QStringLiteral("lost"))});
    admin.setRegion(QStringLiteral("caller1"), QStringLiteral("Урал"));
    CHECK(admin.user(QStringLiteral("caller1")).region == QStringLiteral("Урал"));
    // Empty: every region, stored as NULL.
    admin.setRegion(QStringLiteral("caller1"), QString());
    CHECK(admin.user(QStringLiteral("caller1")).region.isEmpty());
    CHECK(SqlStatement::scalar(team.base.db().connection(),
                               QStringLiteral("SELECT region IS NULL FROM users WHERE login = 'caller1'"))
              .toBool());

    for (const QString &nonsense : {QStringLiteral("Нью-Васюки"), QStringLiteral("12345"), QStringLiteral("обл.")}) {
        try {
            admin.setRegion(QStringLiteral("caller1"), nonsense);
            FAIL("not refused: " << nonsense.toStdString());
        } catch (const TeamError &error) {
            CHECK(error.kind() == TeamError::Kind::BadInput);
            CHECK(error.message().contains(nonsense.trimmed()));
        }
    }
    CHECK(admin.user(QStringLiteral("caller1")).region.isEmpty());
    CHECK_THROWS_AS(admin.add(QStringLiteral("newbie"), QStringLiteral("Новичок"), {UserRole::Caller},
                              QStringLiteral("Нью-Васюки")),
                    TeamError);
    CHECK_FALSE(UserRepository(team.base.context()).findByLogin(QStringLiteral("newbie")));
    CHECK_THROWS_AS(admin.setRegion(QStringLiteral("nobody"), QStringLiteral("Москва")), TeamError);
}

TEST_CASE("Regions: once sign-in is on only the head sets regions", "[team][region]")
{
    RegionalTeam team;
    UserAdministration(team.base.context()).setPassword(QStringLiteral("head"), QStringLiteral("начальник"));
    UserAdministration asCaller(team.base.contextAs(team.caller1Id));
    try {
        asCaller.setRegion(QStringLiteral("caller1"), QStringLiteral("Москва"));
        FAIL("not refused");
    } catch (const TeamError &error) {
        CHECK(error.kind() == TeamError::Kind::NotAllowed);
    }
    CHECK(UserAdministration(team.base.context()).user(QStringLiteral("caller1")).region.isEmpty());
    // The regional head is a head: they manage people too.
    UserAdministration(team.base.contextAs(team.uralHeadId))
        .setRegion(QStringLiteral("caller1"), QStringLiteral("Екатеринбург"));
    CHECK(UserAdministration(team.base.context()).user(QStringLiteral("caller1")).region == ural);
}
