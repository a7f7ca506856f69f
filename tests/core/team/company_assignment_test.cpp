// Handing companies out: the preview says who gets how many, the hand-out writes exactly that or nothing, and can be
// undone.
#include "TeamFixture.h"
#include "storage/SqlStatement.h"
#include "team/CompanyAssignment.h"
#include "team/TeamError.h"
#include "team/UserAdministration.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
qint64 countWhere(TeamFixture &team, const QString &condition, std::initializer_list<QVariant> values)
{
    return SqlStatement::scalar(team.base.db().connection(),
                                QStringLiteral("SELECT count(*) FROM companies WHERE ") + condition, values)
        .toLongLong();
}

// Adds `count` unassigned cold companies.
void addPool(TeamFixture &team, int count)
{
    for (int i = 0; i < count; ++i)
        createCompany(team.base, QStringLiteral("Пул %1").arg(i), CompanyStage::Cold, 0);
}
} // namespace

TEST_CASE("Assign: all unassigned cold companies, evenly, by weights, or to one", "[team][assign]")
{
    TeamFixture team;
    addPool(team, 9); // with the fixture's own: 10 unassigned cold companies
    CompanyAssignment assignment(team.base.context());
    AssignmentSelection unassigned;
    unassigned.kind = AssignmentSelection::Kind::Unassigned;

    SECTION("evenly: the preview changes nothing, the hand-out gives exactly the preview")
    {
        const AssignmentPlan plan = assignment.plan(unassigned, {team.caller1Id, team.caller2Id});
        REQUIRE(plan.shares.size() == 2);
        CHECK(plan.shares.at(0).companies == 5);
        CHECK(plan.shares.at(1).companies == 5);
        CHECK(plan.shares.at(0).name == QStringLiteral("Илья Звонарёв"));
        CHECK(countWhere(team, QStringLiteral("owner_id IS NULL"), {}) == 10);
        assignment.apply(plan);
        CHECK(countWhere(team, QStringLiteral("owner_id IS NULL"), {}) == 0);
        CHECK(countWhere(team, QStringLiteral("owner_id = ? AND stage = 'cold'"), {team.caller1Id}) == 1 + 5);
        CHECK(countWhere(team, QStringLiteral("owner_id = ? AND stage = 'cold'"), {team.caller2Id}) == 1 + 5);
        // The owner change is in the history of changes, by the head.
        CHECK(SqlStatement::scalar(team.base.db().connection(),
                                   QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'owner_id' "
                                                  "AND old_value IS NULL AND user_id = ?"),
                                   {team.headId})
                  .toLongLong()
              == 10);
    }
    SECTION("by weights 3:2")
    {
        const AssignmentPlan plan = assignment.plan(unassigned, {team.caller1Id, team.caller2Id}, {3, 2});
        CHECK(plan.shares.at(0).companies == 6);
        CHECK(plan.shares.at(1).companies == 4);
        assignment.apply(plan);
        CHECK(countWhere(team, QStringLiteral("owner_id = ? AND stage = 'cold'"), {team.caller1Id}) == 1 + 6);
    }
    SECTION("all to one, then undone from the history")
    {
        const qint64 id = assignment.apply(assignment.plan(unassigned, {team.caller2Id}));
        CHECK(countWhere(team, QStringLiteral("owner_id = ?"), {team.caller2Id}) == 1 + 10);
        // One of them changes hands afterwards: the undo leaves it where it is now.
        const qint64 moved
            = SqlStatement::scalar(team.base.db().connection(),
                                   QStringLiteral("SELECT min(id) FROM companies WHERE name LIKE 'Пул%'"))
                  .toLongLong();
        SqlStatement::run(team.base.db().connection(), QStringLiteral("UPDATE companies SET owner_id = ? WHERE id = ?"),
                          {team.caller1Id, moved});
        CHECK(assignment.undo(id) == 9);
        CHECK(countWhere(team, QStringLiteral("owner_id IS NULL"), {}) == 9);
        CHECK(countWhere(team, QStringLiteral("id = ? AND owner_id = ?"), {moved, team.caller1Id}) == 1);
        CHECK(assignment.history().constFirst().undoneAt.isValid());
        CHECK_THROWS_AS(assignment.undo(id), TeamError);
    }
}

TEST_CASE("Assign: a person's companies, a batch, a selection", "[team][assign]")
{
    TeamFixture team;
    CompanyAssignment assignment(team.base.context());
    SECTION("reassigning a caller's companies to another")
    {
        AssignmentSelection from;
        from.kind = AssignmentSelection::Kind::From;
        from.fromUserId = team.caller1Id;
        const AssignmentPlan plan = assignment.plan(from, {team.caller2Id});
        CHECK(plan.shares.constFirst().companies == 3);
        assignment.apply(plan);
        CHECK(countWhere(team, QStringLiteral("owner_id = ?"), {team.caller1Id}) == 0);
    }
    SECTION("a selection, leaving out lost companies")
    {
        AssignmentSelection picked;
        picked.kind = AssignmentSelection::Kind::Companies;
        picked.companyIds = {team.company.value(QStringLiteral("pool")), team.company.value(QStringLiteral("lost"))};
        const AssignmentPlan plan = assignment.plan(picked, {team.caller2Id});
        CHECK(plan.companyIds == QList<qint64>{team.company.value(QStringLiteral("pool"))});
    }
    SECTION("a batch: its companies still cold or being called")
    {
        SqlStatement::run(team.base.db().connection(),
                          QStringLiteral("INSERT INTO import_batches (file_name, user_id, started_at, created_at, "
                                         "finished_at, state) VALUES ('list.csv', 1, '2026-01-01T00:00:00.000Z', "
                                         "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'done')"));
        const qint64 batch
            = SqlStatement::scalar(team.base.db().connection(), QStringLiteral("SELECT max(id) FROM import_batches"))
                  .toLongLong();
        SqlStatement::run(team.base.db().connection(),
                          QStringLiteral("UPDATE companies SET import_batch_id = ? WHERE id IN (?, ?, ?)"),
                          {batch, team.company.value(QStringLiteral("pool")),
                           team.company.value(QStringLiteral("cold2")), team.company.value(QStringLiteral("meeting"))});
        AssignmentSelection ofBatch;
        ofBatch.kind = AssignmentSelection::Kind::Batch;
        ofBatch.batchId = batch;
        CHECK(assignment.plan(ofBatch, {team.caller1Id}).companyIds.size() == 2);
    }
}

TEST_CASE("Assign: bad input is refused before anything changes", "[team][assign]")
{
    TeamFixture team;
    CompanyAssignment assignment(team.base.context());
    AssignmentSelection unassigned;
    CHECK_THROWS_AS(assignment.plan(unassigned, {}), TeamError);
    CHECK_THROWS_AS(assignment.plan(unassigned, {team.caller1Id}, {1, 2}), TeamError);
    CHECK_THROWS_AS(assignment.plan(unassigned, {team.caller1Id, team.caller1Id}), TeamError);
    CHECK_THROWS_AS(assignment.plan(unassigned, {9999}), TeamError);
    UserAdministration(team.base.context()).deactivate(QStringLiteral("caller2"), {QStringLiteral("caller1")});
    try {
        assignment.plan(unassigned, {team.caller2Id});
        FAIL("assigned to a deactivated person");
    } catch (const TeamError &error) {
        CHECK(error.kind() == TeamError::Kind::InactiveUser);
        CHECK(error.message().contains(QStringLiteral("Мария Голосова")));
    }
    // A caller may not hand out once sign-in is on.
    UserAdministration(team.base.context()).setPassword(QStringLiteral("head"), QStringLiteral("начальник"));
    CHECK_THROWS_AS(CompanyAssignment(team.base.contextAs(team.caller1Id)).plan(unassigned, {team.caller1Id}),
                    TeamError);
}

TEST_CASE("Assign: two heads hand out the same companies at once, the second is refused with who and when",
          "[team][assign]")
{
    TeamFixture team;
    addPool(team, 4);
    const qint64 secondHead
        = createUser(team.base, QStringLiteral("head2"), QStringLiteral("Вера Вторая"), UserRole::Head);
    AssignmentSelection unassigned;
    const AssignmentPlan mine = CompanyAssignment(team.base.context()).plan(unassigned, {team.caller1Id});
    const AssignmentPlan theirs = CompanyAssignment(team.base.contextAs(secondHead)).plan(unassigned, {team.caller2Id});
    CompanyAssignment(team.base.contextAs(secondHead)).apply(theirs);
    try {
        CompanyAssignment(team.base.context()).apply(mine);
        FAIL("both hand-outs went through");
    } catch (const TeamError &error) {
        CHECK(error.kind() == TeamError::Kind::Conflict);
        CHECK(error.message().contains(QStringLiteral("Вера Вторая")));
    }
    // Nothing of the refused one is written: every company is the second head's caller's, one hand-out in the history.
    CHECK(countWhere(team, QStringLiteral("owner_id = ? AND stage = 'cold'"), {team.caller2Id}) == 1 + 5);
    CHECK(countWhere(team, QStringLiteral("owner_id = ? AND stage = 'cold'"), {team.caller1Id}) == 1);
    CHECK(CompanyAssignment(team.base.context()).history().size() == 1);
}
