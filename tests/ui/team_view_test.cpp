// The head's Team section: the people with the companies each holds, the hand-out's preview of who gets how many
// before anything changes, apply and undo, core's refusals shown as they are (a colleague handed the companies out
// meanwhile, a person deactivated meanwhile), deactivating a person with the hand-over of their companies, and the
// first password turning sign-in on; each person's load against the capacity limits and their day (calls, meetings,
// overdue tasks) following the base; the team's rules and the duty roster saved from their dialogs; and the hand-out
// that would put someone over a limit asking first, with the numbers.
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "common/SectionReader.h"
#include "company/ColdBaseView.h"
#include "domain/Activity.h"
#include "models/CompanyListModel.h"
#include "shell/MainWindow.h"
#include "storage/ActivityRepository.h"
#include "storage/ChangeHub.h"
#include "storage/CompanyRepository.h"
#include "storage/Database.h"
#include "storage/DutyRosterRepository.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "support/ScopedTimeZone.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"
#include "team/Capacity.h"
#include "team/CompanyAssignment.h"
#include "team/DeactivateDialog.h"
#include "team/DutyRosterDialog.h"
#include "team/HandOutDialog.h"
#include "team/HandOutHistoryDialog.h"
#include "team/PeopleChecklist.h"
#include "team/SignIn.h"
#include "team/TeamError.h"
#include "team/TeamSettings.h"
#include "team/TeamSettingsDialog.h"
#include "team/TeamView.h"
#include "team/UserAdministration.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
// The head (id 1), two callers; six cold companies nobody holds and two of caller1's.
struct Team
{
    Team()
    {
        caller1 = createUser(base, QStringLiteral("caller1"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
        caller2 = createUser(base, QStringLiteral("caller2"), QStringLiteral("Мария Голосова"), UserRole::Caller);
        for (int i = 0; i < 6; ++i)
            pool.append(createCompany(base, QStringLiteral("Ничья %1").arg(i), CompanyStage::Cold, 0));
        for (int i = 0; i < 2; ++i)
            createCompany(base, QStringLiteral("Илье %1").arg(i), CompanyStage::Cold, caller1);
    }

    DataContext head() { return base.contextAs(1); }
    // How many companies each person holds now (0: nobody).
    QMap<qint64, int> owners()
    {
        QMap<qint64, int> held;
        SqlStatement select(base.db().connection(),
                            QStringLiteral("SELECT COALESCE(owner_id, 0), COUNT(*) FROM companies GROUP BY 1"));
        select.exec();
        while (select.next())
            held.insert(select.value(0).toLongLong(), select.value(1).toInt());
        return held;
    }
    QStringList row(TeamView &view, int row)
    {
        QStringList cells;
        for (int column = 0; column < TeamView::ColumnCount; ++column)
            cells.append(view.table()->item(row, column)->text());
        return cells;
    }
    QStringList preview(QDialog &dialog, const char *name)
    {
        QTableWidget *table = child<QTableWidget>(dialog, name);
        QStringList lines;
        for (int row = 0; row < table->rowCount(); ++row)
            lines.append(table->item(row, 0)->text() + QLatin1Char(' ') + table->item(row, 1)->text());
        return lines;
    }

    TestDatabase base;
    qint64 caller1 = 0;
    qint64 caller2 = 0;
    QList<qint64> pool;
};
} // namespace

TEST_CASE("The Team section lists the people with the companies each holds", "[ui][team]")
{
    Team team;
    const User head = *UserRepository(team.base.context()).find(1);
    MainWindow window(team.head(), head);
    REQUIRE(window.teamView() != nullptr);
    TeamView &view = *window.teamView();
    REQUIRE(view.table()->rowCount() == 3);
    // A caller has no capacity limits: the load is empty; nobody has called or is late yet.
    CHECK(team.row(view, 1)
          == QStringList{QStringLiteral("Илья Звонарёв"), QStringLiteral("caller1"),
                         QStringLiteral("Caller (first line)"), QStringLiteral("yes"), QStringLiteral("2"), QString(),
                         QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")});
    CHECK(team.row(view, 2)
          == QStringList{QStringLiteral("Мария Голосова"), QStringLiteral("caller2"),
                         QStringLiteral("Caller (first line)"), QStringLiteral("yes"), QStringLiteral("0"), QString(),
                         QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")});
    window.showSection(MainWindow::Team);
    CHECK(window.currentSection() == MainWindow::Team);
}

TEST_CASE("Handing out shows who gets how many before anything changes, applies it, and undoes it from the history",
          "[ui][team][handout]")
{
    Team team;
    HandOutDialog dialog(team.head());
    CHECK(child<QComboBox>(dialog, "handOutSource")->currentText() == QStringLiteral("All unassigned cold companies"));
    CHECK_FALSE(child<QPushButton>(dialog, "handOutApply")->isEnabled());
    dialog.people()->setChecked(team.caller1, true);
    dialog.people()->setChecked(team.caller2, true);
    dialog.people()->setWeight(team.caller1, 2);
    CHECK(team.preview(dialog, "handOutPreview")
          == QStringList{QStringLiteral("Илья Звонарёв 4"), QStringLiteral("Мария Голосова 2")});
    CHECK(team.owners() == QMap<qint64, int>{{0, 6}, {team.caller1, 2}}); // nothing changed yet

    child<QPushButton>(dialog, "handOutApply")->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(team.owners() == QMap<qint64, int>{{team.caller1, 6}, {team.caller2, 2}});

    HandOutHistoryDialog history(team.head());
    REQUIRE(history.table()->rowCount() == 1);
    CHECK(history.table()->item(0, 3)->text() == QStringLiteral("6"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(history, "handOutUndo")->click();
    CHECK(child<QLabel>(history, "handOutUndoResult")->text() == QStringLiteral("6 companies went back."));
    CHECK(team.owners() == QMap<qint64, int>{{0, 6}, {team.caller1, 2}});
    CHECK_FALSE(history.table()->item(0, 4)->text().isEmpty());
    CHECK_FALSE(child<QPushButton>(history, "handOutUndo")->isEnabled());
}

TEST_CASE("A hand-out of companies another head handed out since the preview is refused with core's message",
          "[ui][team][handout][conflict]")
{
    Team team;
    HandOutDialog dialog(team.head());
    dialog.people()->setChecked(team.caller2, true);
    REQUIRE(team.preview(dialog, "handOutPreview") == QStringList{QStringLiteral("Мария Голосова 6")});

    // Meanwhile another head gives two of them to caller1.
    AssignmentSelection two;
    two.kind = AssignmentSelection::Kind::Companies;
    two.companyIds = {team.pool.at(0), team.pool.at(1)};
    CompanyAssignment other(team.head());
    other.apply(other.plan(two, {team.caller1}));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QPushButton>(dialog, "handOutApply")->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(MessageBox::lastTitle() == QStringLiteral("Hand out companies"));
    CHECK_FALSE(MessageBox::lastText().isEmpty());
    CHECK(team.owners() == QMap<qint64, int>{{0, 4}, {team.caller1, 4}}); // nothing of the stale hand-out
    // The preview is read again: what is unassigned now.
    CHECK(team.preview(dialog, "handOutPreview") == QStringList{QStringLiteral("Мария Голосова 4")});
}

TEST_CASE("A person deactivated since the dialog opened is refused in the preview with core's message",
          "[ui][team][handout]")
{
    Team team;
    HandOutDialog dialog(team.head());
    dialog.people()->setChecked(team.caller2, true);
    REQUIRE(child<QPushButton>(dialog, "handOutApply")->isEnabled());
    UserAdministration(team.head()).deactivate(QStringLiteral("caller2"), {QStringLiteral("caller1")});

    dialog.refreshPreview();
    QString expected;
    try {
        AssignmentSelection unassigned;
        CompanyAssignment(team.head()).plan(unassigned, {team.caller2});
    } catch (const TeamError &error) {
        CHECK(error.kind() == TeamErrorKind::InactiveUser);
        expected = error.message();
    }
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(child<QLabel>(dialog, "handOutSummary")->text() == expected);
    CHECK_FALSE(child<QPushButton>(dialog, "handOutApply")->isEnabled());
}

TEST_CASE("Deactivating a person shows who gets how many of their companies, asks, and hands them over",
          "[ui][team][deactivate]")
{
    Team team;
    Task callBack;
    callBack.assigneeId = team.caller1;
    callBack.kind = TaskKind::Custom;
    callBack.dueAt = team.base.clock().nowUtc();
    TaskRepository(team.base.context()).create(callBack);
    const User head = *UserRepository(team.base.context()).find(1);
    TeamView view(team.head(), head);
    view.selectLogin(QStringLiteral("caller1"));
    bool filled = false;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        filled = true;
        // The other caller is offered by default: the same job.
        CHECK(team.preview(dialog, "deactivatePreview") == QStringList{QStringLiteral("Мария Голосова 2")});
        CHECK(child<QLabel>(dialog, "deactivateSummary")->text()
              == QStringLiteral("To pass on: companies 2 (clients among them 0), open deals 0, open tasks 1."));
        CHECK(team.owners() == QMap<qint64, int>{{0, 6}, {team.caller1, 2}});
        MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(dialog, "deactivateButton")->click();
    });
    child<QPushButton>(view, "deactivateButton")->click();
    CHECK(filled);
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("Deactivate Илья Звонарёв")));
    CHECK(team.owners() == QMap<qint64, int>{{0, 6}, {team.caller2, 2}});
    CHECK_FALSE(UserRepository(team.base.context()).find(team.caller1)->active);
    CHECK(team.row(view, 1).at(TeamView::ActiveColumn) == QStringLiteral("no"));
}

TEST_CASE("Adding a person and setting the first password turns sign-in on and says so", "[ui][team][password]")
{
    Team team;
    const User head = *UserRepository(team.base.context()).find(1);
    TeamView view(team.head(), head);
    ModalDialog::setNextFiller([](QDialog &dialog) {
        typeText(child<QLineEdit>(dialog, "personLogin"), QStringLiteral("closer"));
        typeText(child<QLineEdit>(dialog, "personName"), QStringLiteral("Олег Договоров"));
        QComboBox *role = child<QComboBox>(dialog, "personRole");
        role->setCurrentIndex(role->findData(int(UserRole::Closer)));
        QComboBox *second = child<QComboBox>(dialog, "personSecondRole");
        second->setCurrentIndex(second->findData(int(UserRole::Caller)));
        QComboBox *region = child<QComboBox>(dialog, "personRegion");
        region->setCurrentText(QStringLiteral("г. Екатеринбург"));
        dialog.accept();
    });
    child<QPushButton>(view, "addPersonButton")->click();
    const auto added = UserRepository(team.base.context()).findByLogin(QStringLiteral("closer"));
    REQUIRE(added);
    CHECK(added->roles() == QList<UserRole>{UserRole::Closer, UserRole::Caller});
    CHECK(added->region == QStringLiteral("Свердловская область"));
    REQUIRE(view.table()->rowCount() == 4);

    // Roles and region change together; a region that is none leaves the roles as they were too.
    view.selectLogin(QStringLiteral("closer"));
    ModalDialog::setNextFiller([](QDialog &dialog) {
        QComboBox *second = child<QComboBox>(dialog, "personSecondRole");
        second->setCurrentIndex(0);
        child<QComboBox>(dialog, "personRegion")->setCurrentText(QStringLiteral("Атлантида"));
        dialog.accept();
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QPushButton>(view, "changeRolesButton")->click();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Атлантида")));
    CHECK(UserRepository(team.base.context()).findByLogin(QStringLiteral("closer"))->roles()
          == QList<UserRole>{UserRole::Closer, UserRole::Caller});
    ModalDialog::setNextFiller([](QDialog &dialog) {
        child<QComboBox>(dialog, "personRegion")->setCurrentText(QString());
        dialog.accept();
    });
    child<QPushButton>(view, "changeRolesButton")->click();
    CHECK(UserRepository(team.base.context()).findByLogin(QStringLiteral("closer"))->region.isEmpty());

    view.selectLogin(QStringLiteral("head"));
    CHECK_FALSE(SignIn(team.head()).required());
    ModalDialog::setNextFiller([](QDialog &dialog) {
        typeText(child<QLineEdit>(dialog, "newPassword"), QStringLiteral("head secret"));
        typeText(child<QLineEdit>(dialog, "repeatPassword"), QStringLiteral("head secreT"));
        CHECK_FALSE(child<QLabel>(dialog, "passwordProblem")->text().isEmpty());
        child<QLineEdit>(dialog, "repeatPassword")->clear();
        typeText(child<QLineEdit>(dialog, "repeatPassword"), QStringLiteral("head secret"));
        dialog.accept();
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QPushButton>(view, "setPasswordButton")->click();
    CHECK(SignIn(team.head()).required());
    CHECK(MessageBox::lastTitle() == QStringLiteral("Sign-in is on"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Set the others' passwords")));
}

TEST_CASE("The head hands out the companies chosen in the cold base", "[ui][team][handout][coldbase]")
{
    Team team;
    const User head = *UserRepository(team.base.context()).find(1);
    MainWindow window(team.head(), head);
    window.showSection(MainWindow::ColdBase);
    ColdBaseView *coldBase = window.coldBaseView();
    QItemSelectionModel *selection = coldBase->table()->selectionModel();
    const QList<qint64> chosen{coldBase->model()->companyIdAt(0), coldBase->model()->companyIdAt(1)};
    selection->select(coldBase->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(coldBase->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(coldBase->selectedCompanyIds() == chosen);

    bool filled = false;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        filled = true;
        auto &handOut = static_cast<HandOutDialog &>(dialog);
        CHECK(child<QComboBox>(dialog, "handOutSource")->currentText() == QStringLiteral("The 2 chosen companies"));
        handOut.people()->setChecked(team.caller2, true);
        CHECK(team.preview(dialog, "handOutPreview") == QStringList{QStringLiteral("Мария Голосова 2")});
        child<QPushButton>(dialog, "handOutApply")->click();
    });
    QAction *action = window.findChild<QAction *>(QStringLiteral("handOutChosenAction"));
    REQUIRE(action);
    action->trigger();
    CHECK(filled);
    for (const qint64 id : chosen)
        CHECK(CompanyRepository(team.base.context()).find(id)->ownerId == team.caller2);
}

namespace {
// The view's row of a login.
int rowOf(TeamView &view, const QString &login)
{
    for (int row = 0; row < view.table()->rowCount(); ++row)
        if (view.table()->item(row, TeamView::LoginColumn)->text() == login)
            return row;
    FAIL("no row for " << login.toStdString());
    return -1;
}

void setSize(TestDatabase &base, qint64 companyId, const char *size)
{
    SqlStatement::run(base.db().connection(), QStringLiteral("UPDATE companies SET size_class = ? WHERE id = ?"),
                      {QString::fromLatin1(size), companyId});
}
} // namespace

TEST_CASE("The Team section shows each person's load against the limits and today's work, and follows the base",
          "[ui][team][teamday]")
{
    const ScopedTimeZone moscow("Europe/Moscow");
    Team team;
    const qint64 closer
        = createUser(team.base, QStringLiteral("closer"), QStringLiteral("Олег Договоров"), UserRole::Closer);
    const qint64 account = createUser(team.base, QStringLiteral("account"), QStringLiteral("Светлана Клиентова"),
                                      UserRole::AccountManager);
    Capacity(team.head()).setLimits({2, 15, 3, 200});
    for (int i = 0; i < 3; ++i)
        createCompany(team.base, QStringLiteral("Встреча %1").arg(i), CompanyStage::Meeting, closer);
    setSize(team.base, createCompany(team.base, QStringLiteral("Крупная"), CompanyStage::Deal, closer), "large");
    createCompany(team.base, QStringLiteral("Клиент"), CompanyStage::Client, account);
    // The closer's meeting this afternoon, and a callback of caller1's due an hour ago.
    Task meeting;
    meeting.companyId = team.pool.at(0);
    meeting.assigneeId = closer;
    meeting.kind = TaskKind::Meeting;
    meeting.dueAt = team.base.clock().nowUtc().addSecs(5 * 3600);
    TaskRepository(team.head()).create(meeting);
    Task late;
    late.companyId = team.pool.at(1);
    late.assigneeId = team.caller1;
    late.kind = TaskKind::Callback;
    late.dueAt = team.base.clock().nowUtc().addSecs(-3600);
    TaskRepository(team.head()).create(late);

    const User head = *UserRepository(team.base.context()).find(1);
    TeamView view(team.head(), head);
    view.show(); // in view: an announcement is read at once
    const int closerRow = rowOf(view, QStringLiteral("closer"));
    QTableWidgetItem *load = view.table()->item(closerRow, TeamView::LoadColumn);
    CHECK(load->text() == QStringLiteral("3/2 · 1/15 · 0/3"));
    CHECK(load->foreground().color() == QColor(Qt::red));
    CHECK(load->toolTip().startsWith(
        QStringLiteral("Олег Договоров leads 3 small or medium companies; the limit is 2.")));
    CHECK(view.table()->item(closerRow, TeamView::MeetingsColumn)->text() == QStringLiteral("1"));
    const int accountRow = rowOf(view, QStringLiteral("account"));
    CHECK(view.table()->item(accountRow, TeamView::LoadColumn)->text() == QStringLiteral("1/200"));
    CHECK(view.table()->item(accountRow, TeamView::LoadColumn)->foreground().color() != QColor(Qt::red));
    const int callerRow = rowOf(view, QStringLiteral("caller1"));
    CHECK(view.table()->item(callerRow, TeamView::OverdueColumn)->text() == QStringLiteral("1"));
    CHECK(view.table()->item(callerRow, TeamView::CallsColumn)->text() == QStringLiteral("0"));

    // Caller1 makes two calls on their desk; the announcement brings them in.
    for (int i = 0; i < 2; ++i) {
        Activity call;
        call.companyId = team.pool.at(2);
        call.kind = ActivityKind::Call;
        call.outcome = QStringLiteral("busy");
        ActivityRepository(team.base.contextAs(team.caller1)).add(call);
    }
    team.base.db().changes().announce(ChangeSet().add(ChangeSet::Kind::Company, team.pool.at(2)));
    CHECK(view.table()->item(callerRow, TeamView::CallsColumn)->text() == QStringLiteral("2"));
    // A higher limit set elsewhere: within it now, not red.
    Capacity(team.head()).setLimits({5, 15, 3, 200});
    team.base.db().changes().announce(ChangeSet().addSomewhere(ChangeSet::Kind::Setting));
    load = view.table()->item(closerRow, TeamView::LoadColumn);
    CHECK(load->text() == QStringLiteral("3/5 · 1/15 · 0/3"));
    CHECK(load->foreground().color() != QColor(Qt::red));
}

TEST_CASE("The team's rules are set in their dialog: the routing order rearranged, limits and the pool saved",
          "[ui][team][settings]")
{
    Team team;
    const qint64 closer
        = createUser(team.base, QStringLiteral("closer"), QStringLiteral("Олег Договоров"), UserRole::Closer);
    const qint64 closer2
        = createUser(team.base, QStringLiteral("closer2"), QStringLiteral("Дмитрий Сделкин"), UserRole::Closer);
    const User head = *UserRepository(team.base.context()).find(1);
    TeamView view(team.head(), head);
    bool filled = false;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        filled = true;
        auto &rules = static_cast<TeamSettingsDialog &>(dialog);
        CHECK(child<QRadioButton>(dialog, "routeInTurn")->isChecked());
        CHECK_FALSE(child<QListWidget>(dialog, "qualifiedOrder")->isEnabled());
        child<QRadioButton>(dialog, "routeQualified")->click();
        auto *order = child<QListWidget>(dialog, "qualifiedOrder");
        CHECK(order->isEnabled());
        // The head and the closers by name; Олег goes first, then Дмитрий, the head is left out.
        REQUIRE(order->count() == 3);
        CHECK(order->item(0)->text() == QStringLiteral("Head of sales"));
        CHECK(order->item(1)->text() == QStringLiteral("Дмитрий Сделкин"));
        order->setCurrentRow(2);
        QTest::keyClick(order, Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(order, Qt::Key_Up, Qt::ControlModifier);
        CHECK(order->item(0)->text() == QStringLiteral("Олег Договоров"));
        CHECK(order->currentRow() == 0);
        CHECK_FALSE(child<QPushButton>(dialog, "orderUp")->isEnabled());
        order->setCurrentRow(2);
        child<QPushButton>(dialog, "orderUp")->click();
        CHECK(order->item(1)->text() == QStringLiteral("Дмитрий Сделкин"));
        order->item(0)->setCheckState(Qt::Checked);
        order->item(1)->setCheckState(Qt::Checked);
        child<QSpinBox>(dialog, "limitSmallOrMedium")->setValue(25);
        child<QSpinBox>(dialog, "limitClients")->setValue(120);
        child<QCheckBox>(dialog, "callersTakeFromPool")->setChecked(true);
        rules.accept();
    });
    child<QPushButton>(view, "teamRulesButton")->click();
    CHECK(filled);
    const TeamRules saved = TeamSettings(team.head()).rules();
    CHECK(saved.routing == RoutingRule::MostQualified);
    CHECK(saved.qualifiedOrder == QList<qint64>{closer, closer2});
    CHECK(saved.limits == CapacityLimits{25, 15, 3, 120});
    CHECK(saved.callersTakeFromPool);

    // Cancelled, nothing changes.
    ModalDialog::setNextFiller([](QDialog &dialog) {
        child<QRadioButton>(dialog, "routeOnDuty")->click();
        dialog.reject();
    });
    child<QPushButton>(view, "teamRulesButton")->click();
    CHECK(TeamSettings(team.head()).rules() == saved);
}

TEST_CASE("The duty roster is edited day by day from the keyboard and saved", "[ui][team][roster]")
{
    Team team;
    const qint64 closer
        = createUser(team.base, QStringLiteral("closer"), QStringLiteral("Олег Договоров"), UserRole::Closer);
    const QDate today = team.base.clock().nowUtc().toLocalTime().date();
    DutyRosterRepository(team.base.db()).set(today.addDays(1), closer);
    const User head = *UserRepository(team.base.context()).find(1);
    TeamView view(team.head(), head);
    bool filled = false;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        filled = true;
        auto &roster = static_cast<DutyRosterDialog &>(dialog);
        CHECK(roster.firstDay() == today);
        REQUIRE(roster.dayBox(DutyRosterDialog::shownDays - 1) != nullptr);
        // Nobody, then the people by name: the head ("Head of sales" in a new base) and the closer.
        QComboBox *first = roster.dayBox(0);
        CHECK(first->currentText() == QStringLiteral("nobody"));
        CHECK(roster.dayBox(1)->currentText() == QStringLiteral("Олег Договоров"));
        first->setFocus();
        QTest::keyClick(first, Qt::Key_End);
        CHECK(first->currentData().toLongLong() == closer);
        QTest::keyClick(roster.dayBox(1), Qt::Key_Home); // tomorrow: nobody after all
        roster.dayBox(3)->setCurrentIndex(roster.dayBox(3)->findData(qint64(1)));
        roster.accept();
    });
    child<QPushButton>(view, "dutyRosterButton")->click();
    CHECK(filled);
    CHECK(DutyRosterRepository(team.base.db()).between(today, today.addDays(30))
          == QMap<QDate, qint64>{{today, closer}, {today.addDays(3), 1}});
}

TEST_CASE("A hand-out that puts someone over a capacity limit asks with the numbers: No writes nothing, Yes applies",
          "[ui][team][handout][capacity]")
{
    Team team;
    const qint64 closer
        = createUser(team.base, QStringLiteral("closer"), QStringLiteral("Олег Договоров"), UserRole::Closer);
    const qint64 closer2
        = createUser(team.base, QStringLiteral("closer2"), QStringLiteral("Дмитрий Сделкин"), UserRole::Closer);
    Capacity(team.head()).setLimits({2, 15, 3, 200});
    for (int i = 0; i < 2; ++i) {
        createCompany(team.base, QStringLiteral("Олегу %1").arg(i), CompanyStage::Meeting, closer);
        createCompany(team.base, QStringLiteral("Дмитрию %1").arg(i), CompanyStage::Deal, closer2);
    }
    HandOutDialog dialog(team.head());
    auto *source = child<QComboBox>(dialog, "handOutSource");
    source->setCurrentIndex(source->findData(int(AssignmentSelection::Kind::From)));
    auto *from = child<QComboBox>(dialog, "handOutFrom");
    from->setCurrentIndex(from->findData(closer));
    dialog.people()->setChecked(closer2, true);
    REQUIRE(team.preview(dialog, "handOutPreview") == QStringList{QStringLiteral("Дмитрий Сделкин 2")});
    const QMap<qint64, int> before = team.owners();

    MessageBox::setNextAnswer(QMessageBox::No);
    child<QPushButton>(dialog, "handOutApply")->click();
    CHECK(MessageBox::lastText().contains(
        QStringLiteral("Дмитрий Сделкин would lead 4 small or medium companies; the limit is 2.")));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.appliedId() == 0);
    CHECK(team.owners() == before);
    CHECK(CompanyAssignment(team.head()).history().isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(dialog, "handOutApply")->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.appliedId() > 0);
    CHECK(team.owners().value(closer2) == 4);
    CHECK_FALSE(team.owners().contains(closer));
}

TEST_CASE("On a big base the Team section reads on a worker, keeping its rows and selection until the new ones are in",
          "[ui][team][background]")
{
    Team team;
    const User head = *UserRepository(team.base.context()).find(1);
    TeamView view(team.head(), head);
    view.reader().setBackgroundFrom(1); // eight companies count as a big base here
    view.selectLogin(QStringLiteral("caller2"));
    QSignalSpy loaded(&view, &TeamView::loaded);
    Activity call;
    call.companyId = team.pool.at(0);
    call.kind = ActivityKind::Call;
    call.outcome = QStringLiteral("busy");
    ActivityRepository(team.base.contextAs(team.caller2)).add(call);

    view.reload();
    CHECK(view.reader().isReading());
    CHECK(team.row(view, 2).at(TeamView::CallsColumn) == QStringLiteral("0")); // the old rows meanwhile
    REQUIRE(loaded.wait(30000));
    CHECK(team.row(view, 2).at(TeamView::CallsColumn) == QStringLiteral("1"));
    CHECK(view.reader().lastReadThread() != QThread::currentThread());
    CHECK(view.table()->currentRow() == 2);
    CHECK(view.table()->item(2, TeamView::NameColumn)->isSelected());
}
