#include "calls/CallModeView.h"
#include "common/MessageBox.h"
#include "company/ColdBaseView.h"
#include "demo/DemoBase.h"
#include "reports/ReportsView.h"
#include "shell/GuiFront.h"
#include "shell/MainWindow.h"
#include "shell/UserPickerDialog.h"
#include "storage/UserRepository.h"
#include "support/BadFiles.h"
#include "support/TestDatabase.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

TEST_CASE("The navigation has every section", "[ui][mainwindow]")
{
    TestDatabase base;
    const User head = *UserRepository(base.context()).find(1);
    MainWindow window(base.context(), head);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    CHECK(navigation->count() == MainWindow::SectionCount);
    CHECK(navigation->item(MainWindow::ColdBase)->text() == QStringLiteral("Cold base"));
    CHECK(window.currentSection() == MainWindow::ColdBase);

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.currentSection() == MainWindow::Calls);
    auto *sections = window.findChild<QStackedWidget *>(QStringLiteral("sections"));
    CHECK(sections->currentWidget() == window.callModeView());
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    CHECK(window.currentSection() == MainWindow::Reports);
    CHECK(sections->currentWidget() == window.reportsView());
    CHECK(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text() == QStringLiteral("User: Head of sales"));
}

TEST_CASE("Each role starts in its own section", "[ui][mainwindow]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 20);
    for (const auto &[login, section] :
         {std::pair{"caller1", MainWindow::Calls}, std::pair{"closer", MainWindow::Meetings},
          std::pair{"account", MainWindow::Clients}, std::pair{"collector", MainWindow::ColdBase}}) {
        const User user = *UserRepository(base.context()).findByLogin(QString::fromLatin1(login));
        MainWindow window(base.contextAs(user.id), user);
        CHECK(window.currentSection() == section);
    }
}

TEST_CASE("The user picker returns the chosen user", "[ui][startup]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 1);
    const QList<User> users = UserRepository(base.context()).list();
    UserPickerDialog picker(users);
    CHECK(picker.selectedUser().id == users.first().id);
    picker.selectLogin(QStringLiteral("CLOSER"));
    CHECK(picker.selectedUser().role == UserRole::Closer);
}

TEST_CASE("Starting on a file that is not a base shows why and exits with its code", "[ui][startup][bad-input]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cold.csv"));
    writeTextFile(path, "Компания;Телефон\n");
    const QByteArray digest = fileDigest(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const int code = GuiFront::run({QStringLiteral("voronka"), QStringLiteral("--db"), path});
    CHECK(code == 4);
    CHECK(MessageBox::lastText().contains(QStringLiteral("is not a Voronka database")));
    CHECK(fileDigest(path) == digest);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK(GuiFront::run({QStringLiteral("voronka"), QStringLiteral("--db"),
                         dir.filePath(QStringLiteral("no/folder/base.sqlite"))})
          == 3);
    CHECK(MessageBox::lastText().contains(QStringLiteral("does not exist")));
}
