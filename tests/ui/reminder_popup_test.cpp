#include "common/MessageBox.h"
#include "domain/Phone.h"
#include "storage/CompanyRepository.h"
#include "storage/PhoneRepository.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "storage/WriteTransaction.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"
#include "today/ReminderPopup.h"
#include "today/TaskTableModel.h"
#include "today/TaskTableView.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

using namespace voronka;
using namespace voronka::test;

namespace {
struct Reminders
{
    Reminders()
    {
        Company company = makeCompany(QStringLiteral("АО Вектор"), QStringLiteral("Уфа"));
        CompanyRepository(base.context()).create(company);
        companyId = company.id;
        Phone phone;
        phone.companyId = companyId;
        phone.raw = QStringLiteral("8 (347) 200-00-00");
        phone.e164 = QStringLiteral("+73472000000");
        PhoneRepository(base.context()).create(phone);
        popup = std::make_unique<ReminderPopup>(base.context(), QTimeZone::utc());
    }

    Task addTask(qint64 minutesAgo, const QString &note = QStringLiteral("перезвонить"))
    {
        Task task;
        task.companyId = companyId;
        task.assigneeId = base.context().userId;
        task.kind = TaskKind::Callback;
        task.dueAt = base.clock().nowUtc().addSecs(-60 * minutesAgo);
        task.note = note;
        TaskRepository(base.context()).create(task);
        return task;
    }

    Task stored(qint64 id) { return *TaskRepository(base.context()).find(id); }
    QString cell(int row, int column) const { return popup->model()->index(row, column).data().toString(); }
    QString title() { return child<QLabel>(*popup, "reminderTitle")->text(); }

    TestDatabase base;
    qint64 companyId = 0;
    std::unique_ptr<ReminderPopup> popup;
};
} // namespace

TEST_CASE("The reminder popup lists a due task once with its company, phone and note", "[ui][reminders]")
{
    Reminders reminders;
    CHECK_FALSE(reminders.popup->isVisible());
    const Task task = reminders.addTask(0, QStringLiteral("напомнить про счёт"));
    reminders.popup->addTasks({task});
    reminders.popup->addTasks({task}); // the service reports it again: still one row

    CHECK(reminders.popup->isVisible());
    REQUIRE(reminders.popup->model()->rowCount() == 1);
    CHECK(reminders.cell(0, TaskTableModel::CompanyColumn) == QStringLiteral("АО Вектор"));
    CHECK(reminders.cell(0, TaskTableModel::PhoneColumn) == QStringLiteral("+7 347 200-00-00"));
    CHECK(reminders.cell(0, TaskTableModel::KindColumn) == QStringLiteral("Call back"));
    CHECK(reminders.cell(0, TaskTableModel::NoteColumn) == QStringLiteral("напомнить про счёт"));
    CHECK(reminders.title().contains(QStringLiteral("Reminders due: 1")));
    CHECK(reminders.popup->selectedTask()->task.id == task.id);

    QSignalSpy activated(reminders.popup.get(), &ReminderPopup::companyActivated);
    child<QPushButton>(*reminders.popup, "reminderOpenButton")->click();
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toLongLong() == reminders.companyId);
    CHECK(reminders.popup->model()->rowCount() == 1); // opening the company does not handle the task
}

TEST_CASE("Thousands of due tasks at once list the first hundred and say how many more came", "[ui][reminders]")
{
    Reminders reminders;
    QList<Task> tasks;
    {
        WriteTransaction transaction(reminders.base.db());
        for (int i = 0; i < 3000; ++i)
            tasks.append(reminders.addTask(3000 - i, QStringLiteral("звонок %1").arg(i)));
        transaction.commit();
    }
    auto *notListed = child<QLabel>(*reminders.popup, "reminderNotListedLabel");
    CHECK_FALSE(notListed->isVisible());
    // As the service raises a backlog: the earliest whole, and a count of the others, in parts.
    reminders.popup->addTasks(tasks.mid(0, 150), 1850);
    reminders.popup->addTasks(tasks.mid(0, 50)); // reported again: listed already, not counted again
    reminders.popup->addTasks(tasks.mid(2000, 100), 900);
    REQUIRE(reminders.popup->model()->rowCount() == ReminderPopup::maxListed);
    CHECK(reminders.cell(0, TaskTableModel::NoteColumn) == QStringLiteral("звонок 0"));
    CHECK(reminders.cell(99, TaskTableModel::NoteColumn) == QStringLiteral("звонок 99"));
    CHECK(reminders.popup->notListedCount() == 2900);
    CHECK(notListed->isVisible());
    CHECK(notListed->text()
          == QStringLiteral("2900 more reminders came due and are not listed here: they are in the Today section."));
    CHECK(reminders.title().contains(QStringLiteral("Reminders due: 3000")));

    QSignalSpy today(reminders.popup.get(), &ReminderPopup::todayRequested);
    child<QPushButton>(*reminders.popup, "reminderShowTodayButton")->click();
    CHECK(today.count() == 1);

    SECTION("Done all asks, and No writes nothing")
    {
        MessageBox::setNextAnswer(QMessageBox::No);
        child<QPushButton>(*reminders.popup, "reminderDoneAllButton")->click();
        CHECK(reminders.stored(tasks.first().id).status == TaskStatus::Open);
        CHECK(reminders.popup->model()->rowCount() == ReminderPopup::maxListed);
    }
    SECTION("Done all closes the listed tasks only, says so, and hides the window")
    {
        QSignalSpy changed(reminders.popup.get(), &ReminderPopup::tasksChanged);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(*reminders.popup, "reminderDoneAllButton")->click();
        CHECK(MessageBox::lastText()
              == QStringLiteral("Mark every listed task done (100)? The 2900 reminders not listed here stay open in "
                                "the Today section."));
        CHECK(reminders.stored(tasks.at(0).id).status == TaskStatus::Done);
        CHECK(reminders.stored(tasks.at(99).id).status == TaskStatus::Done);
        CHECK(reminders.stored(tasks.at(100).id).status == TaskStatus::Open);
        CHECK(reminders.stored(tasks.last().id).status == TaskStatus::Open);
        CHECK(reminders.popup->model()->rowCount() == 0);
        CHECK_FALSE(reminders.popup->isVisible());
        CHECK(changed.count() == 1);

        // The next reminder is a new list: nothing "more" from before.
        reminders.popup->addTasks({reminders.addTask(0)});
        CHECK(reminders.popup->notListedCount() == 0);
        CHECK_FALSE(notListed->isVisible());
        CHECK(reminders.title().contains(QStringLiteral("Reminders due: 1")));
    }
}

TEST_CASE("A missed backlog is titled as missed with the due ones apart", "[ui][reminders]")
{
    Reminders reminders;
    QList<Task> missed;
    for (int i = 0; i < 120; ++i)
        missed.append(reminders.addTask(600 - i));
    reminders.popup->addMissedTasks(missed, 380);
    reminders.popup->addTasks({reminders.addTask(0)}, 9);
    CHECK(reminders.popup->model()->rowCount() == ReminderPopup::maxListed);
    CHECK(reminders.popup->isMissedList());
    CHECK(reminders.popup->notListedCount() == 400 + 10);
    CHECK(reminders.title().contains(QStringLiteral("Reminders due: 10; missed while you were away: 500")));
}

TEST_CASE("Done in the popup closes the task in the base and takes its row off", "[ui][reminders]")
{
    Reminders reminders;
    const Task first = reminders.addTask(5);
    const Task second = reminders.addTask(1);
    reminders.popup->addTasks({first, second});
    QSignalSpy changed(reminders.popup.get(), &ReminderPopup::tasksChanged);

    child<QPushButton>(*reminders.popup, "reminderDoneButton")->click();
    CHECK(reminders.stored(first.id).status == TaskStatus::Done);
    CHECK(reminders.stored(second.id).status == TaskStatus::Open);
    REQUIRE(reminders.popup->model()->rowCount() == 1);
    CHECK(reminders.popup->selectedTask()->task.id == second.id);
    CHECK(changed.count() == 1);

    // Snooze the other one: it leaves the list too, and the empty window goes away.
    child<QAction>(*reminders.popup, "snoozeTenMinutes")->trigger();
    CHECK(reminders.stored(second.id).snoozedUntil == reminders.base.clock().nowUtc().addSecs(600));
    CHECK(reminders.stored(second.id).status == TaskStatus::Open);
    CHECK(reminders.popup->model()->rowCount() == 0);
    CHECK_FALSE(reminders.popup->isVisible());
    CHECK(changed.count() == 2);
}

TEST_CASE("A task changed by another desktop while the popup is open is reported, then handled", "[ui][reminders]")
{
    Reminders reminders;
    const Task task = reminders.addTask(5);
    reminders.popup->addTasks({task});
    QSignalSpy changed(reminders.popup.get(), &ReminderPopup::tasksChanged);

    SECTION("Closed elsewhere: reported once with who and when, and its row goes")
    {
        const qint64 colleague
            = createUser(reminders.base, QStringLiteral("olga"), QStringLiteral("Ольга Петрова"), UserRole::Caller);
        Task elsewhere = task;
        TaskRepository(reminders.base.contextAs(colleague)).complete(elsewhere);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        child<QPushButton>(*reminders.popup, "reminderDoneButton")->click();
        CHECK(MessageBox::lastTitle() == QStringLiteral("Task already closed"));
        CHECK(MessageBox::lastText()
              == QStringLiteral("Done by Ольга Петрова at 11/25/26 9:00 AM. The task is taken off the list."));
        CHECK(reminders.popup->model()->rowCount() == 0);
        CHECK(changed.count() == 0);
    }
    SECTION("Snoozed elsewhere: reported, kept at its new version, and Done then works")
    {
        Task elsewhere = task;
        TaskRepository(reminders.base.context()).snooze(elsewhere, reminders.base.clock().nowUtc().addSecs(60));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        child<QPushButton>(*reminders.popup, "reminderDoneButton")->click();
        CHECK(MessageBox::lastText().contains(QStringLiteral("since you opened it")));
        CHECK(reminders.stored(task.id).status == TaskStatus::Open);
        REQUIRE(reminders.popup->model()->rowCount() == 1);

        child<QPushButton>(*reminders.popup, "reminderDoneButton")->click();
        CHECK(reminders.stored(task.id).status == TaskStatus::Done);
        CHECK(reminders.popup->model()->rowCount() == 0);
        CHECK(changed.count() == 1);
    }
}

TEST_CASE("The start-up list is titled as missed while away until it is emptied", "[ui][reminders]")
{
    Reminders reminders;
    const Task missed = reminders.addTask(600);
    reminders.popup->addMissedTasks({missed});
    CHECK(reminders.popup->isMissedList());
    CHECK(reminders.title().contains(QStringLiteral("Missed while you were away: 1")));

    child<QPushButton>(*reminders.popup, "reminderDoneButton")->click();
    CHECK_FALSE(reminders.popup->isMissedList());
    reminders.popup->addTasks({reminders.addTask(0)});
    CHECK(reminders.title().contains(QStringLiteral("Reminders due: 1")));
}

TEST_CASE("Reminders that come due while the start-up list is open are not counted as missed", "[ui][reminders]")
{
    Reminders reminders;
    reminders.popup->addMissedTasks({reminders.addTask(600)});
    // The caller works on with the list open: six callbacks come due one after another.
    for (int i = 0; i < 6; ++i)
        reminders.popup->addTasks({reminders.addTask(0, QStringLiteral("звонок %1").arg(i))});
    CHECK(reminders.popup->model()->rowCount() == 7);
    CHECK(reminders.title().contains(QStringLiteral("Reminders due: 6; missed while you were away: 1")));
    CHECK_FALSE(reminders.title().contains(QStringLiteral("away: 7")));

    // The missed one handled, the rest are plainly due.
    reminders.popup->table()->selectRow(0);
    child<QPushButton>(*reminders.popup, "reminderDoneButton")->click();
    CHECK_FALSE(reminders.popup->isMissedList());
    CHECK(reminders.title().contains(QStringLiteral("Reminders due: 6")));
}

TEST_CASE("A reminder of a task whose company was deleted meanwhile is reported and taken off", "[ui][reminders]")
{
    Reminders reminders;
    const Task task = reminders.addTask(5);
    CompanyRepository(reminders.base.context()).remove(reminders.companyId, 1);
    reminders.popup->addTasks({task}); // the service's copy, raised just before the company went
    REQUIRE(reminders.popup->model()->rowCount() == 1);
    CHECK(reminders.cell(0, TaskTableModel::CompanyColumn).isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QPushButton>(*reminders.popup, "reminderDoneButton")->click();
    CHECK(MessageBox::lastText() == QStringLiteral("The task no longer exists: someone deleted it."));
    CHECK(reminders.popup->model()->rowCount() == 0);
    CHECK_FALSE(reminders.popup->isVisible());
}

TEST_CASE("Reminders closed or deleted elsewhere leave the popup, the open ones stay", "[ui][reminders]")
{
    Reminders r;
    QList<Task> tasks;
    for (int i = 0; i < ReminderPopup::maxListed; ++i)
        tasks.append(r.addTask(600 - i, QStringLiteral("задача %1").arg(i)));
    r.popup->addTasks(tasks);
    REQUIRE(r.popup->model()->rowCount() == ReminderPopup::maxListed);

    // Another desktop completes one task and deletes another (its company's tasks go with an undone import).
    TaskRepository repository(r.base.context());
    Task done = tasks.at(5);
    repository.complete(done);
    SqlStatement::run(r.base.db().connection(), QStringLiteral("DELETE FROM tasks WHERE id = ?"), {tasks.at(55).id});
    r.popup->dropClosed();

    CHECK(r.popup->model()->rowCount() == ReminderPopup::maxListed - 2);
    QSet<qint64> shown;
    for (const Task &task : r.popup->model()->tasks())
        shown.insert(task.id);
    CHECK_FALSE(shown.contains(tasks.at(5).id));
    CHECK_FALSE(shown.contains(tasks.at(55).id));
    CHECK(shown.contains(tasks.at(0).id));
    CHECK(shown.contains(tasks.at(99).id));
}
