// The sign-in window at start: a wrong password is refused with core's message and the window stays, the next try
// waits (on the test's clock, not on a sleep) as long as SignIn makes it wait, and the right password lets the
// person in; the main window then starts as that person, seeing their part of the base.
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "company/ColdBaseView.h"
#include "models/CompanyListModel.h"
#include "shell/GuiFront.h"
#include "shell/MainWindow.h"
#include "shell/RememberedUser.h"
#include "shell/SecretStore.h"
#include "shell/SignInDialog.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"
#include "team/RememberedSignIn.h"
#include "team/SignIn.h"
#include "team/UserAdministration.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
// A base with sign-in on: the head, two callers with a company each and one company nobody holds.
struct SignedInBase
{
    SignedInBase()
    {
        caller1 = createUser(base, QStringLiteral("caller1"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
        caller2 = createUser(base, QStringLiteral("caller2"), QStringLiteral("Мария Голосова"), UserRole::Caller);
        createCompany(base, QStringLiteral("Своя ромашка"), CompanyStage::Cold, caller1);
        createCompany(base, QStringLiteral("Чужая лилия"), CompanyStage::Cold, caller2);
        createCompany(base, QStringLiteral("Ничья астра"), CompanyStage::Cold, 0);
        UserAdministration admin(base.contextAs(1));
        admin.setPassword(QStringLiteral("head"), QStringLiteral("head secret"));
        admin.setPassword(QStringLiteral("caller1"), QStringLiteral("caller secret"));
    }

    TestDatabase base;
    qint64 caller1 = 0;
    qint64 caller2 = 0;
};

void tryPassword(SignInDialog &dialog, const QString &password)
{
    QLineEdit *field = child<QLineEdit>(dialog, "signInPassword");
    field->clear();
    typeText(field, password);
    child<QPushButton>(dialog, "signInButton")->click();
}
} // namespace

TEST_CASE("A wrong password keeps the sign-in window, the retry waits for the clock, the right one signs in",
          "[ui][signin]")
{
    SignedInBase team;
    SignInDialog dialog(team.base.context(), UserRepository(team.base.context()).list());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectLogin(QStringLiteral("CALLER1"));
    CHECK(child<QListWidget>(dialog, "signInUsers")->currentItem()->text()
          == QStringLiteral("Илья Звонарёв — Caller (first line)"));
    QPushButton *button = child<QPushButton>(dialog, "signInButton");
    QLabel *message = child<QLabel>(dialog, "signInMessage");
    QLabel *countdown = child<QLabel>(dialog, "signInCountdown");

    tryPassword(dialog, QStringLiteral("wrong"));
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.signedInUser());
    CHECK(message->text().startsWith(QStringLiteral("Wrong login or password.")));
    CHECK(child<QLineEdit>(dialog, "signInPassword")->text().isEmpty());
    // One failure: one second to wait.
    CHECK_FALSE(button->isEnabled());
    CHECK(countdown->text().contains(QLatin1Char('1')));
    team.base.clock().advanceSeconds(1);
    dialog.refreshCountdown();
    CHECK(button->isEnabled());
    CHECK(countdown->text().isEmpty());

    // Two failures: two seconds; one is not enough.
    tryPassword(dialog, QStringLiteral("still wrong"));
    CHECK_FALSE(button->isEnabled());
    CHECK(countdown->text().contains(QLatin1Char('2')));
    team.base.clock().advanceSeconds(1);
    dialog.refreshCountdown();
    CHECK_FALSE(button->isEnabled());
    CHECK(countdown->text().contains(QLatin1Char('1')));
    // Another person has no wait of their own.
    dialog.selectLogin(QStringLiteral("head"));
    CHECK(button->isEnabled());
    dialog.selectLogin(QStringLiteral("caller1"));
    CHECK_FALSE(button->isEnabled());
    team.base.clock().advanceSeconds(1);
    dialog.refreshCountdown();
    REQUIRE(button->isEnabled());

    tryPassword(dialog, QStringLiteral("caller secret"));
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.signedInUser());
    CHECK(dialog.signedInUser()->login == QStringLiteral("caller1"));
}

TEST_CASE("Signed in as a caller, the window starts as them and the cold base shows only their companies",
          "[ui][signin][viewer]")
{
    SignedInBase team;
    const User caller = *UserRepository(team.base.context()).find(team.caller1);
    const DataContext context = team.base.contextAs(caller.id);
    team.base.db().setViewer(GuiFront::viewerFor(context, caller));
    MainWindow window(context, caller);
    CHECK(child<QLabel>(window, "userLabel")->text() == QStringLiteral("User: Илья Звонарёв (Caller (first line))"));
    CHECK(window.teamView() == nullptr); // the Team section is the head's

    ColdBaseView *coldBase = window.coldBaseView();
    window.showSection(MainWindow::ColdBase);
    coldBase->setSearchDelay(0);
    CompanyListModel *model = coldBase->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, CompanyListModel::NameColumn).data().toString() == QStringLiteral("Своя ромашка"));
    CHECK(child<QLabel>(*coldBase, "companyCount")->text() == QStringLiteral("1 companies"));

    QLineEdit *search = child<QLineEdit>(*coldBase, "searchEdit");
    typeText(search, QStringLiteral("лилия"));
    coldBase->applyFilter();
    CHECK(model->rowCount() == 0);

    // The same on the worker that reads a big base: its connection looks as the window's does.
    model->setBackgroundFrom(1);
    QSignalSpy loaded(model, &CompanyListModel::loaded);
    search->clear();
    coldBase->applyFilter();
    while (model->isLoading())
        REQUIRE(loaded.wait(30000));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, CompanyListModel::NameColumn).data().toString() == QStringLiteral("Своя ромашка"));
    typeText(search, QStringLiteral("лилия"));
    coldBase->applyFilter();
    while (model->isLoading())
        REQUIRE(loaded.wait(30000));
    CHECK(model->rowCount() == 0);
}

TEST_CASE("On a base without passwords the window sees the whole base as before", "[ui][signin][viewer]")
{
    TestDatabase base;
    const qint64 caller = createUser(base, QStringLiteral("caller1"), QStringLiteral("Илья"), UserRole::Caller);
    createCompany(base, QStringLiteral("Чужая лилия"), CompanyStage::Cold, 1);
    const User user = *UserRepository(base.context()).find(caller);
    CHECK(GuiFront::viewerFor(base.contextAs(caller), user).seesEverything());
}

TEST_CASE("Anybody changes their own password from the File menu", "[ui][signin][password]")
{
    SignedInBase team;
    const User caller = *UserRepository(team.base.context()).find(team.caller1);
    const DataContext context = team.base.contextAs(caller.id);
    team.base.db().setViewer(GuiFront::viewerFor(context, caller));
    MainWindow window(context, caller);
    QAction *action = window.findChild<QAction *>(QStringLiteral("changeMyPasswordAction"));
    REQUIRE(action);
    ModalDialog::setNextFiller([](QDialog &dialog) {
        typeText(child<QLineEdit>(dialog, "newPassword"), QStringLiteral("new caller secret"));
        typeText(child<QLineEdit>(dialog, "repeatPassword"), QStringLiteral("new caller secret"));
        dialog.accept();
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    CHECK(MessageBox::lastText() == QStringLiteral("The password of Илья Звонарёв is set."));
    SignIn signIn(team.base.context());
    CHECK(signIn.attempt(QStringLiteral("caller1"), QStringLiteral("new caller secret")).outcome
          == SignInResult::Outcome::SignedIn);
}

namespace {
// A keychain in memory: available or not, and what it holds.
class MemorySecretStore : public SecretStore
{
public:
    explicit MemorySecretStore(bool available)
        : m_available(available)
    {
    }
    bool available() override { return m_available; }
    QString read(const QString &key) override { return secrets.value(key); }
    bool write(const QString &key, const QString &secret) override
    {
        if (!m_available || refuseWrites)
            return false;
        secrets.insert(key, secret);
        return true;
    }
    void remove(const QString &key) override { secrets.remove(key); }

    QHash<QString, QString> secrets;
    bool refuseWrites = false;

private:
    bool m_available;
};

qint64 tokensIn(TestDatabase &base)
{
    return SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM signin_tokens"))
        .toLongLong();
}
} // namespace

TEST_CASE("Remember me is offered only where a keychain can keep it", "[ui][signin][remember]")
{
    SignedInBase team;
    const QList<User> users = UserRepository(team.base.context()).list();
    SignInDialog without(team.base.context(), users, false);
    CHECK(without.findChild<QCheckBox *>(QStringLiteral("signInRemember")) == nullptr);
    CHECK_FALSE(without.rememberChosen());

    MemorySecretStore none(false);
    CHECK_FALSE(RememberedUser(team.base.context(), none).offered());
    MemorySecretStore keychain(true);
    RememberedUser remembered(team.base.context(), keychain);
    REQUIRE(remembered.offered());
    SignInDialog dialog(team.base.context(), users, remembered.offered());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QCheckBox *remember = child<QCheckBox>(dialog, "signInRemember");
    CHECK_FALSE(remember->isChecked());
    dialog.selectLogin(QStringLiteral("caller1"));
    remember->click();
    tryPassword(dialog, QStringLiteral("caller secret"));
    REQUIRE(dialog.signedInUser());
    CHECK(dialog.rememberChosen());
}

TEST_CASE("A remembered person starts without a password until they sign out", "[ui][signin][remember]")
{
    SignedInBase team;
    const User caller = *UserRepository(team.base.context()).find(team.caller1);
    MemorySecretStore keychain(true);
    CHECK_FALSE(RememberedUser(team.base.context(), keychain).signIn());

    CHECK(RememberedUser(team.base.context(), keychain).keep(caller, true).isEmpty());
    REQUIRE(keychain.secrets.size() == 1);
    const QString token = keychain.secrets.begin().value();
    CHECK(keychain.secrets.begin().key().endsWith(QFileInfo(team.base.db().path()).fileName()));
    CHECK(tokensIn(team.base) == 1);

    // The next start: the same person, no password asked.
    const auto next = RememberedUser(team.base.context(), keychain).signIn();
    REQUIRE(next);
    CHECK(next->id == team.caller1);

    SECTION("signing in without remember me drops the old token here and in the base")
    {
        CHECK(RememberedUser(team.base.context(), keychain).keep(caller, false).isEmpty());
        CHECK(keychain.secrets.isEmpty());
        CHECK(tokensIn(team.base) == 0);
        CHECK(RememberedSignIn(team.base.context()).signIn(token) == std::nullopt);
    }
    SECTION("File, Sign out and quit forgets it")
    {
        const DataContext context = team.base.contextAs(caller.id);
        team.base.db().setViewer(GuiFront::viewerFor(context, caller));
        {
            MainWindow window(context, caller);
            QAction *signOut = window.findChild<QAction *>(QStringLiteral("signOutAction"));
            REQUIRE(signOut);
            CHECK_FALSE(window.signOutRequested());
            signOut->trigger();
            CHECK(window.signOutRequested());
        }
        RememberedUser(team.base.context(), keychain).forget();
        CHECK(keychain.secrets.isEmpty());
        CHECK(tokensIn(team.base) == 0);
        CHECK_FALSE(RememberedUser(team.base.context(), keychain).signIn());
    }
    SECTION("a new password makes the next start ask again, and the stale token leaves the keychain")
    {
        UserAdministration(team.base.contextAs(1)).setPassword(QStringLiteral("caller1"), QStringLiteral("new one"));
        CHECK_FALSE(RememberedUser(team.base.context(), keychain).signIn());
        CHECK(keychain.secrets.isEmpty());
    }
    SECTION("a keychain that refuses to keep it leaves no token in the base and says so")
    {
        keychain.refuseWrites = true;
        const QString problem = RememberedUser(team.base.context(), keychain).keep(caller, true);
        CHECK(problem.contains(QStringLiteral("keychain")));
        CHECK(keychain.secrets.isEmpty());
        CHECK(tokensIn(team.base) == 0);
    }
}
