// The head's Team section: the people with the companies each holds, the hand-out's preview of who gets how many
// before anything changes, apply and undo, core's refusals shown as they are (a colleague handed the companies out
// meanwhile, a person deactivated meanwhile), deactivating a person with the hand-over of their companies, and the
// first password turning sign-in on.
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "company/ColdBaseView.h"
#include "models/CompanyListModel.h"
#include "shell/MainWindow.h"
#include "storage/CompanyRepository.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"
#include "team/CompanyAssignment.h"
#include "team/DeactivateDialog.h"
#include "team/HandOutDialog.h"
#include "team/HandOutHistoryDialog.h"
#include "team/PeopleChecklist.h"
#include "team/SignIn.h"
#include "team/TeamError.h"
#include "team/TeamView.h"
#include "team/UserAdministration.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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
    CHECK(team.row(view, 1)
          == QStringList{QStringLiteral("Илья Звонарёв"), QStringLiteral("caller1"),
                         QStringLiteral("Caller (first line)"), QStringLiteral("yes"), QStringLiteral("2")});
    CHECK(team.row(view, 2)
          == QStringList{QStringLiteral("Мария Голосова"), QStringLiteral("caller2"),
                         QStringLiteral("Caller (first line)"), QStringLiteral("yes"), QStringLiteral("0")});
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
        dialog.accept();
    });
    child<QPushButton>(view, "addPersonButton")->click();
    const auto added = UserRepository(team.base.context()).findByLogin(QStringLiteral("closer"));
    REQUIRE(added);
    CHECK(added->roles() == QList<UserRole>{UserRole::Closer, UserRole::Caller});
    REQUIRE(view.table()->rowCount() == 4);

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
