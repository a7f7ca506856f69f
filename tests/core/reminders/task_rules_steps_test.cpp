// The task-rule sweep makes a backlog of tasks in short write steps, and a sweep stopped or killed between two
// steps leaves a base the next sweep completes without giving any company a second task.
#include "FunnelFixture.h"
#include "reminders/TaskRules.h"
#include "storage/SqlStatement.h"
#include "storage/SqliteHandle.h"
#include "storage/TaskRepository.h"
#include "storage/WriteTransaction.h"

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::FunnelFixture;

namespace {

constexpr int backlog = 40;
// Steps of no time at all (one task each), without the pause for waiting colleagues: the tests look at the steps.
constexpr StepPacing shortSteps{0, false};

struct BacklogFixture : FunnelFixture
{
    // Companies in reactivation without a next step: the first start of a day after a long break.
    QList<qint64> makeBacklog()
    {
        QList<qint64> ids;
        WriteTransaction transaction(base.db());
        for (int i = 0; i < backlog; ++i)
            ids.append(test::createCompany(base, QStringLiteral("Клиент %1").arg(i), CompanyStage::Reactivation,
                                           accountManagerId));
        transaction.commit();
        return ids;
    }

    // As another desk sees the base: through a connection of its own.
    qint64 openReactivationsSeenElsewhere()
    {
        const std::unique_ptr<Database> other = Database::open(base.path());
        return SqlStatement::scalar(other->connection(),
                                    QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'reactivation' "
                                                   "AND status = 'open'"))
            .toLongLong();
    }

    // Companies with more than one open reactivation task.
    qint64 companiesWithTwoOpen()
    {
        return count(QStringLiteral("(SELECT company_id FROM tasks WHERE kind = 'reactivation' AND status = 'open' "
                                    "GROUP BY company_id HAVING count(*) > 1)"));
    }
};

int countCommit(void *commits)
{
    ++*static_cast<int *>(commits);
    return 0; // let the commit go on
}

} // namespace

TEST_CASE("A sweep with a backlog of tasks commits them in several transactions", "[rules][steps]")
{
    BacklogFixture f;
    f.makeBacklog();
    sqlite3 *handle = sqliteHandleOf(f.base.db().connection());
    REQUIRE(handle);
    int commits = 0;
    sqlite3_commit_hook(handle, &countCommit, &commits);
    const TaskRulesReport report = TaskRules(f.base.context(), shortSteps).run();
    sqlite3_commit_hook(handle, nullptr, nullptr);

    CHECK(report.reactivations == backlog);
    CHECK(report.complete);
    CHECK(f.count(QStringLiteral("tasks WHERE kind = 'reactivation' AND status = 'open'")) == backlog);
    // Not one transaction holding the lock for the whole backlog: a step of no time holds one task.
    CHECK(commits == backlog);
    CHECK(report.steps == commits);
}

TEST_CASE("Other desks see a sweep's tasks land step by step", "[rules][steps]")
{
    BacklogFixture f;
    f.makeBacklog();
    QList<qint64> seenBeforeEachStep;
    const TaskRulesReport report = TaskRules(f.base.context(), shortSteps).run([&] {
        seenBeforeEachStep.append(f.openReactivationsSeenElsewhere());
        return false;
    });
    CHECK(report.reactivations == backlog);
    REQUIRE(seenBeforeEachStep.size() >= 2);
    CHECK(seenBeforeEachStep.first() == 0);
    // Between two steps, a colleague sees what the sweep has committed so far: some, not all.
    CHECK(seenBeforeEachStep.at(1) > 0);
    CHECK(seenBeforeEachStep.at(1) < backlog);
    CHECK(f.openReactivationsSeenElsewhere() == backlog);
}

TEST_CASE("A sweep stopped between steps is completed by the next one without duplicates", "[rules][steps]")
{
    BacklogFixture f;
    const QList<qint64> companies = f.makeBacklog();
    int steps = 0;
    const TaskRulesReport stopped = TaskRules(f.base.context(), shortSteps).run([&] { return ++steps > 1; });
    CHECK_FALSE(stopped.complete);
    REQUIRE(stopped.reactivations == 1);
    // What the report says is what the base holds: the first step's tasks, whole.
    CHECK(f.count(QStringLiteral("tasks WHERE kind = 'reactivation'")) == stopped.reactivations);

    const TaskRulesReport rest = TaskRules(f.base.context(), shortSteps).run();
    CHECK(rest.complete);
    CHECK(rest.reactivations == backlog - stopped.reactivations);
    CHECK(f.count(QStringLiteral("tasks WHERE kind = 'reactivation' AND status = 'open'")) == backlog);
    CHECK(f.companiesWithTwoOpen() == 0);
    for (const qint64 id : {companies.first(), companies.last()})
        CHECK(f.count(QStringLiteral("tasks WHERE kind = 'reactivation' AND company_id = ?"), {id}) == 1);

    // And the morning after, nothing more.
    f.base.clock().advanceSeconds(86400);
    CHECK(TaskRules(f.base.context(), shortSteps).run().reactivations == 0);
}

TEST_CASE("A task a colleague makes while a sweep runs is not made twice", "[rules][steps]")
{
    BacklogFixture f;
    const QList<qint64> companies = f.makeBacklog();
    const qint64 last = companies.last(); // in the sweep's last step
    const qint64 moved = companies.at(companies.size() - 2);
    int steps = 0;
    const TaskRulesReport report = TaskRules(f.base.context(), shortSteps).run([&] {
        if (++steps == 2) {
            // Between two steps, on another desk: a manager plans the call, another wins a client back.
            const std::unique_ptr<Database> other = Database::open(f.base.path());
            Task call;
            call.companyId = last;
            call.assigneeId = f.accountManagerId;
            call.kind = TaskKind::Reactivation;
            call.dueAt = f.later(3600);
            call.note = QStringLiteral("Позвонить в понедельник");
            TaskRepository(DataContext{*other, f.base.clock(), f.accountManagerId}).create(call);
            SqlStatement::run(other->connection(), QStringLiteral("UPDATE companies SET stage = 'client' WHERE id = ?"),
                              {moved});
        }
        return false;
    });
    REQUIRE(steps >= 2);
    CHECK(report.reactivations == backlog - 2);
    CHECK(f.count(QStringLiteral("tasks WHERE kind = 'reactivation' AND company_id = ?"), {last}) == 1);
    CHECK(f.count(QStringLiteral("tasks WHERE note = ? AND company_id = ?"),
                  {QStringLiteral("Позвонить в понедельник"), last})
          == 1);
    CHECK(f.count(QStringLiteral("tasks WHERE company_id = ?"), {moved}) == 0);
    CHECK(f.companiesWithTwoOpen() == 0);
}
