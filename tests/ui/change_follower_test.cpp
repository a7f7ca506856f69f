// The sections follow the base's ChangeHub by themselves: no main window tells one to read again after another
// wrote, a section reads again only what concerns it, and a hidden one waits until it is shown.
#include "clients/ClientsView.h"
#include "common/ModalDialog.h"
#include "company/ColdBaseView.h"
#include "company/CompanyCard.h"
#include "deals/PipelineBoard.h"
#include "models/CompanyListModel.h"
#include "reminders/ReminderService.h"
#include "storage/ChangeHub.h"
#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "storage/TaskListQuery.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"
#include "today/ReminderCenter.h"
#include "today/ReminderPopup.h"
#include "today/TaskTableModel.h"
#include "today/TodayView.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
using Kind = ChangeSet::Kind;

void showAndWait(QWidget &widget)
{
    widget.resize(1100, 600);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
}

// What the cold base's list shows in a column for the company.
QString listed(const ColdBaseView &view, qint64 companyId, int column)
{
    const int row = view.model()->rowOfCompany(companyId);
    return row < 0 ? QString() : view.model()->data(view.model()->index(row, column)).toString();
}

bool isClient(const ClientsView &view, qint64 companyId)
{
    for (const ClientListRow &row : view.rows()) {
        if (row.companyId == companyId)
            return true;
    }
    return false;
}

// The company names the Today list shows, top to bottom.
QStringList todayCompanies(const TodayView &view)
{
    QStringList names;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (const TaskListRow *task = view.model()->taskAt(row))
            names.append(task->companyName);
    }
    return names;
}

// The ids of the tasks the Today list shows, top to bottom.
QList<qint64> todayTasks(const TodayView &view)
{
    QList<qint64> ids;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (const TaskListRow *task = view.model()->taskAt(row))
            ids.append(task->task.id);
    }
    return ids;
}

void rename(TestDatabase &base, qint64 companyId, const QString &name, const QString &city = QString())
{
    Company company = CompanyRepository(base.context()).find(companyId).value();
    company.name = name;
    if (!city.isEmpty())
        company.city = city;
    CompanyRepository(base.context()).update(company);
}
} // namespace

TEST_CASE("A payment recorded on the board shows in Clients and the cold base without a main window",
          "[ui][changes][payment]")
{
    TestDatabase base;
    const qint64 closer
        = createUser(base, QStringLiteral("closer"), QStringLiteral("Пётр Закрывалов"), UserRole::Closer);
    createUser(base, QStringLiteral("anna"), QStringLiteral("Анна Клиентова"), UserRole::AccountManager);
    const qint64 companyId = createCompany(base, QStringLiteral("ООО «Ромашка»"), CompanyStage::Deal, closer);
    Deal deal;
    deal.companyId = companyId;
    deal.ownerId = closer;
    deal.title = QStringLiteral("Поставка бумаги");
    deal.step = DealStep::InvoiceIssued;
    deal.amountKopecks = 50'000'00;
    deal.invoiceNumber = QStringLiteral("СЧ-17");
    deal.invoiceDate = base.clock().nowUtc().date();
    DealRepository(base.context()).create(deal);

    const QList<User> users = UserRepository(base.context()).list();
    ClientsView clients(base.context(), users);
    showAndWait(clients);
    ColdBaseView coldBase(base.context(), users);
    showAndWait(coldBase);
    REQUIRE(coldBase.selectCompany(companyId));
    PipelineBoard board(base.contextAs(closer), users);
    showAndWait(board);
    REQUIRE_FALSE(isClient(clients, companyId));
    REQUIRE(listed(coldBase, companyId, CompanyListModel::StageColumn) == companyStageTitle(CompanyStage::Deal));

    ModalDialog::setNextFiller([](QDialog &dialog) { child<QPushButton>(dialog, "okButton")->click(); });
    REQUIRE(board.recordPayment(deal.id));

    CHECK(isClient(clients, companyId));
    CHECK(listed(coldBase, companyId, CompanyListModel::StageColumn) == companyStageTitle(CompanyStage::Client));
    CHECK(coldBase.card()->storedRecord().company.stage == CompanyStage::Client);
}

TEST_CASE("An announcement for one company reads again the sections showing it and leaves the others", "[ui][changes]")
{
    TestDatabase base;
    const qint64 listedInToday = createCompany(base, QStringLiteral("ООО «Ромашка»"), CompanyStage::Cold, 0);
    const qint64 onTheCard = createCompany(base, QStringLiteral("АО «Василёк»"), CompanyStage::Cold, 0);
    Task task;
    task.companyId = listedInToday;
    task.assigneeId = 1;
    task.kind = TaskKind::Callback;
    task.dueAt = base.clock().nowUtc().addSecs(3600);
    task.note = QStringLiteral("перезвонить");
    TaskRepository(base.context()).create(task);

    const QList<User> users = UserRepository(base.context()).list();
    TodayView today(base.context(), users);
    showAndWait(today);
    ColdBaseView coldBase(base.context(), users);
    showAndWait(coldBase);
    REQUIRE(coldBase.selectCompany(onTheCard));
    REQUIRE(todayCompanies(today) == QStringList{QStringLiteral("ООО «Ромашка»")});
    QLineEdit *cardCity = child<QLineEdit>(coldBase, "cityEdit");
    REQUIRE(cardCity->text().isEmpty());

    // Changed behind the views' backs (no announcement): nobody reads anything yet.
    rename(base, listedInToday, QStringLiteral("ООО «Ромашка-2»"));
    rename(base, onTheCard, QStringLiteral("АО «Василёк»"), QStringLiteral("Казань"));
    ChangeHub &hub = base.db().changes();

    hub.announce(ChangeSet().add(Kind::Company, listedInToday));
    CHECK(todayCompanies(today) == QStringList{QStringLiteral("ООО «Ромашка-2»")});
    // The cold base lists every company, so its list is read again; its card shows another one and is not.
    CHECK(listed(coldBase, listedInToday, CompanyListModel::NameColumn) == QStringLiteral("ООО «Ромашка-2»"));
    CHECK(cardCity->text().isEmpty());
    CHECK(coldBase.card()->storedRecord().company.city.isEmpty());

    rename(base, listedInToday, QStringLiteral("ООО «Ромашка-3»"));
    hub.announce(ChangeSet().add(Kind::Company, onTheCard));
    CHECK(cardCity->text() == QStringLiteral("Казань"));
    // Today lists no task of that company: it was not read again.
    CHECK(todayCompanies(today) == QStringList{QStringLiteral("ООО «Ромашка-2»")});

    // A section leaves out its own announcements: it shows their result already.
    rename(base, onTheCard, QStringLiteral("АО «Василёк»"), QStringLiteral("Самара"));
    hub.announce(ChangeSet().add(Kind::Company, onTheCard), coldBase.card());
    CHECK(cardCity->text() == QStringLiteral("Казань"));
    hub.announce(ChangeSet().add(Kind::Company, onTheCard), &today);
    CHECK(cardCity->text() == QStringLiteral("Самара"));
}

TEST_CASE("A hidden cold base reads the changes announced meanwhile when it is shown again", "[ui][changes]")
{
    TestDatabase base;
    createCompany(base, QStringLiteral("ООО «Ромашка»"), CompanyStage::Cold, 0);
    ColdBaseView coldBase(base.context(), UserRepository(base.context()).list());
    showAndWait(coldBase);
    REQUIRE(coldBase.model()->rowCount() == 1);

    coldBase.hide();
    const qint64 added = createCompany(base, QStringLiteral("АО «Василёк»"), CompanyStage::Cold, 0);
    base.db().changes().announce(ChangeSet().add(Kind::Company, added));
    base.db().changes().announce(ChangeSet().add(Kind::Task, 1)); // not what the cold base shows
    CHECK(coldBase.model()->rowCount() == 1);

    coldBase.show();
    CHECK(coldBase.model()->rowCount() == 2);
    CHECK(coldBase.model()->rowOfCompany(added) >= 0);
}

TEST_CASE("Today and the reminders follow each other's task writes without a main window", "[ui][changes][reminders]")
{
    TestDatabase base;
    const qint64 caller = createUser(base, QStringLiteral("caller"), QStringLiteral("Ирина Звонова"), UserRole::Caller);
    const qint64 company = createCompany(base, QStringLiteral("ООО «Ромашка»"), CompanyStage::Calling, caller);
    QList<qint64> tasks;
    for (const QString &note : {QStringLiteral("Первый звонок"), QStringLiteral("Второй звонок")}) {
        Task task;
        task.companyId = company;
        task.assigneeId = caller;
        task.kind = TaskKind::Callback;
        task.dueAt = base.clock().nowUtc().addSecs(600 + 60 * tasks.size());
        task.note = note;
        TaskRepository(base.context()).create(task);
        tasks.append(task.id);
    }
    QWidget window;
    ReminderCenter reminders(base.contextAs(caller), &window);
    reminders.start();
    TodayView today(base.contextAs(caller), UserRepository(base.context()).list());
    showAndWait(today);
    base.clock().advanceSeconds(3600);
    reminders.service()->checkNow();
    ReminderPopup *popup = reminders.popup();
    REQUIRE(popup->model()->contains(tasks.at(0)));
    REQUIRE(popup->model()->contains(tasks.at(1)));

    // Done in Today: the popup lets the task go at once, not at the service's next look at the file.
    REQUIRE(today.selectedTask() != nullptr);
    REQUIRE(today.selectedTask()->task.id == tasks.at(0));
    today.completeSelected();
    REQUIRE_FALSE(popup->model()->contains(tasks.at(0)));
    CHECK(popup->model()->contains(tasks.at(1)));

    // Done in the popup: Today, on screen, reads its list again.
    REQUIRE(todayTasks(today) == QList<qint64>{tasks.at(1)});
    popup->completeSelected();
    CHECK(TaskRepository(base.context()).find(tasks.at(1))->status == TaskStatus::Done);
    CHECK(todayTasks(today).isEmpty());
}
