// The head's management of people: who may do what, the first password, the last head, and the hand-over of a
// departing person's work in one transaction.
#include "TeamFixture.h"
#include "domain/Deal.h"
#include "domain/Task.h"
#include "storage/DealRepository.h"
#include "storage/HoldingsQuery.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "team/CompanyAssignment.h"
#include "team/TeamError.h"
#include "team/UserAdministration.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
TeamError::Kind refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const TeamError &error) {
        return error.kind();
    }
    FAIL("not refused");
    return TeamError::Kind::BadInput;
}

qint64 ownerOf(TeamFixture &team, const char *name)
{
    return SqlStatement::scalar(team.base.db().connection(),
                                QStringLiteral("SELECT owner_id FROM companies WHERE id = ?"),
                                {team.company.value(QString::fromLatin1(name))})
        .toLongLong();
}
} // namespace

TEST_CASE("Users: the head adds people with one or two roles, logins differ by more than case", "[team][users]")
{
    TeamFixture team;
    UserAdministration admin(team.base.context());
    const User added
        = admin.add(QStringLiteral("solo"), QStringLiteral("Пётр Один"), {UserRole::Caller, UserRole::Closer});
    const auto stored = UserRepository(team.base.context()).find(added.id);
    REQUIRE(stored);
    CHECK(stored->role == UserRole::Caller);
    CHECK(stored->extraRoles == QList<UserRole>{UserRole::Closer});
    CHECK(stored->hasRole(UserRole::Closer));

    CHECK_THROWS_WITH(admin.add(QStringLiteral("SOLO"), QStringLiteral("Другой"), {UserRole::Caller}),
                      Catch::Contains("taken"));
    admin.add(QStringLiteral("Иван"), QStringLiteral("Иван Первый"), {UserRole::Caller});
    CHECK_THROWS(admin.add(QStringLiteral("иван"), QStringLiteral("Иван Второй"), {UserRole::Caller}));
    CHECK(refusal([&] { admin.add(QStringLiteral("noroles"), QStringLiteral("Без ролей"), {}); })
          == TeamError::Kind::BadInput);

    const auto members = admin.members();
    const auto caller1 = std::find_if(members.cbegin(), members.cend(),
                                      [&](const TeamMember &member) { return member.user.id == team.caller1Id; });
    REQUIRE(caller1 != members.cend());
    CHECK(caller1->companies == 3); // cold1, calling1 and the lost one
}

TEST_CASE("Users: the first password must be a head's, then only the head manages people", "[team][users]")
{
    TeamFixture team;
    CHECK(refusal([&] {
              UserAdministration(team.base.contextAs(team.caller1Id))
                  .setPassword(QStringLiteral("caller1"), QStringLiteral("мой"));
          })
          == TeamError::Kind::NotAllowed);
    CHECK_FALSE(UserRepository(team.base.context()).anyPassword());
    UserAdministration(team.base.context()).setPassword(QStringLiteral("head"), QStringLiteral("начальник"));

    UserAdministration asCaller(team.base.contextAs(team.caller1Id));
    CHECK(refusal([&] { asCaller.setPassword(QStringLiteral("caller2"), QStringLiteral("чужой")); })
          == TeamError::Kind::NotAllowed);
    CHECK(refusal([&] { asCaller.add(QStringLiteral("x"), QStringLiteral("X"), {UserRole::Head}); })
          == TeamError::Kind::NotAllowed);
    CHECK(refusal([&] { asCaller.deactivate(QStringLiteral("caller2"), {QStringLiteral("caller1")}); })
          == TeamError::Kind::NotAllowed);
    // Their own is fine.
    asCaller.setPassword(QStringLiteral("caller1"), QStringLiteral("мой"));
    CHECK(UserRepository(team.base.context()).find(team.caller1Id)->hasPassword);
}

TEST_CASE("Users: the last head cannot be deactivated or lose the role", "[team][users]")
{
    TeamFixture team;
    UserAdministration admin(team.base.context());
    CHECK(refusal([&] { admin.deactivate(QStringLiteral("head"), {QStringLiteral("caller1")}); })
          == TeamError::Kind::LastHead);
    CHECK(refusal([&] { admin.changeRoles(QStringLiteral("head"), {UserRole::Caller}); }) == TeamError::Kind::LastHead);
    admin.changeRoles(QStringLiteral("closer"), {UserRole::Closer, UserRole::Head});
    admin.changeRoles(QStringLiteral("head"), {UserRole::Caller});
    CHECK_FALSE(UserRepository(team.base.context()).find(team.headId)->hasRole(UserRole::Head));
}

TEST_CASE("Users: deactivating hands companies, deals and tasks over in one transaction", "[team][users]")
{
    TeamFixture team;
    UserAdministration admin(team.base.context());
    const qint64 calling1 = team.company.value(QStringLiteral("calling1"));
    Task callback;
    callback.companyId = calling1;
    callback.assigneeId = team.caller1Id;
    callback.kind = TaskKind::Callback;
    callback.dueAt = team.base.clock().nowUtc().addDays(1);
    TaskRepository(team.base.context()).create(callback);
    Task ownTask;
    ownTask.assigneeId = team.caller1Id;
    ownTask.kind = TaskKind::Custom;
    ownTask.note = QStringLiteral("Отчёт");
    ownTask.dueAt = team.base.clock().nowUtc().addDays(1);
    TaskRepository(team.base.context()).create(ownTask);

    SECTION("spread over two people")
    {
        const qint64 newId
            = createUser(team.base, QStringLiteral("caller3"), QStringLiteral("Новый"), UserRole::Caller);
        admin.deactivate(QStringLiteral("caller1"), {QStringLiteral("caller2"), QStringLiteral("caller3")});
        CHECK_FALSE(UserRepository(team.base.context()).find(team.caller1Id)->active);
        // cold1, calling1 and lost, in id order: caller2, caller3, caller2.
        CHECK(ownerOf(team, "cold1") == team.caller2Id);
        CHECK(ownerOf(team, "calling1") == newId);
        CHECK(ownerOf(team, "lost") == team.caller2Id);
        // The callback went with its company; the task about no company to the first heir.
        CHECK(TaskRepository(team.base.context()).find(callback.id)->assigneeId == newId);
        CHECK(TaskRepository(team.base.context()).find(ownTask.id)->assigneeId == team.caller2Id);
        const auto history = CompanyAssignment(team.base.context()).history();
        REQUIRE(history.size() == 1);
        CHECK(history.constFirst().companies == 3);
        CHECK(history.constFirst().what.contains(QStringLiteral("Илья Звонарёв")));
        // Undoing the hand-over would give the companies back to someone deactivated: refused, nothing moved.
        CHECK_THROWS_WITH(CompanyAssignment(team.base.context()).undo(history.constFirst().id),
                          Catch::Contains("deactivated"));
        CHECK(ownerOf(team, "cold1") == team.caller2Id);
    }
    SECTION("to a deactivated person: refused, nothing changed")
    {
        admin.deactivate(QStringLiteral("caller2"), {QStringLiteral("head")});
        CHECK(refusal([&] { admin.deactivate(QStringLiteral("caller1"), {QStringLiteral("caller2")}); })
              == TeamError::Kind::InactiveUser);
        CHECK(UserRepository(team.base.context()).find(team.caller1Id)->active);
        CHECK(ownerOf(team, "cold1") == team.caller1Id);
        CHECK(TaskRepository(team.base.context()).find(callback.id)->assigneeId == team.caller1Id);
    }
    SECTION("to nobody, or to themselves: refused")
    {
        CHECK(refusal([&] { admin.deactivate(QStringLiteral("caller1"), {}); }) == TeamError::Kind::BadInput);
        CHECK(refusal([&] { admin.deactivate(QStringLiteral("caller1"), {QStringLiteral("caller1")}); })
              == TeamError::Kind::BadInput);
        CHECK(UserRepository(team.base.context()).find(team.caller1Id)->active);
    }
}

TEST_CASE("Users: what a leaving person holds is counted for the head before the hand-over", "[team][users]")
{
    TeamFixture team;
    Deal open;
    open.companyId = team.company.value(QStringLiteral("deal"));
    open.ownerId = team.closerId;
    open.title = QStringLiteral("Поставка");
    DealRepository(team.base.context()).create(open);
    Deal lost = open;
    lost.id = 0;
    lost.title = QStringLiteral("Старая");
    DealRepository(team.base.context()).create(lost);
    SqlStatement::run(team.base.db().connection(), QStringLiteral("UPDATE deals SET step = 'lost' WHERE id = ?"),
                      {lost.id});
    Task task;
    task.companyId = team.company.value(QStringLiteral("meeting"));
    task.assigneeId = team.closerId;
    task.kind = TaskKind::Meeting;
    task.dueAt = team.base.clock().nowUtc().addDays(1);
    TaskRepository(team.base.context()).create(task);

    const Holdings closer = HoldingsQuery(team.base.db()).of(team.closerId);
    CHECK(closer.companies == 2); // meeting and deal
    CHECK(closer.clients == 0);
    CHECK(closer.openDeals == 1);
    CHECK(closer.openTasks == 1);
    const Holdings account = HoldingsQuery(team.base.db()).of(team.accountId);
    CHECK(account.companies == 2);
    CHECK(account.clients == 2); // client and reactivation
    CHECK(account.openDeals == 0);
    CHECK(account.openTasks == 0);

    UserAdministration(team.base.context()).deactivate(QStringLiteral("closer"), {QStringLiteral("head")});
    const Holdings after = HoldingsQuery(team.base.db()).of(team.closerId);
    CHECK(after.companies == 0);
    CHECK(after.openDeals == 0);
    CHECK(after.openTasks == 0);
}
