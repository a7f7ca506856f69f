#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "common/SectionReader.h"
#include "domain/Phone.h"
#include "domain/Viewer.h"
#include "funnel/TaskRuleSettings.h"
#include "storage/CompanyRepository.h"
#include "storage/PhoneRepository.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"
#include "today/NewTaskDialog.h"
#include "today/TaskTableModel.h"
#include "today/TaskTableView.h"
#include "today/TodayView.h"

#include <QAction>
#include <QBrush>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

#include <memory>

using namespace voronka;
using namespace voronka::test;

namespace {
// A fixed offset (Moscow, UTC+3 all year) so that the local day does not depend on the machine running the test.
const QTimeZone moscow(3 * 3600);

struct Today
{
    Today()
    {
        // 23:30 in Moscow: half an hour before the local day ends, the UTC day still has hours to go.
        base.clock().set(QDateTime(QDate(2026, 11, 25), QTime(20, 30), Qt::UTC));
        callerId = createUser(base, QStringLiteral("caller"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
        otherId = createUser(base, QStringLiteral("caller2"), QStringLiteral("Мария Голосова"), UserRole::Caller);
        Company company = makeCompany(QStringLiteral("ООО «Ромашка»"), QStringLiteral("Казань"));
        CompanyRepository(base.context()).create(company);
        companyId = company.id;
        Phone phone;
        phone.companyId = companyId;
        phone.raw = QStringLiteral("8 (495) 123-45-67");
        phone.e164 = QStringLiteral("+74951234567");
        PhoneRepository(base.context()).create(phone);
    }

    Task addTask(qint64 assignee, qint64 minutesFromNow, TaskKind kind = TaskKind::Callback)
    {
        Task task;
        task.companyId = companyId;
        task.assigneeId = assignee;
        task.kind = kind;
        task.dueAt = base.clock().nowUtc().addSecs(60 * minutesFromNow);
        task.note = QStringLiteral("перезвонить после обеда");
        TaskRepository(base.context()).create(task);
        return task;
    }

    void open(qint64 userId)
    {
        view = std::make_unique<TodayView>(base.contextAs(userId), UserRepository(base.context()).list(), moscow);
        view->resize(1100, 500);
        view->show();
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
    }

    // The list as it reads: headings and task ids, top to bottom.
    QStringList lines() const
    {
        QStringList lines;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const TaskListRow *task = view->model()->taskAt(row);
            lines.append(task ? QString::number(task->task.id) : cell(row, 0));
        }
        return lines;
    }

    QString cell(int row, int column) const { return view->model()->index(row, column).data().toString(); }
    Task stored(qint64 id) { return *TaskRepository(base.context()).find(id); }
    qint64 taskCount()
    {
        return SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM tasks")).toLongLong();
    }

    TestDatabase base;
    qint64 callerId = 0;
    qint64 otherId = 0;
    qint64 companyId = 0;
    std::unique_ptr<TodayView> view;
};

QString id(const Task &task)
{
    return QString::number(task.id);
}
} // namespace

TEST_CASE("The Today section groups a user's tasks by the local day and marks the overdue ones", "[ui][today]")
{
    Today today;
    const Task late = today.addTask(today.callerId, -150);
    const Task tonight = today.addTask(today.callerId, 15); // 23:45 local
    const Task afterMidnight = today.addTask(today.callerId, 40); // 00:10 local, the same UTC day
    const Task nextWeek = today.addTask(today.callerId, 6 * 24 * 60);
    today.addTask(today.callerId, 9 * 24 * 60); // beyond the seven days
    const Task colleagues = today.addTask(today.otherId, -10);
    today.open(today.callerId);

    CHECK(child<QComboBox>(*today.view, "todayUserFilter")->currentData().toLongLong() == today.callerId);
    CHECK(today.lines()
          == QStringList{QStringLiteral("Overdue (1)"), id(late), QStringLiteral("Today (1)"), id(tonight),
                         QStringLiteral("Upcoming (2)"), id(afterMidnight), id(nextWeek)});
    CHECK(today.cell(1, TaskTableModel::WhenColumn).endsWith(QStringLiteral("(2 h late)")));
    CHECK(today.view->model()->index(1, TaskTableModel::WhenColumn).data(Qt::ForegroundRole).value<QBrush>().color()
          == Qt::red);
    CHECK(today.view->model()->index(3, TaskTableModel::WhenColumn).data(Qt::ForegroundRole).isNull());
    CHECK(today.cell(1, TaskTableModel::CompanyColumn) == QStringLiteral("ООО «Ромашка»"));
    CHECK(today.cell(1, TaskTableModel::PhoneColumn) == QStringLiteral("+7 495 123-45-67"));
    CHECK(today.cell(1, TaskTableModel::KindColumn) == QStringLiteral("Call back"));
    CHECK(today.cell(1, TaskTableModel::NoteColumn) == QStringLiteral("перезвонить после обеда"));
    CHECK(child<QLabel>(*today.view, "todayCount")->text()
          == QStringLiteral("1 overdue, 1 today, 2 in the next 7 days; 1 later"));
    // A heading cannot be selected; the first task is selected to start with.
    CHECK_FALSE(today.view->model()->flags(today.view->model()->index(0, 0)).testFlag(Qt::ItemIsSelectable));
    REQUIRE(today.view->selectedTask() != nullptr);
    CHECK(today.view->selectedTask()->task.id == late.id);

    SECTION("Past local midnight tonight's task is overdue and tomorrow's is today's")
    {
        today.base.clock().advanceSeconds(35 * 60);
        today.view->reload();
        CHECK(today.lines()
              == QStringList{QStringLiteral("Overdue (2)"), id(late), id(tonight), QStringLiteral("Today (1)"),
                             id(afterMidnight), QStringLiteral("Upcoming (1)"), id(nextWeek)});
    }
    SECTION("Everyone's tasks, and the head sees everyone's to start with")
    {
        auto *filter = child<QComboBox>(*today.view, "todayUserFilter");
        filter->setCurrentIndex(filter->findData(today.otherId));
        CHECK(today.lines() == QStringList{QStringLiteral("Overdue (1)"), id(colleagues)});
        today.open(today.base.context().userId);
        CHECK(child<QComboBox>(*today.view, "todayUserFilter")->currentData().toLongLong() == 0);
        CHECK(today.lines().first() == QStringLiteral("Overdue (2)"));
        CHECK(today.cell(1, TaskTableModel::AssigneeColumn) == QStringLiteral("Илья Звонарёв"));
        CHECK(today.cell(2, TaskTableModel::AssigneeColumn) == QStringLiteral("Мария Голосова"));
    }
    SECTION("A task overdue by more than the escalation time is marked for the head")
    {
        CHECK_FALSE(today.cell(1, TaskTableModel::WhenColumn).contains(QStringLiteral("escalated")));
        TaskRuleOptions rules = TaskRuleSettings::load(today.base.db());
        rules.overdueEscalationHours = 2;
        TaskRuleSettings::save(today.base.db(), rules);
        today.view->reload();
        CHECK(today.cell(1, TaskTableModel::WhenColumn).endsWith(QStringLiteral("(2 h late), escalated")));
        CHECK(today.view->model()->index(1, TaskTableModel::CompanyColumn).data(Qt::FontRole).value<QFont>().bold());
        CHECK_FALSE(
            today.view->model()->index(3, TaskTableModel::CompanyColumn).data(Qt::FontRole).value<QFont>().bold());
    }
}

TEST_CASE("With sign-in on a caller's Today offers their own tasks only", "[ui][today][team]")
{
    Today today;
    const Task own = today.addTask(today.callerId, -30);
    today.addTask(today.otherId, -10);
    const auto caller = UserRepository(today.base.context()).find(today.callerId);
    today.base.db().setViewer(Viewer::of(*caller, false));
    today.open(today.callerId);

    auto *filter = child<QComboBox>(*today.view, "todayUserFilter");
    CHECK(filter->count() == 1);
    CHECK(filter->currentData().toLongLong() == today.callerId);
    CHECK_FALSE(filter->isEnabled());
    CHECK(today.lines() == QStringList{QStringLiteral("Overdue (1)"), id(own)});
}

TEST_CASE("On a big base the Today section reads its tasks on a worker and shows them when they are in",
          "[ui][today][background]")
{
    Today today;
    const Task late = today.addTask(today.callerId, -150);
    const Task tonight = today.addTask(today.callerId, 15);
    today.open(today.callerId);
    REQUIRE(today.lines()
            == QStringList{QStringLiteral("Overdue (1)"), id(late), QStringLiteral("Today (1)"), id(tonight)});
    CHECK(today.view->reader().lastReadThread() == QThread::currentThread()); // a small base: read at once

    today.view->reader().setBackgroundFrom(1); // two tasks count as many here
    const Task added = today.addTask(today.callerId, -30);
    QSignalSpy loaded(today.view.get(), &TodayView::loaded);
    today.view->reload();
    // The window goes on at once: the old list stays, the count says it is loading.
    CHECK(today.view->isLoading());
    CHECK(today.lines()
          == QStringList{QStringLiteral("Overdue (1)"), id(late), QStringLiteral("Today (1)"), id(tonight)});
    CHECK(child<QLabel>(*today.view, "todayCount")->text() == QStringLiteral("Loading…"));
    REQUIRE(loaded.wait(30000));

    CHECK_FALSE(today.view->isLoading());
    CHECK(today.lines()
          == QStringList{QStringLiteral("Overdue (2)"), id(late), id(added), QStringLiteral("Today (1)"), id(tonight)});
    CHECK(today.cell(2, TaskTableModel::CompanyColumn) == QStringLiteral("ООО «Ромашка»"));
    CHECK(child<QLabel>(*today.view, "todayCount")->text()
          == QStringLiteral("2 overdue, 1 today, 0 in the next 7 days"));
    REQUIRE(today.view->selectedTask() != nullptr);
    CHECK(today.view->selectedTask()->task.id == late.id);
    const QThread *readOn = today.view->reader().lastReadThread();
    CHECK(readOn != nullptr);
    CHECK(readOn != QThread::currentThread());
}

TEST_CASE("Done in the Today section closes the task in the base", "[ui][today]")
{
    Today today;
    const Task late = today.addTask(today.callerId, -30);
    const Task soon = today.addTask(today.callerId, 10);
    today.open(today.callerId);
    QSignalSpy changed(today.view.get(), &TodayView::tasksChanged);

    QTest::keyClick(today.view->table(), Qt::Key_D, Qt::ControlModifier);

    CHECK(today.stored(late.id).status == TaskStatus::Done);
    CHECK(today.stored(late.id).doneAt == today.base.clock().nowUtc());
    CHECK(today.stored(soon.id).status == TaskStatus::Open);
    CHECK(changed.count() == 1);
    CHECK(today.lines() == QStringList{QStringLiteral("Today (1)"), id(soon)});
    CHECK(today.view->selectedTask()->task.id == soon.id);
}

TEST_CASE("Snoozing from the Today section puts the reminder off", "[ui][today]")
{
    Today today;
    const Task late = today.addTask(today.callerId, -30);
    today.open(today.callerId);
    QSignalSpy changed(today.view.get(), &TodayView::tasksChanged);

    SECTION("For an hour")
    {
        child<QAction>(*today.view, "snoozeOneHour")->trigger();
        CHECK(today.stored(late.id).snoozedUntil == today.base.clock().nowUtc().addSecs(3600));
        // Snoozed past local midnight: tomorrow's now.
        CHECK(today.lines() == QStringList{QStringLiteral("Upcoming (1)"), id(late)});
        CHECK(changed.count() == 1);
    }
    SECTION("Until tomorrow 9:00 local")
    {
        child<QAction>(*today.view, "snoozeTomorrow")->trigger();
        CHECK(today.stored(late.id).snoozedUntil == QDateTime(QDate(2026, 11, 26), QTime(9, 0), moscow));
        CHECK(changed.count() == 1);
    }
    SECTION("Until a chosen time, or not at all when cancelled")
    {
        QString shown;
        ModalDialog::setNextFiller([&shown](QDialog &dialog) {
            auto *edit = child<QLineEdit>(dialog, "snoozeTimeEdit");
            // The date and the time both show: an hour from 23:30 in Moscow.
            shown = edit->text();
            // A whole date and time typed over the selected text is taken as typed.
            edit->setFocus();
            edit->selectAll();
            typeText(edit, QStringLiteral("11/30/2026 2:30 PM"));
            child<QDialogButtonBox>(dialog, "snoozeButtons")->button(QDialogButtonBox::Ok)->click();
        });
        child<QAction>(*today.view, "snoozeCustom")->trigger();
        CHECK(shown == QStringLiteral("11/26/2026 12:30 AM"));
        CHECK(today.stored(late.id).snoozedUntil == QDateTime(QDate(2026, 11, 30), QTime(14, 30), moscow));

        // Accepted untouched, the time shown is the time used (no hidden hour).
        ModalDialog::setNextFiller([](QDialog &dialog) {
            child<QDialogButtonBox>(dialog, "snoozeButtons")->button(QDialogButtonBox::Ok)->click();
        });
        child<QAction>(*today.view, "snoozeCustom")->trigger();
        CHECK(today.stored(late.id).snoozedUntil == QDateTime(QDate(2026, 11, 26), QTime(0, 30), moscow));

        // Text that is no date is refused with the format, and the dialog stays open.
        ModalDialog::setNextFiller([](QDialog &dialog) {
            auto *edit = child<QLineEdit>(dialog, "snoozeTimeEdit");
            edit->setText(QStringLiteral("next Friday"));
            MessageBox::setNextAnswer(QMessageBox::Ok);
            child<QDialogButtonBox>(dialog, "snoozeButtons")->button(QDialogButtonBox::Ok)->click();
            CHECK(MessageBox::lastText().startsWith(QStringLiteral("Type the date and time like this:")));
            CHECK(dialog.result() != QDialog::Accepted);
            child<QDialogButtonBox>(dialog, "snoozeButtons")->button(QDialogButtonBox::Cancel)->click();
        });
        child<QAction>(*today.view, "snoozeCustom")->trigger();
        CHECK(today.stored(late.id).snoozedUntil == QDateTime(QDate(2026, 11, 26), QTime(0, 30), moscow));

        const Task before = today.stored(late.id);
        ModalDialog::setNextFiller([](QDialog &dialog) {
            child<QDialogButtonBox>(dialog, "snoozeButtons")->button(QDialogButtonBox::Cancel)->click();
        });
        child<QAction>(*today.view, "snoozeCustom")->trigger();
        CHECK(today.stored(late.id).version == before.version);
        CHECK(changed.count() == 2);
    }
}

TEST_CASE("A task a colleague closed meanwhile is reported, and nothing is written", "[ui][today]")
{
    Today today;
    const Task late = today.addTask(today.callerId, -30);
    today.open(today.callerId);
    QSignalSpy changed(today.view.get(), &TodayView::tasksChanged);
    Task colleaguesCopy = late;
    TaskRepository(today.base.contextAs(today.otherId)).complete(colleaguesCopy);
    const Task closed = today.stored(late.id);

    SECTION("Done")
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        child<QPushButton>(*today.view, "todayDoneButton")->click();
    }
    SECTION("Snooze")
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        child<QAction>(*today.view, "snoozeTenMinutes")->trigger();
    }
    // Said once and plainly: already closed, by whom and when (23:30 in Moscow); no "not closed" warning.
    CHECK(MessageBox::lastTitle() == QStringLiteral("Task already closed"));
    CHECK(MessageBox::lastText()
          == QStringLiteral("Done by Мария Голосова at 11/25/26 11:30 PM. The task is taken off the list."));
    CHECK(today.stored(late.id).version == closed.version);
    CHECK_FALSE(today.stored(late.id).snoozedUntil.isValid());
    CHECK(changed.count() == 0);
    CHECK(today.lines().isEmpty()); // read again: the closed task is gone
}

TEST_CASE("Enter on a task opens its company", "[ui][today]")
{
    Today today;
    today.addTask(today.callerId, 10);
    today.open(today.callerId);
    QSignalSpy activated(today.view.get(), &TodayView::companyActivated);
    today.view->table()->setFocus();
    today.view->table()->setCurrentIndex(today.view->model()->index(1, TaskTableModel::CompanyColumn));
    QTest::keyClick(today.view->table(), Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toLongLong() == today.companyId);
    child<QPushButton>(*today.view, "todayOpenButton")->click();
    CHECK(activated.count() == 2);
}

TEST_CASE("Ctrl+T creates a task for the selected company with a quick due time", "[ui][today]")
{
    Today today;
    const Task existing = today.addTask(today.callerId, 10);
    today.open(today.callerId);
    QSignalSpy changed(today.view.get(), &TodayView::tasksChanged);
    bool opened = false;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        opened = true;
        CHECK(child<QLabel>(dialog, "taskCompanyLabel")->text().contains(QStringLiteral("ООО «Ромашка»")));
        CHECK(child<QComboBox>(dialog, "taskAssigneeCombo")->currentData().toLongLong() == today.callerId);
        auto *kind = child<QComboBox>(dialog, "taskKindCombo");
        kind->setCurrentIndex(kind->findText(QStringLiteral("Follow up the offer")));
        child<QPushButton>(dialog, "dueInThreeDays")->click();
        typeText(child<QLineEdit>(dialog, "taskNoteEdit"), QStringLiteral("спросить про КП"));
        child<QDialogButtonBox>(dialog, "taskButtons")->button(QDialogButtonBox::Ok)->click();
    });
    QTest::keyClick(today.view->table(), Qt::Key_T, Qt::ControlModifier);
    REQUIRE(opened);

    const QList<Task> open = TaskRepository(today.base.context()).listOpenForCompany(today.companyId);
    REQUIRE(open.size() == 2);
    const Task &created = open.last();
    CHECK(created.id != existing.id);
    CHECK(created.kind == TaskKind::OfferFollowUp);
    CHECK(created.assigneeId == today.callerId);
    CHECK(created.dueAt == QDateTime(QDate(2026, 11, 28), QTime(23, 30), moscow));
    CHECK(created.note == QStringLiteral("спросить про КП"));
    CHECK(changed.count() == 1);
    CHECK(today.view->model()->contains(created.id));
}

TEST_CASE("Ctrl+T with nothing selected finds a company as typed and takes a typed date", "[ui][today]")
{
    Today today;
    Company vector = makeCompany(QStringLiteral("Вектор-М"), QStringLiteral("Уфа"));
    CompanyRepository(today.base.context()).create(vector);
    today.open(today.callerId);
    bool opened = false;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        opened = true;
        auto *newTask = qobject_cast<NewTaskDialog *>(&dialog);
        REQUIRE(newTask != nullptr);
        CHECK(newTask->companyId() == 0);
        auto *search = child<QLineEdit>(dialog, "taskCompanySearch");
        auto *results = child<QListWidget>(dialog, "taskCompanyResults");
        search->setFocus();
        typeText(search, QStringLiteral("вект"));
        REQUIRE(results->count() == 1);
        CHECK(results->item(0)->text() == QStringLiteral("Вектор-М, Уфа"));
        // Enter takes the highlighted company; it does not press OK.
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(newTask->companyId() == vector.id);
        CHECK(child<QLabel>(dialog, "taskCompanyLabel")->text().contains(QStringLiteral("Вектор-М")));
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(today.taskCount() == 0);

        child<QPushButton>(dialog, "dueInTenMinutes")->click();
        CHECK(newTask->dueTime() == today.base.clock().nowUtc().addSecs(600));
        // A whole date typed over the field is read as typed, date and time alike.
        auto *due = child<QLineEdit>(dialog, "taskDueEdit");
        due->setFocus();
        due->selectAll();
        typeText(due, QStringLiteral("12/1/2026 9:15 AM"));
        CHECK(newTask->dueTime() == QDateTime(QDate(2026, 12, 1), QTime(9, 15), moscow));
        child<QDialogButtonBox>(dialog, "taskButtons")->button(QDialogButtonBox::Ok)->click();
    });
    QTest::keyClick(today.view->table(), Qt::Key_T, Qt::ControlModifier);
    REQUIRE(opened);
    const QList<Task> created = TaskRepository(today.base.context()).listOpenForCompany(vector.id);
    REQUIRE(created.size() == 1);
    CHECK(created.at(0).dueAt == QDateTime(QDate(2026, 12, 1), QTime(9, 15), moscow));
}

TEST_CASE("A new task due in the past is asked about, and No writes nothing", "[ui][today]")
{
    Today today;
    const QList<User> users = UserRepository(today.base.context()).list();
    NewTaskDialog dialog(today.base.contextAs(today.callerId), users, today.companyId, QStringLiteral("Ромашка"),
                         moscow);
    CHECK(dialog.dueTime() == QDateTime(QDate(2026, 11, 26), QTime(10, 0), moscow)); // tomorrow 10:00 to start with
    dialog.setDueTime(today.base.clock().nowUtc().addSecs(-3600));
    auto *ok = child<QDialogButtonBox>(dialog, "taskButtons")->button(QDialogButtonBox::Ok);

    MessageBox::setNextAnswer(QMessageBox::No);
    ok->click();
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("The due time has already passed.")));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(today.taskCount() == 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    ok->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(today.taskCount() == 1);
    CHECK(dialog.created().dueAt == QDateTime(QDate(2026, 11, 25), QTime(22, 30), moscow));

    SECTION("The quick times count from now, in the user's zone")
    {
        child<QPushButton>(dialog, "dueInOneHour")->click();
        CHECK(dialog.dueTime() == today.base.clock().nowUtc().addSecs(3600));
        child<QPushButton>(dialog, "dueTomorrow")->click();
        CHECK(dialog.dueTime() == QDateTime(QDate(2026, 11, 26), QTime(10, 0), moscow));
        child<QPushButton>(dialog, "dueInThreeMonths")->click();
        CHECK(dialog.dueTime() == QDateTime(QDate(2027, 2, 25), QTime(23, 30), moscow));
    }
}

TEST_CASE("A new task for a deleted company is refused and nothing is written", "[ui][today]")
{
    Today today;
    const QList<User> users = UserRepository(today.base.context()).list();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(NewTaskDialog::createFor(today.base.context(), users, 999999, nullptr, moscow));
    CHECK(MessageBox::lastText() == QStringLiteral("The company no longer exists: someone deleted it."));
    CHECK(today.taskCount() == 0);
}
