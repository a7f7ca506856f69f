#include "funnel/CallOutcomes.h"
#include "reminders/ReminderService.h"
#include "shell/BackgroundBackup.h"
#include "shell/MainWindow.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/LostReasonRepository.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"
#include "support/HeldWorker.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"
#include "today/BackgroundTaskSweep.h"
#include "today/ReminderCenter.h"
#include "today/ReminderPopup.h"
#include "today/TaskTableModel.h"
#include "today/TodayView.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
qint64 addCallback(TestDatabase &base, qint64 companyId, qint64 assigneeId, const QDateTime &due, const QString &note)
{
    Task task;
    task.companyId = companyId;
    task.assigneeId = assigneeId;
    task.kind = TaskKind::Callback;
    task.dueAt = due;
    task.note = note;
    TaskRepository(base.context()).create(task);
    return task.id;
}

TaskStatus status(TestDatabase &base, qint64 taskId)
{
    return TaskRepository(base.context()).find(taskId)->status;
}

// The window's task-rule sweep and its backup, held on their worker threads until released (or stopped).
using HeldSweep = HeldWorker<BackgroundTaskSweep>;
using HeldBackup = HeldWorker<BackgroundBackup>;

QList<Task> openReactivations(TestDatabase &base, qint64 companyId)
{
    QList<Task> tasks = TaskRepository(base.context()).listOpenForCompany(companyId);
    tasks.removeIf([](const Task &task) { return task.kind != TaskKind::Reactivation; });
    return tasks;
}
} // namespace

TEST_CASE("The main window raises missed and due reminders, and Done in the popup closes the task",
          "[ui][reminders][mainwindow]")
{
    TestDatabase base;
    const qint64 caller = createUser(base, QStringLiteral("caller"), QStringLiteral("Ирина Звонова"), UserRole::Caller);
    const qint64 company = createCompany(base, QStringLiteral("ООО «Ромашка»"), CompanyStage::Calling, caller);
    const QDateTime now = base.clock().nowUtc();
    // One came due while Voronka was closed; one comes due in an hour; a colleague's is not ours to see.
    const qint64 missed = addCallback(base, company, caller, now.addSecs(-600), QStringLiteral("Просили утром"));
    const qint64 soon = addCallback(base, company, caller, now.addSecs(3600), QStringLiteral("Перезвонить директору"));
    addCallback(base, company, 1, now.addSecs(-600), QStringLiteral("Задача руководителя"));

    const User user = *UserRepository(base.context()).find(caller);
    MainWindow window(base.contextAs(caller), user);
    window.show();
    window.startReminders();

    ReminderPopup *popup = window.reminders()->popup();
    REQUIRE(popup->isVisible());
    CHECK(popup->isMissedList());
    REQUIRE(popup->model()->rowCount() == 1);
    CHECK(popup->model()->contains(missed));
    child<QPushButton>(*popup, "reminderDoneButton")->click();
    CHECK(status(base, missed) == TaskStatus::Done);
    CHECK_FALSE(popup->isVisible());

    // The hour passes: the service's timer would fire now; the popup comes up with the callback.
    base.clock().advanceSeconds(3600);
    window.reminders()->service()->checkNow();
    REQUIRE(popup->isVisible());
    CHECK_FALSE(popup->isMissedList());
    REQUIRE(popup->model()->rowCount() == 1);
    const TaskListRow *row = popup->model()->taskAt(popup->model()->firstTaskRow());
    REQUIRE(row);
    CHECK(row->task.id == soon);
    CHECK(row->companyName == QStringLiteral("ООО «Ромашка»"));

    // Never the same reminder twice: another check raises nothing new.
    popup->hide();
    window.reminders()->service()->checkNow();
    CHECK_FALSE(popup->isVisible());
    CHECK(status(base, soon) == TaskStatus::Open);
}

TEST_CASE("Closing the window quits when reminders are not kept in the tray", "[ui][reminders][mainwindow]")
{
    TestDatabase base;
    const User head = *UserRepository(base.context()).find(1);
    MainWindow window(base.context(), head);
    window.show();
    // The offscreen platform has no tray: there is nothing to come back from, so the window really closes.
    CHECK_FALSE(window.reminders()->keepsRunningInTray());
    CHECK_FALSE(window.reminders()->keepInTrayAction()->isEnabled());
    // Closed inside the running event loop, as a user closes it: the application is asked to quit, so the loop ends
    // by that request (exit code 0), not by the guard that stops a test which would otherwise hang.
    bool closed = false;
    bool guardFired = false;
    QTimer::singleShot(0, &window, [&] { closed = window.close(); });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, [&] {
        guardFired = true;
        QCoreApplication::exit(1);
    });
    guard.start(30000);
    CHECK(QApplication::exec() == 0);
    CHECK(closed);
    CHECK_FALSE(guardFired);
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("A callback on screen leaves the popup when its company is refused in call mode",
          "[ui][reminders][mainwindow]")
{
    TestDatabase base;
    const qint64 caller = createUser(base, QStringLiteral("caller"), QStringLiteral("Ирина Звонова"), UserRole::Caller);
    const qint64 company = createCompany(base, QStringLiteral("ООО «Ромашка»"), CompanyStage::Calling, caller);
    const qint64 callback
        = addCallback(base, company, caller, base.clock().nowUtc().addSecs(600), QStringLiteral("Звонок"));
    const User user = *UserRepository(base.context()).find(caller);
    MainWindow window(base.contextAs(caller), user);
    window.show();
    window.startReminders();
    ReminderPopup *popup = window.reminders()->popup();
    base.clock().advanceSeconds(600);
    window.reminders()->service()->checkNow();
    REQUIRE(popup->isVisible());
    REQUIRE(popup->model()->contains(callback));

    // F4 in call mode (the same connection; no window tells the reminders): the company is lost.
    const qint64 version = CompanyFunnelRepository(base.context()).find(company)->version;
    const qint64 reason = LostReasonRepository(base.context()).list().first().id;
    CallOutcomes(base.contextAs(caller)).refused(company, version, reason);
    CHECK(status(base, callback) == TaskStatus::Cancelled);

    // The next watch check sees the app's own write: the obsolete reminder goes.
    window.reminders()->service()->checkExternalChanges();
    CHECK_FALSE(popup->model()->contains(callback));
    CHECK_FALSE(popup->isVisible());
}

TEST_CASE("The daily task-rule sweep runs on a worker, and its tasks come to Today and the reminders",
          "[ui][reminders][mainwindow][sweep]")
{
    TestDatabase base;
    const qint64 manager
        = createUser(base, QStringLiteral("manager"), QStringLiteral("Олег Клиентов"), UserRole::AccountManager);
    // A client the manager is winning back, with no next step: the sweep gives it one.
    const qint64 company
        = createCompany(base, QStringLiteral("ООО «Старый друг»"), CompanyStage::Reactivation, manager);
    const User user = *UserRepository(base.context()).find(manager);
    HeldSweep held;
    MainWindow window(base.contextAs(manager), user);
    window.show();
    window.showSection(MainWindow::Today);
    QSignalSpy finished(window.reminders(), &ReminderCenter::sweepFinished);
    window.startReminders();

    // The window's thread went on while the sweep waits on its own thread: nothing is made yet.
    REQUIRE(held.arrived.tryAcquire(1, 30000));
    CHECK(held.thread.load() != QThread::currentThread());
    CHECK(window.reminders()->isSweeping());
    CHECK(openReactivations(base, company).isEmpty());
    // Only one sweep at a time: the hourly check while it runs starts none.
    window.reminders()->sweepRulesOncePerDay();
    held.released.release();
    REQUIRE(finished.wait(30000));
    REQUIRE(finished.size() == 1);
    CHECK(finished.first().at(0).toInt() == 1);
    CHECK(held.arrived.available() == 0);

    const QList<Task> made = openReactivations(base, company);
    REQUIRE(made.size() == 1);
    CHECK(made.first().assigneeId == manager);
    // Today shows it without waiting for the file watcher, and the reminder comes up as due.
    CHECK(window.todayView()->model()->contains(made.first().id));
    ReminderPopup *popup = window.reminders()->popup();
    CHECK(popup->isVisible());
    CHECK(popup->model()->contains(made.first().id));

    // Once a day: the hourly check on the same day sweeps no more.
    window.reminders()->sweepRulesOncePerDay();
    CHECK_FALSE(window.reminders()->isSweeping());
}

TEST_CASE("Closing the window while the task-rule sweep runs stops it without a hang", "[ui][reminders][sweep]")
{
    TestDatabase base;
    const qint64 company = createCompany(base, QStringLiteral("ООО «Старый друг»"), CompanyStage::Reactivation, 1);
    const User head = *UserRepository(base.context()).find(1);
    HeldSweep held;
    {
        MainWindow window(base.context(), head);
        window.show();
        window.startReminders();
        REQUIRE(held.arrived.tryAcquire(1, 30000));
        // The window goes while the sweep is held: it is stopped, and the worker waited for.
    }
    CHECK(openReactivations(base, company).isEmpty());
}

TEST_CASE("The first start of the day sweeps the task rules once the daily backup is made", "[ui][reminders][sweep]")
{
    TestDatabase base;
    const qint64 company = createCompany(base, QStringLiteral("ООО «Старый друг»"), CompanyStage::Reactivation, 1);
    const User head = *UserRepository(base.context()).find(1);
    // The backup held on its worker: each of a sweep's commits would make its copy start again.
    HeldBackup held;
    MainWindow window(base.context(), head);
    window.show();
    QSignalSpy swept(window.reminders(), &ReminderCenter::sweepFinished);
    window.startDailyBackup();
    window.startReminders();
    REQUIRE(held.arrived.tryAcquire(1, 30000));
    CHECK_FALSE(window.reminders()->isSweeping());
    CHECK(openReactivations(base, company).isEmpty());

    held.released.release();
    REQUIRE(swept.wait(30000));
    CHECK(openReactivations(base, company).size() == 1);
}

TEST_CASE("A backlog of reminders shows the first hundred in the popup, and its button opens Today",
          "[ui][reminders][mainwindow][backlog]")
{
    TestDatabase base;
    const qint64 caller = createUser(base, QStringLiteral("caller"), QStringLiteral("Ирина Звонова"), UserRole::Caller);
    const qint64 company = createCompany(base, QStringLiteral("ООО «Ромашка»"), CompanyStage::Calling, caller);
    const User user = *UserRepository(base.context()).find(caller);
    MainWindow window(base.contextAs(caller), user);
    window.show();
    window.startReminders();
    window.showSection(MainWindow::ColdBase);
    ReminderPopup *popup = window.reminders()->popup();
    CHECK_FALSE(popup->isVisible());

    // A sweep made 250 reminders due at once (minutes apart, the earliest first).
    QList<qint64> made;
    {
        WriteTransaction transaction(base.db());
        for (int i = 0; i < 250; ++i)
            made.append(addCallback(base, company, caller, base.clock().nowUtc().addSecs(60 * (i - 250)),
                                    QStringLiteral("Реактивация %1").arg(i)));
        transaction.commit();
    }
    window.reminders()->tasksChanged();
    REQUIRE(popup->isVisible());
    REQUIRE(popup->model()->rowCount() == ReminderPopup::maxListed);
    QList<qint64> listed;
    for (const Task &task : popup->model()->tasks())
        listed.append(task.id);
    CHECK(listed == made.mid(0, ReminderPopup::maxListed));
    auto *notListed = child<QLabel>(*popup, "reminderNotListedLabel");
    CHECK(notListed->isVisible());
    CHECK(notListed->text().startsWith(QStringLiteral("150 more reminders came due")));
    CHECK(popup->windowTitle() == QStringLiteral("Reminders due: 250"));
    // Every one of them is raised, the ones not listed too: no check raises them again.
    window.reminders()->service()->checkNow();
    CHECK(popup->notListedCount() == 150);
    CHECK_FALSE(TaskRepository(base.context()).find(made.last())->remindedAt.isNull());

    child<QPushButton>(*popup, "reminderShowTodayButton")->click();
    CHECK(window.currentSection() == MainWindow::Today);
    CHECK(window.isVisible());
    CHECK(popup->isVisible()); // the listed ones are still to handle
}
