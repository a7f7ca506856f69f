// Who sees what: every reader of companies in core shows the signed-in person their part of the base, and nothing
// outside it can be listed, counted, found, opened by id, exported or reached through a deal or a meeting.
#include "TeamFixture.h"
#include "domain/Deal.h"
#include "domain/Task.h"
#include "funnel/StageMover.h"
#include "import/CompanyExporter.h"
#include "storage/ClientListQuery.h"
#include "storage/CompanyListQuery.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DatabaseInfo.h"
#include "storage/DealRepository.h"
#include "storage/MeetingListQuery.h"
#include "storage/PipelineQuery.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/TaskListQuery.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "storage/VisibleCompanies.h"
#include "support/ListPaging.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
using Names = QSet<QString>;
} // namespace

TEST_CASE("Who sees what: each role's company list of the same base", "[team][visibility]")
{
    TeamFixture team;
    CHECK(team.listed(Viewer::everything())
          == setOf({"pool", "cold1", "calling1", "cold2", "meeting", "deal", "client", "reactivation", "lost"}));
    CHECK(team.listed(team.viewerOf(team.headId)) == team.listed(Viewer::everything()));
    CHECK(team.listed(team.viewerOf(team.collectorId)) == setOf({"pool", "cold1"}));
    CHECK(team.listed(team.viewerOf(team.caller1Id)) == setOf({"cold1", "calling1"}));
    CHECK(team.listed(team.viewerOf(team.caller2Id)) == setOf({"cold2"}));
    CHECK(team.listed(team.viewerOf(team.closerId)) == setOf({"meeting", "deal", "client"}));
    CHECK(team.listed(team.viewerOf(team.accountId)) == setOf({"client", "reactivation"}));

    SECTION("callers who take from the pool also see the unassigned cold companies")
    {
        CHECK(team.listed(team.viewerOf(team.caller1Id, true)) == setOf({"pool", "cold1", "calling1"}));
        // ... and the switch means nothing to a closer.
        CHECK(team.listed(team.viewerOf(team.closerId, true)) == setOf({"meeting", "deal", "client"}));
    }
    SECTION("a person with two roles sees both parts")
    {
        auto user = UserRepository(team.base.context()).find(team.caller2Id);
        user->extraRoles = {UserRole::Closer};
        UserRepository(team.base.context()).update(*user);
        SqlStatement::run(team.base.db().connection(), QStringLiteral("UPDATE companies SET owner_id = ? WHERE id = ?"),
                          {team.caller2Id, team.company.value(QStringLiteral("meeting"))});
        CHECK(team.listed(team.viewerOf(team.caller2Id)) == setOf({"cold2", "meeting"}));
    }
    SECTION("a company passes out of a caller's view when it leaves the calling stages")
    {
        SqlStatement::run(team.base.db().connection(),
                          QStringLiteral("UPDATE companies SET stage = 'lost' WHERE id = ?"),
                          {team.company.value(QStringLiteral("calling1"))});
        CHECK(team.listed(team.viewerOf(team.caller1Id)) == setOf({"cold1"}));
    }
}

TEST_CASE("Who sees what: a search finds only what the person may see", "[team][visibility]")
{
    TeamFixture team;
    // Every company's name has the word; the caller finds their two.
    CHECK(team.listed(Viewer::everything(), QStringLiteral("ромашка")).size() == 9);
    CHECK(team.listed(team.viewerOf(team.caller1Id), QStringLiteral("ромашка")) == setOf({"cold1", "calling1"}));
    CHECK(team.listed(team.viewerOf(team.caller1Id), QStringLiteral("cold2")).isEmpty());
    CHECK(team.listed(team.viewerOf(team.caller2Id), QStringLiteral("cold2")) == setOf({"cold2"}));
}

TEST_CASE("Who sees what: a company outside the view cannot be opened by id", "[team][visibility]")
{
    TeamFixture team;
    const qint64 theirs = team.company.value(QStringLiteral("cold2"));
    const qint64 mine = team.company.value(QStringLiteral("cold1"));
    team.lookAs(team.viewerOf(team.caller1Id));
    CHECK_FALSE(CompanyRepository(team.base.contextAs(team.caller1Id)).find(theirs));
    CHECK_FALSE(CompanyRecordRepository(team.base.contextAs(team.caller1Id)).load(theirs));
    REQUIRE(CompanyRecordRepository(team.base.contextAs(team.caller1Id)).load(mine));
    CHECK(CompanyRecordRepository(team.base.contextAs(team.caller1Id)).load(mine)->company.name
          == QStringLiteral("cold1 ромашка"));
    // The list's position of a company outside the view is "not in the list".
    CHECK(CompanyListQuery(team.base.db(), {}).positionOf(theirs) == -1);
}

TEST_CASE("Who sees what: a closer reads the clients they brought and changes nothing there", "[team][visibility]")
{
    TeamFixture team;
    const qint64 client = team.company.value(QStringLiteral("client"));
    const qint64 meeting = team.company.value(QStringLiteral("meeting"));
    team.lookAs(team.viewerOf(team.closerId));
    const DataContext closer = team.base.contextAs(team.closerId);
    CHECK_FALSE(VisibleCompanies(team.base.db()).mayChange(client));
    CHECK(VisibleCompanies(team.base.db()).mayChange(meeting));

    auto record = CompanyRecordRepository(closer).load(client);
    REQUIRE(record);
    auto edited = *record;
    edited.company.city = QStringLiteral("Тула");
    try {
        CompanyRecordRepository(closer).save(*record, edited);
        FAIL("a closer saved a client they only read");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::ReadOnly);
    }
    CHECK_THROWS_AS(
        StageMover(closer).moveCompany(client, record->company.version, {CompanyStage::Reactivation, {}, 0}),
        StorageError);
    team.lookAs(Viewer::everything());
    CHECK(CompanyRecordRepository(team.base.context()).load(client)->company.city == record->company.city);
    CHECK(CompanyRepository(team.base.context()).find(client)->stage == CompanyStage::Client);

    // Their own meeting company they change as before; the account manager changes the client.
    team.lookAs(team.viewerOf(team.closerId));
    auto own = *CompanyRecordRepository(closer).load(meeting);
    auto ownEdited = own;
    ownEdited.company.city = QStringLiteral("Тула");
    CHECK(CompanyRecordRepository(closer).save(own, ownEdited).company.city == QStringLiteral("Тула"));
    team.lookAs(team.viewerOf(team.accountId));
    CHECK(VisibleCompanies(team.base.db()).mayChange(client));
    CHECK(CompanyRecordRepository(team.base.contextAs(team.accountId)).save(*record, edited).company.city
          == QStringLiteral("Тула"));
}

TEST_CASE("Who sees what: an export writes only the person's part", "[team][visibility]")
{
    TeamFixture team;
    const auto exported = [&](const Viewer &viewer) {
        team.lookAs(viewer);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const qint64 written = CompanyExporter(team.base.db()).write(&buffer);
        const QString text = QString::fromUtf8(buffer.data());
        Names names;
        for (auto it = team.company.cbegin(); it != team.company.cend(); ++it)
            if (text.contains(it.key() + QStringLiteral(" ромашка")))
                names.insert(it.key());
        CHECK(written == names.size());
        return names;
    };
    CHECK(exported(team.viewerOf(team.accountId)) == setOf({"client", "reactivation"}));
    CHECK(exported(team.viewerOf(team.caller2Id)) == setOf({"cold2"}));
    CHECK(exported(team.viewerOf(team.headId)).size() == 9);
}

TEST_CASE("Who sees what: clients, deals and meetings follow their company", "[team][visibility]")
{
    TeamFixture team;
    Deal deal;
    deal.companyId = team.company.value(QStringLiteral("deal"));
    deal.ownerId = team.closerId;
    deal.title = QStringLiteral("Поставка");
    DealRepository(team.base.context()).create(deal);
    Task meeting;
    meeting.companyId = team.company.value(QStringLiteral("meeting"));
    meeting.assigneeId = team.closerId;
    meeting.kind = TaskKind::Meeting;
    meeting.dueAt = team.base.clock().nowUtc().addDays(1);
    TaskRepository(team.base.context()).create(meeting);

    const auto clients = [&](qint64 userId) {
        team.lookAs(team.viewerOf(userId));
        QSet<qint64> ids;
        for (const ClientListRow &row : ClientListQuery(team.base.contextAs(userId)).rows())
            ids.insert(row.companyId);
        return team.names(ids);
    };
    CHECK(clients(team.accountId) == setOf({"client", "reactivation"}));
    CHECK(clients(team.closerId) == setOf({"client"}));
    CHECK(clients(team.caller1Id).isEmpty());
    CHECK(clients(team.headId) == setOf({"client", "reactivation"}));

    const auto deals = [&](qint64 userId) {
        team.lookAs(team.viewerOf(userId));
        qint64 count = 0;
        for (const PipelineColumn &column : PipelineQuery(team.base.contextAs(userId)).columns())
            count += column.deals.size();
        return count;
    };
    CHECK(deals(team.closerId) == 1);
    CHECK(deals(team.headId) == 1);
    CHECK(deals(team.caller1Id) == 0);
    CHECK(deals(team.accountId) == 0);

    const auto meetings = [&](qint64 userId) {
        team.lookAs(team.viewerOf(userId));
        return MeetingListQuery(team.base.contextAs(userId)).rows().size();
    };
    CHECK(meetings(team.closerId) == 1);
    CHECK(meetings(team.headId) == 1);
    CHECK(meetings(team.caller2Id) == 0);
}

TEST_CASE("Who sees what: a person's Today lists their own tasks whoever they ask for", "[team][visibility]")
{
    TeamFixture team;
    const auto addTask = [&](const char *company, qint64 assigneeId) {
        Task task;
        task.companyId = team.company.value(QString::fromLatin1(company));
        task.assigneeId = assigneeId;
        task.kind = TaskKind::Callback;
        task.dueAt = team.base.clock().nowUtc().addSecs(3600);
        TaskRepository(team.base.context()).create(task);
    };
    addTask("calling1", team.caller1Id);
    addTask("cold2", team.caller2Id);
    addTask("meeting", team.closerId);

    const auto companies = [&](qint64 viewerId, qint64 asked) {
        team.lookAs(team.viewerOf(viewerId));
        QSet<qint64> ids;
        for (const TaskListRow &row : TaskListQuery(team.base.contextAs(viewerId)).rows(asked))
            ids.insert(row.task.companyId);
        return team.names(ids);
    };
    CHECK(companies(team.headId, 0) == setOf({"calling1", "cold2", "meeting"}));
    CHECK(companies(team.headId, team.caller2Id) == setOf({"cold2"}));
    // Everyone's, or a colleague's, is the caller's own for a caller.
    CHECK(companies(team.caller1Id, 0) == setOf({"calling1"}));
    CHECK(companies(team.caller1Id, team.caller2Id) == setOf({"calling1"}));
    CHECK(companies(team.closerId, 0) == setOf({"meeting"}));
}

TEST_CASE("Who sees what: info counts the whole file whoever looks", "[team][visibility]")
{
    TeamFixture team;
    team.lookAs(team.viewerOf(team.caller2Id));
    CHECK(DatabaseInfo::collect(team.base.db()).companies == 9);
}

TEST_CASE("Who sees what: a caller's part of a big base pages in name order like the whole list", "[team][visibility]")
{
    TeamFixture team;
    // 30,000 more companies, every third one caller1's: more than a page is ever gathered for (CompanyListQuery).
    SqlStatement::run(team.base.db().connection(),
                      QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) "
                                     "INSERT INTO companies (name, sort_key, stage, owner_id, created_at, updated_at) "
                                     "SELECT 'Компания ' || i, printf('компания %05d', (i * 7919) % 30000), "
                                     "CASE i % 2 WHEN 0 THEN 'cold' ELSE 'calling' END, "
                                     "CASE i % 3 WHEN 0 THEN ? ELSE ? END, '2026-01-01T00:00:00.000Z', "
                                     "'2026-01-01T00:00:00.000Z' FROM n"),
                      {team.caller1Id, team.caller2Id});
    QList<qint64> expected;
    {
        SqlStatement select(
            team.base.db().connection(),
            QStringLiteral("SELECT id FROM companies WHERE owner_id = ? AND stage IN ('cold', 'calling') "
                           "ORDER BY sort_key, id"));
        select.bind(team.caller1Id).exec();
        while (select.next())
            expected.append(select.value(0).toLongLong());
    }
    REQUIRE(expected.size() == 10002);

    team.lookAs(team.viewerOf(team.caller1Id));
    const CompanyListQuery query(team.base.db(), {});
    checkPagesLike(query, expected);
    CHECK(query.positionOf(team.company.value(QStringLiteral("cold2"))) == -1);
}
