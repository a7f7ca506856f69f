#include "FunnelFixture.h"
#include "reminders/ReminderService.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/WriteTransaction.h"

#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::FunnelFixture;

namespace {

// What the service raised, in the order it raised it.
struct Raised
{
    explicit Raised(ReminderService &service)
    {
        QObject::connect(&service, &ReminderService::due, [this](const QList<Task> &tasks, int notListed) {
            due.append(tasks);
            dueNotListed.append(notListed);
        });
        QObject::connect(&service, &ReminderService::missed, [this](const QList<Task> &tasks, int notListed) {
            missed.append(tasks);
            missedNotListed.append(notListed);
        });
        QObject::connect(&service, &ReminderService::changedElsewhere, [this] { ++changedElsewhere; });
    }

    QList<QList<Task>> due;
    QList<QList<Task>> missed;
    // How many more each emission raised without listing them.
    QList<int> dueNotListed;
    QList<int> missedNotListed;
    int changedElsewhere = 0;
};

QList<qint64> ids(const QList<Task> &tasks)
{
    QList<qint64> result;
    for (const Task &task : tasks)
        result.append(task.id);
    return result;
}

qint64 addTask(FunnelFixture &f, qint64 assigneeId, qint64 dueInSeconds, TaskKind kind = TaskKind::Callback)
{
    Task task;
    task.companyId = f.companyId;
    task.assigneeId = assigneeId;
    task.kind = kind;
    task.dueAt = f.later(dueInSeconds);
    TaskRepository(f.asCaller()).create(task);
    return task.id;
}

} // namespace

TEST_CASE("A reminder is raised once when its time comes", "[reminders]")
{
    FunnelFixture f;
    const qint64 soon = addTask(f, f.callerId, 600);
    const qint64 later = addTask(f, f.callerId, 1200, TaskKind::Meeting);
    addTask(f, f.closerId, 300); // someone else's
    ReminderService service(f.asCaller());
    Raised raised(service);
    service.start();
    CHECK(raised.due.isEmpty());
    CHECK(raised.missed.isEmpty());
    CHECK(service.nextReminderAt() == f.later(600));
    CHECK(service.armedIntervalMs() == 600'000);

    f.base.clock().advanceSeconds(599);
    service.checkNow();
    CHECK(raised.due.isEmpty());
    CHECK(service.armedIntervalMs() == 1000);

    f.base.clock().advanceSeconds(1);
    service.checkNow();
    REQUIRE(raised.due.size() == 1);
    CHECK(ids(raised.due.at(0)) == QList<qint64>{soon});
    CHECK(raised.due.at(0).at(0).remindedAt == f.later(0));
    CHECK(TaskRepository(f.asCaller()).find(soon)->remindedAt == f.later(0));
    CHECK(TaskRepository(f.asCaller()).find(soon)->version == 1);
    CHECK(service.nextReminderAt() == f.later(600));

    service.checkNow();
    service.tasksChanged();
    CHECK(raised.due.size() == 1);

    f.base.clock().advanceSeconds(3600);
    service.checkNow();
    REQUIRE(raised.due.size() == 2);
    CHECK(ids(raised.due.at(1)) == QList<qint64>{later});
    CHECK_FALSE(service.nextReminderAt().isValid());
    CHECK(service.armedIntervalMs() == -1);
    CHECK(raised.missed.isEmpty());
}

TEST_CASE("Reminders that came while the app was closed are raised once as missed", "[reminders]")
{
    FunnelFixture f;
    const qint64 yesterday = addTask(f, f.callerId, -86400);
    const qint64 hourAgo = addTask(f, f.callerId, -3600);
    const qint64 rightNow = addTask(f, f.callerId, 0);
    {
        ReminderService service(f.asCaller());
        Raised raised(service);
        service.start();
        REQUIRE(raised.missed.size() == 1);
        CHECK(ids(raised.missed.at(0)) == QList<qint64>{yesterday, hourAgo});
        REQUIRE(raised.due.size() == 1);
        CHECK(ids(raised.due.at(0)) == QList<qint64>{rightNow});
        service.start();
        CHECK(raised.missed.size() == 1);
    }
    // The next start of the app (or another desktop of the same user) raises none of them again.
    f.base.clock().advanceSeconds(60);
    ReminderService restarted(f.asCaller());
    Raised again(restarted);
    restarted.start();
    CHECK(again.missed.isEmpty());
    CHECK(again.due.isEmpty());
}

TEST_CASE("A snoozed reminder is raised again at the snooze time, a done one never", "[reminders]")
{
    FunnelFixture f;
    const qint64 callback = addTask(f, f.callerId, 60);
    const qint64 meeting = addTask(f, f.callerId, 120, TaskKind::Meeting);
    ReminderService service(f.asCaller());
    Raised raised(service);
    service.start();
    f.base.clock().advanceSeconds(120);
    service.checkNow();
    REQUIRE(raised.due.size() == 1);
    CHECK(ids(raised.due.at(0)) == QList<qint64>{callback, meeting});

    service.snooze(callback, f.later(600));
    service.done(meeting);
    CHECK(TaskRepository(f.asCaller()).find(meeting)->status == TaskStatus::Done);
    CHECK(service.nextReminderAt() == f.later(600));
    CHECK(service.armedIntervalMs() == 600'000);

    f.base.clock().advanceSeconds(600);
    service.checkNow();
    REQUIRE(raised.due.size() == 2);
    CHECK(ids(raised.due.at(1)) == QList<qint64>{callback});
    CHECK(raised.due.at(1).at(0).remindAt() == f.later(0));
}

TEST_CASE("Snoozing or closing a missing or closed task through the service is refused", "[reminders][bad-input]")
{
    FunnelFixture f;
    const qint64 task = addTask(f, f.callerId, 60);
    ReminderService service(f.asCaller());
    service.start();
    CHECK_THROWS_AS(service.snooze(999999, f.later(600)), StorageError);
    CHECK_THROWS_AS(service.done(999999), StorageError);
    CHECK_THROWS_AS(service.snooze(task, QDateTime()), StorageError);
    service.done(task);
    CHECK_THROWS_AS(service.done(task), StorageError);
    CHECK_THROWS_AS(service.snooze(task, f.later(600)), StorageError);
    CHECK_FALSE(service.nextReminderAt().isValid());
}

TEST_CASE("The reminder timer is capped at an hour and follows the clock set forwards or backwards", "[reminders]")
{
    FunnelFixture f;
    const qint64 task = addTask(f, f.callerId, 3 * 86400);
    ReminderService service(f.asCaller());
    Raised raised(service);
    service.start();
    CHECK(service.armedIntervalMs() == ReminderService::maxTimerIntervalMs);

    // Set back a day: nothing is raised, the interval is measured from the new time.
    f.base.clock().advanceSeconds(-86400);
    service.checkExternalChanges();
    CHECK(raised.due.isEmpty());
    CHECK(service.armedIntervalMs() == ReminderService::maxTimerIntervalMs);

    // Set forwards past the due time: the next cheap check raises it without waiting for the timer.
    f.base.clock().advanceSeconds(5 * 86400);
    service.checkExternalChanges();
    REQUIRE(raised.due.size() == 1);
    CHECK(ids(raised.due.at(0)) == QList<qint64>{task});
    CHECK(raised.changedElsewhere == 0);

    addTask(f, f.callerId, 120);
    service.tasksChanged();
    CHECK(service.armedIntervalMs() == 120'000);
}

TEST_CASE("A change by another process re-arms the reminder, and only one desktop raises it", "[reminders]")
{
    FunnelFixture f;
    ReminderService service(f.asCaller());
    Raised raised(service);
    service.start();
    CHECK_FALSE(service.nextReminderAt().isValid());

    auto otherDesktop = Database::open(f.base.path());
    DataContext other{*otherDesktop, f.base.clock(), f.callerId};
    Task task;
    task.companyId = f.companyId;
    task.assigneeId = f.callerId;
    task.kind = TaskKind::Callback;
    task.dueAt = f.later(300);
    TaskRepository(other).create(task);

    service.checkExternalChanges();
    CHECK(raised.changedElsewhere == 1);
    CHECK(service.nextReminderAt() == f.later(300));
    CHECK(service.armedIntervalMs() == 300'000);
    service.checkExternalChanges();
    CHECK(raised.changedElsewhere == 1);

    ReminderService secondDesktop(other);
    Raised raisedThere(secondDesktop);
    secondDesktop.start();
    f.base.clock().advanceSeconds(300);
    secondDesktop.checkNow();
    service.checkNow();
    REQUIRE(raisedThere.due.size() == 1);
    CHECK(raised.due.isEmpty());
}

TEST_CASE("Thousands of reminders at once are raised in one emission, the earliest listed and the rest counted",
          "[reminders]")
{
    FunnelFixture f;
    {
        WriteTransaction transaction(f.base.db());
        for (int i = 0; i < 3000; ++i)
            addTask(f, f.callerId, 60 + i % 7);
        transaction.commit();
    }
    ReminderService service(f.asCaller());
    Raised raised(service);
    service.start();
    f.base.clock().advanceSeconds(3600);
    service.checkNow();
    REQUIRE(raised.due.size() == 1);
    CHECK(raised.due.at(0).size() == ReminderService::listedAtMost);
    CHECK(raised.dueNotListed.at(0) == 3000 - ReminderService::listedAtMost);
    CHECK(raised.due.at(0).first().dueAt == f.later(60 - 3600));
    CHECK(raised.due.at(0).last().dueAt == f.later(60 - 3600));
    CHECK(f.count(QStringLiteral("tasks WHERE reminded_at IS NULL")) == 0);
    CHECK_FALSE(service.nextReminderAt().isValid());
}

namespace {
// 1,000 of the caller's tasks, one a second from `firstInSeconds` on, made in one transaction.
QList<qint64> addBacklog(FunnelFixture &f, qint64 firstInSeconds)
{
    QList<qint64> made;
    WriteTransaction transaction(f.base.db());
    for (int i = 0; i < 1000; ++i)
        made.append(addTask(f, f.callerId, firstInSeconds + i));
    transaction.commit();
    return made;
}
} // namespace

TEST_CASE("A backlog of reminders is raised a bounded part a check, earliest first, each once", "[reminders][backlog]")
{
    FunnelFixture f;
    const QList<qint64> backlog = addBacklog(f, 60);
    ReminderService service(f.asCaller());
    service.setBounds(100, 300);
    Raised raised(service);
    service.start();
    CHECK(raised.due.isEmpty());
    f.base.clock().advanceSeconds(3600);

    service.checkNow();
    REQUIRE(raised.due.size() == 1);
    CHECK(ids(raised.due.at(0)) == backlog.mid(0, 100)); // the earliest
    CHECK(raised.dueNotListed.at(0) == 200);
    CHECK(f.count(QStringLiteral("tasks WHERE reminded_at IS NOT NULL")) == 300);
    // The rest is due already: the next check is armed at once.
    CHECK(service.armedIntervalMs() == 0);

    service.checkNow();
    service.tasksChanged();
    service.checkExternalChanges();
    REQUIRE(raised.due.size() == 4);
    CHECK(ids(raised.due.at(1)) == backlog.mid(300, 100));
    CHECK(raised.dueNotListed == QList<int>{200, 200, 200, 0});
    CHECK(ids(raised.due.at(3)) == backlog.mid(900, 100));
    CHECK(f.count(QStringLiteral("tasks WHERE reminded_at IS NULL")) == 0);
    CHECK_FALSE(service.nextReminderAt().isValid());

    // Raised, all of them: neither another check nor a restart raises one again.
    service.checkNow();
    CHECK(raised.due.size() == 4);
    ReminderService restarted(f.asCaller());
    Raised again(restarted);
    restarted.start();
    CHECK(again.due.isEmpty());
    CHECK(again.missed.isEmpty());
    CHECK(raised.missed.isEmpty());
}

TEST_CASE("With the default bounds 1,000 due reminders list the earliest 100 and count 900 more, once",
          "[reminders][backlog]")
{
    FunnelFixture f;
    const QList<qint64> backlog = addBacklog(f, 60);
    ReminderService service(f.asCaller());
    Raised raised(service);
    service.start();
    f.base.clock().advanceSeconds(3600);
    service.checkNow();
    service.checkNow();
    REQUIRE(raised.due.size() == 1);
    CHECK(ids(raised.due.at(0)) == backlog.mid(0, 100));
    CHECK(raised.dueNotListed == QList<int>{900});
    service.stop();
    ReminderService restarted(f.asCaller());
    Raised again(restarted);
    restarted.start();
    CHECK(again.due.isEmpty());
    CHECK(again.missed.isEmpty());
}

TEST_CASE("A backlog missed while the app was closed stays missed over the checks it takes", "[reminders][backlog]")
{
    FunnelFixture f;
    // Due while the app ran, closed before its check: due at the next start, not missed.
    const qint64 whileOpen = addTask(f, f.callerId, 100);
    {
        ReminderService service(f.asCaller());
        service.start();
        f.base.clock().advanceSeconds(120);
    } // closed: last seen now
    // Closed for a day: the sweep made 1,000 reminders due meanwhile, and one is due just as Voronka starts.
    const QList<qint64> backlog = addBacklog(f, 3600);
    f.base.clock().advanceSeconds(86400);
    const qint64 rightNow = addTask(f, f.callerId, 0);
    ReminderService service(f.asCaller());
    service.setBounds(100, 400);
    Raised raised(service);
    service.start();
    // The first check: 400 of the missed ones, nothing due yet.
    REQUIRE(raised.missed.size() == 1);
    CHECK(ids(raised.missed.at(0)) == backlog.mid(0, 100));
    CHECK(raised.missedNotListed.at(0) == 300);
    CHECK(raised.due.isEmpty());
    CHECK(service.armedIntervalMs() == 0);

    service.checkNow();
    service.checkNow();
    REQUIRE(raised.missed.size() == 3);
    CHECK(raised.missedNotListed == QList<int>{300, 300, 100});
    CHECK(ids(raised.missed.at(2)) == backlog.mid(800, 100));
    // The last check had room left: the due ones (the one from before the close, and the one at start) came too.
    REQUIRE(raised.due.size() == 1);
    CHECK(ids(raised.due.at(0)) == QList<qint64>{whileOpen, rightNow});
    CHECK(raised.dueNotListed.at(0) == 0);

    // Later reminders in that window (one made due yesterday now) are due, not missed: the window is closed.
    const qint64 latecomer = addTask(f, f.callerId, -3600);
    service.tasksChanged();
    REQUIRE(raised.due.size() == 2);
    CHECK(ids(raised.due.at(1)) == QList<qint64>{latecomer});
    CHECK(raised.missed.size() == 3);
}

TEST_CASE("A read-only base raises each reminder once without writing", "[reminders]")
{
    FunnelFixture f;
    const qint64 past = addTask(f, f.callerId, -60);
    const qint64 soon = addTask(f, f.callerId, 60);
    f.base.reopen(DatabaseOptions{true, true, 5000});
    ReminderService service(f.asCaller());
    Raised raised(service);
    service.start();
    REQUIRE(raised.missed.size() == 1);
    CHECK(ids(raised.missed.at(0)) == QList<qint64>{past});
    CHECK(service.nextReminderAt() == f.later(60));
    f.base.clock().advanceSeconds(60);
    service.checkNow();
    service.checkNow();
    REQUIRE(raised.due.size() == 1);
    CHECK(ids(raised.due.at(0)) == QList<qint64>{soon});
    CHECK_FALSE(service.nextReminderAt().isValid());
    CHECK(f.count(QStringLiteral("tasks WHERE reminded_at IS NOT NULL")) == 0);
}

TEST_CASE("The next reminder and the due reminders are read through the reminder index", "[reminders]")
{
    FunnelFixture f;
    // The plans of the very statements TaskRepository runs, with the values it binds.
    const auto plan = [&](const QString &sql, const QVariantList &values) {
        SqlStatement explain(f.base.db().connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        for (const QVariant &value : values)
            explain.bind(value);
        explain.exec();
        QStringList details;
        while (explain.next())
            details.append(explain.value(3).toString());
        return details.join(QStringLiteral(" | "));
    };
    const QString time = QStringLiteral("2026-11-25T09:00:00.000Z");
    const QString next = plan(TaskRepository::nextReminderStatement(false), {f.callerId});
    INFO(next.toStdString());
    CHECK(next.contains(QStringLiteral("USING INDEX tasks_remind (assignee_id=?)")));
    CHECK_FALSE(next.contains(QStringLiteral("TEMP B-TREE")));
    const QString nextAfter = plan(TaskRepository::nextReminderStatement(true), {f.callerId, time});
    INFO(nextAfter.toStdString());
    CHECK(nextAfter.contains(QStringLiteral("USING INDEX tasks_remind (assignee_id=? AND <expr>>?)")));
    CHECK_FALSE(nextAfter.contains(QStringLiteral("TEMP B-TREE")));
    const QString due = plan(TaskRepository::dueRemindersStatement(), {f.callerId, time});
    INFO(due.toStdString());
    CHECK(due.contains(QStringLiteral("USING INDEX tasks_remind (assignee_id=? AND <expr><?)")));
    // A bounded take reads in the index's order (no sort of 50,000 rows for the first 100) and marks through it.
    const QString taken = plan(TaskRepository::takeRemindersStatement(false, false), {f.callerId, time, 100});
    INFO(taken.toStdString());
    CHECK(taken.contains(QStringLiteral("USING INDEX tasks_remind (assignee_id=? AND <expr><?)")));
    CHECK_FALSE(taken.contains(QStringLiteral("TEMP B-TREE")));
    const QString window
        = plan(TaskRepository::takeRemindersStatement(true, true), {f.callerId, time, time, time, 100});
    INFO(window.toStdString());
    CHECK(window.contains(QStringLiteral("USING INDEX tasks_remind (assignee_id=? AND <expr>>? AND <expr><?)")));
    CHECK_FALSE(window.contains(QStringLiteral("TEMP B-TREE")));
    const QString mark = plan(TaskRepository::markRemindedStatement(false, false), {time, f.callerId, time, 100});
    INFO(mark.toStdString());
    CHECK(mark.contains(QStringLiteral("USING INDEX tasks_remind (assignee_id=? AND <expr><?)")));
    CHECK(mark.contains(QStringLiteral("USING INTEGER PRIMARY KEY (rowid=?)")));
    CHECK_FALSE(mark.contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("A locked base makes a check fail once and the next check after it raises the reminders", "[reminders]")
{
    FunnelFixture f;
    const qint64 task = addTask(f, f.callerId, -60);
    f.base.reopen(DatabaseOptions{true, false, 20});
    auto otherDesktop = Database::open(f.base.path());
    SqlStatement::run(otherDesktop->connection(), QStringLiteral("BEGIN IMMEDIATE"));

    ReminderService service(f.asCaller());
    Raised raised(service);
    QStringList failures;
    QObject::connect(&service, &ReminderService::checkFailed,
                     [&](const QString &message) { failures.append(message); });
    service.start();
    service.checkNow();
    service.checkExternalChanges();
    CHECK(failures.size() == 1);
    CHECK_FALSE(failures.value(0).isEmpty());
    CHECK(raised.due.isEmpty());

    SqlStatement::run(otherDesktop->connection(), QStringLiteral("ROLLBACK"));
    service.checkExternalChanges();
    REQUIRE(raised.due.size() == 1);
    CHECK(ids(raised.due.at(0)) == QList<qint64>{task});
    CHECK(failures.size() == 1);
}

TEST_CASE("A missed backlog that ends on a full check closes the missed window all the same", "[reminders][backlog]")
{
    FunnelFixture f;
    const QList<qint64> backlog = addBacklog(f, -7200); // came while Voronka was closed (never started before)
    ReminderService service(f.asCaller());
    service.setBounds(100, 500);
    Raised raised(service);
    service.start();
    service.checkNow();
    REQUIRE(raised.missedNotListed == QList<int>{400, 400});
    CHECK_FALSE(service.nextReminderAt().isValid());
    service.checkExternalChanges();

    // A task made now, due an hour ago (before the start): it did not come while the app was closed.
    const qint64 latecomer = addTask(f, f.callerId, -3600);
    service.tasksChanged();
    REQUIRE(raised.due.size() == 1);
    CHECK(ids(raised.due.at(0)) == QList<qint64>{latecomer});
    CHECK(raised.missed.size() == 2);
}

TEST_CASE("A check with nothing due takes no write lock, so another connection's long write does not hold it up",
          "[reminders]")
{
    FunnelFixture f;
    const qint64 task = addTask(f, f.callerId, 600);
    f.base.reopen(DatabaseOptions{true, false, 20});
    ReminderService service(f.asCaller());
    Raised raised(service);
    QStringList failures;
    QObject::connect(&service, &ReminderService::checkFailed,
                     [&](const QString &message) { failures.append(message); });
    service.start();

    // A colleague's undo holds the write lock for a step; it has written (data_version moves), so the watch check
    // looks at the reminders again.
    auto otherDesktop = Database::open(f.base.path());
    SqlStatement::run(otherDesktop->connection(), QStringLiteral("BEGIN IMMEDIATE"));
    SqlStatement::run(otherDesktop->connection(), QStringLiteral("UPDATE tasks SET note = 'x' WHERE id = ?"), {task});
    service.checkExternalChanges();
    service.checkNow();
    service.tasksChanged();
    CHECK(failures.isEmpty());
    CHECK(service.nextReminderAt() == f.later(600));

    // Once one is due, it has to be marked: that waits for the lock, and the check after the commit raises it.
    f.base.clock().advanceSeconds(600);
    service.checkNow();
    CHECK(failures.size() == 1);
    SqlStatement::run(otherDesktop->connection(), QStringLiteral("COMMIT"));
    service.checkNow();
    REQUIRE(raised.due.size() == 1);
    CHECK(ids(raised.due.at(0)) == QList<qint64>{task});
}

TEST_CASE("The armed timer raises the reminder by itself when its time comes", "[reminders]")
{
    FunnelFixture f;
    Task task;
    task.companyId = f.companyId;
    task.assigneeId = f.callerId;
    task.kind = TaskKind::Callback;
    task.dueAt = f.base.clock().nowUtc().addMSecs(50);
    TaskRepository(f.asCaller()).create(task);
    ReminderService service(f.asCaller());
    Raised raised(service);
    service.start();
    CHECK(service.armedIntervalMs() == 50);

    // The fake clock stands for the 50 ms the event loop waits.
    f.base.clock().set(task.dueAt);
    QEventLoop loop;
    QObject::connect(&service, &ReminderService::due, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(raised.due.size() == 1);
    CHECK(ids(raised.due.at(0)) == QList<qint64>{task.id});
}

TEST_CASE("Only what came due while Voronka was closed for the user is missed at the next start", "[reminders][missed]")
{
    FunnelFixture f;
    // 9:00: the caller starts Voronka and works until 12:00.
    const qint64 shownWhileOpen = addTask(f, f.callerId, 3600); // 10:00
    const qint64 notYetShown = addTask(f, f.callerId, 3 * 3600 - 60); // 11:59, the app closed before its check
    const qint64 whileClosed = addTask(f, f.callerId, 4 * 3600); // 13:00, the app was closed
    const qint64 someoneElses = addTask(f, f.closerId, 3600);
    {
        ReminderService service(f.asCaller());
        Raised raised(service);
        service.start();
        CHECK(raised.missed.isEmpty());
        f.base.clock().advanceSeconds(3600);
        service.checkNow();
        REQUIRE(raised.due.size() == 1);
        CHECK(ids(raised.due.at(0)) == QList<qint64>{shownWhileOpen});
        // The watch check keeps the last-seen time fresh while the app runs: at most a few minutes old.
        f.base.clock().advanceSeconds(2 * 3600); // 12:00
        CHECK(service.lastSeenAt() == f.later(-2 * 3600));
        // (The 11:59 reminder is not raised before the app closes at 12:00.)
    }
    const QDateTime closedAt = f.base.clock().nowUtc();
    // 14:00: Voronka starts again.
    f.base.clock().advanceSeconds(2 * 3600);
    ReminderService restarted(f.asCaller());
    CHECK(restarted.lastSeenAt() == closedAt);
    Raised again(restarted);
    restarted.start();
    REQUIRE(again.missed.size() == 1);
    CHECK(ids(again.missed.at(0)) == QList<qint64>{whileClosed});
    // Due at 11:59, while the app ran: raised as due, not as missed while away.
    REQUIRE(again.due.size() == 1);
    CHECK(ids(again.due.at(0)) == QList<qint64>{notYetShown});
    CHECK(restarted.lastSeenAt() == f.base.clock().nowUtc());
    CHECK_FALSE(TaskRepository(f.asCaller()).find(someoneElses)->remindedAt.isValid());

    SECTION("The last-seen time is the user's own: a colleague's start counts everything before it as missed")
    {
        const qint64 closers = addTask(f, f.closerId, -60);
        ReminderService closerService(f.asCloser());
        Raised closerRaised(closerService);
        closerService.start();
        REQUIRE(closerRaised.missed.size() == 1);
        CHECK(ids(closerRaised.missed.at(0)) == QList<qint64>{someoneElses, closers});
    }
}

TEST_CASE("The last-seen time is written on checks only every few minutes", "[reminders][missed]")
{
    FunnelFixture f;
    ReminderService service(f.asCaller());
    service.start();
    const QDateTime started = f.base.clock().nowUtc();
    CHECK(service.lastSeenAt() == started);
    f.base.clock().advanceSeconds(ReminderService::lastSeenIntervalMs / 1000 - 1);
    service.checkExternalChanges();
    CHECK(service.lastSeenAt() == started); // no write every three seconds on a shared file
    f.base.clock().advanceSeconds(1);
    service.checkExternalChanges();
    CHECK(service.lastSeenAt() == f.base.clock().nowUtc());
    f.base.clock().advanceSeconds(10);
    service.stop();
    CHECK(service.lastSeenAt() == f.base.clock().nowUtc());
}

TEST_CASE("A callback this app makes in another window is armed at the next watch check", "[reminders]")
{
    FunnelFixture f;
    addTask(f, f.callerId, 3000);
    ReminderService service(f.asCaller());
    Raised raised(service);
    int changedHere = 0;
    QObject::connect(&service, &ReminderService::changedHere, [&changedHere] { ++changedHere; });
    service.start();
    CHECK(service.nextReminderAt() == f.later(3000));

    // Call mode writes on the same connection: PRAGMA data_version does not move, and no window tells the service.
    const CallResult callback = f.callsAs(f.callerId).callbackAt(f.companyId, 1, f.later(600));
    service.checkExternalChanges();
    CHECK(service.nextReminderAt() == f.later(600));
    CHECK(changedHere == 1);
    CHECK(raised.changedElsewhere == 0);
    // Its own marks and heartbeats do not count as news.
    service.checkExternalChanges();
    CHECK(changedHere == 1);
    f.base.clock().advanceSeconds(600);
    service.checkExternalChanges();
    REQUIRE(raised.due.size() == 1);
    CHECK(ids(raised.due.at(0)) == QList<qint64>{callback.taskId});
    service.checkExternalChanges();
    CHECK(changedHere == 1);
}

TEST_CASE("The watch check does not wait while another connection commits, and the next check raises what came",
          "[reminders]")
{
    FunnelFixture f;
    ReminderService service(f.asCaller());
    Raised raised(service);
    QStringList failures;
    QObject::connect(&service, &ReminderService::checkFailed,
                     [&](const QString &message) { failures.append(message); });
    service.start();
    const qint64 task = addTask(f, f.callerId, -60);
    const qint64 waitsBefore = f.base.db().busyStatistics().waits;

    // A colleague's write step in the middle of its commit: in rollback-journal mode no one may even read.
    auto otherDesktop = Database::open(f.base.path());
    SqlStatement::run(otherDesktop->connection(), QStringLiteral("BEGIN EXCLUSIVE"));
    service.checkExternalChanges();
    CHECK(raised.due.isEmpty());
    CHECK(failures.isEmpty());
    // The window's connection did not wait for the lock (it would have, up to the busy timeout, and then failed).
    CHECK(f.base.db().busyStatistics().waits == waitsBefore);

    SqlStatement::run(otherDesktop->connection(), QStringLiteral("ROLLBACK"));
    service.checkExternalChanges();
    REQUIRE(raised.due.size() == 1);
    CHECK(ids(raised.due.at(0)) == QList<qint64>{task});
    CHECK(failures.isEmpty());
}
