#include "FunnelFixture.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::FunnelFixture;

namespace {
Task makeTask(FunnelFixture &f, TaskKind kind, qint64 dueInSeconds)
{
    Task task;
    task.companyId = f.companyId;
    task.assigneeId = f.callerId;
    task.kind = kind;
    task.dueAt = f.later(dueInSeconds);
    return task;
}
} // namespace

TEST_CASE("Tasks are created, listed open by due time and completed", "[funnel][tasks]")
{
    FunnelFixture f;
    TaskRepository tasks(f.asCaller());
    Task later = makeTask(f, TaskKind::Meeting, 7200);
    Task sooner = makeTask(f, TaskKind::Callback, 3600);
    sooner.note = QStringLiteral("ask for the director");
    tasks.create(later);
    tasks.create(sooner);
    CHECK(sooner.version == 1);

    auto open = tasks.listOpenForCompany(f.companyId);
    REQUIRE(open.size() == 2);
    CHECK(open.at(0).id == sooner.id);
    CHECK(open.at(0).kind == TaskKind::Callback);
    CHECK(open.at(0).note == QStringLiteral("ask for the director"));
    CHECK(open.at(0).dueAt == f.later(3600));
    CHECK(open.at(1).kind == TaskKind::Meeting);

    f.base.clock().advanceSeconds(3700);
    Task done = open.at(0);
    tasks.complete(done);
    CHECK(done.status == TaskStatus::Done);
    CHECK(done.version == 2);
    const auto stored = tasks.find(sooner.id);
    CHECK(stored->status == TaskStatus::Done);
    CHECK(stored->doneAt == f.base.clock().nowUtc());
    open = tasks.listOpenForCompany(f.companyId);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).id == later.id);
}

TEST_CASE("Bad task changes are refused", "[funnel][tasks][bad-input]")
{
    FunnelFixture f;
    TaskRepository tasks(f.asCaller());
    Task noTime = makeTask(f, TaskKind::Callback, 0);
    noTime.dueAt = {};
    CHECK_THROWS_AS(tasks.create(noTime), StorageError);
    CHECK(f.count(QStringLiteral("tasks")) == 0);

    Task task = makeTask(f, TaskKind::Callback, 60);
    tasks.create(task);
    Task stale = task;
    tasks.complete(task);
    try {
        tasks.complete(stale);
        FAIL("a closed task was completed again");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::InvalidData);
    }

    Task other = makeTask(f, TaskKind::Callback, 60);
    tasks.create(other);
    Task mine = other;
    other.note = QStringLiteral("changed");
    tasks.complete(other);
    CHECK_THROWS_AS(tasks.complete(mine), StorageError);
}

TEST_CASE("Open tasks of a kind are cancelled together", "[funnel][tasks]")
{
    FunnelFixture f;
    TaskRepository tasks(f.asCaller());
    Task first = makeTask(f, TaskKind::Callback, 60);
    Task second = makeTask(f, TaskKind::Callback, 120);
    Task meeting = makeTask(f, TaskKind::Meeting, 180);
    tasks.create(first);
    tasks.create(second);
    tasks.create(meeting);
    CHECK(tasks.cancelOpen(f.companyId, TaskKind::Callback) == 2);
    const auto open = tasks.listOpenForCompany(f.companyId);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).id == meeting.id);
    CHECK(tasks.find(first.id)->status == TaskStatus::Cancelled);
}

TEST_CASE("A snoozed task reminds again at the snooze time", "[funnel][tasks]")
{
    FunnelFixture f;
    TaskRepository tasks(f.asCaller());
    Task task = makeTask(f, TaskKind::Callback, 60);
    tasks.create(task);
    CHECK_FALSE(task.snoozedUntil.isValid());
    CHECK(task.remindAt() == f.later(60));
    SqlStatement::run(f.base.db().connection(), QStringLiteral("UPDATE tasks SET reminded_at = due_at WHERE id = ?"),
                      {task.id});
    CHECK(tasks.find(task.id)->remindedAt == f.later(60));

    const QDateTime until = QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone("Europe/Moscow"));
    tasks.snooze(task, until);
    CHECK(task.version == 2);
    CHECK(task.snoozedUntil == until);
    CHECK(task.snoozedUntil.timeSpec() == Qt::UTC);
    const auto stored = tasks.find(task.id);
    CHECK(stored->snoozedUntil == until);
    CHECK(stored->remindAt() == until);
    CHECK(stored->dueAt == f.later(60));
    CHECK_FALSE(stored->remindedAt.isValid());
    CHECK(stored->version == 2);
}

TEST_CASE("Bad snoozes are refused", "[funnel][tasks][bad-input]")
{
    FunnelFixture f;
    TaskRepository tasks(f.asCaller());
    Task task = makeTask(f, TaskKind::Callback, 60);
    tasks.create(task);
    const auto refusal = [&](Task &target, const QDateTime &until) {
        try {
            tasks.snooze(target, until);
        } catch (const StorageError &error) {
            return error.kind();
        }
        FAIL("the snooze was not refused");
        return StorageError::Kind::Io;
    };
    CHECK(refusal(task, QDateTime()) == StorageError::Kind::InvalidData);

    Task stale = task;
    tasks.snooze(task, f.later(600));
    CHECK(refusal(stale, f.later(1200)) == StorageError::Kind::StaleVersion);
    CHECK(tasks.find(task.id)->snoozedUntil == f.later(600));

    Task gone = task;
    gone.id = 999999;
    CHECK(refusal(gone, f.later(1200)) == StorageError::Kind::NotFound);

    Task closed = task;
    tasks.complete(task);
    CHECK(refusal(closed, f.later(1200)) == StorageError::Kind::InvalidData);
    CHECK(refusal(task, f.later(1200)) == StorageError::Kind::InvalidData);
}

TEST_CASE("Which of thousands of tasks are still open is read in a few statements", "[funnel][tasks]")
{
    FunnelFixture f;
    TaskRepository tasks(f.asCaller());
    QList<qint64> ids;
    QSet<qint64> expected;
    for (int i = 0; i < 1203; ++i) {
        Task task = makeTask(f, TaskKind::Callback, 3600 + i);
        tasks.create(task);
        ids.append(task.id);
        if (i % 7 == 3)
            tasks.complete(task); // done: no longer open
        else
            expected.insert(task.id);
    }
    // A task the base no longer has is not open either.
    ids.append(ids.last() + 1000);
    CHECK(tasks.openAmong(ids) == expected);
    CHECK(tasks.openAmong({}).isEmpty());
    CHECK(tasks.openAmong({ids.first()}) == QSet<qint64>{ids.first()});
}
