#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "files/RestoreDialog.h"
#include "shell/GuiFront.h"
#include "shell/MainWindow.h"
#include "storage/BackupService.h"
#include "storage/CompanyRepository.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"
#include "support/BadFiles.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
struct BackedUpBase
{
    TestDatabase base;
    QList<BackupFile> backups; // newest first

    BackedUpBase()
    {
        BackupService service(base.db(), base.clock());
        for (const char *name : {"Ромашка", "Василёк"}) {
            Company company = makeCompany(QString::fromUtf8(name));
            CompanyRepository(base.context()).create(company);
            service.backupNow();
            base.clock().advanceSeconds(3600);
        }
        backups = service.list();
    }

    int companies()
    {
        return SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM companies")).toInt();
    }
};

void choose(QDialog &dialog, int row)
{
    child<QTableWidget>(dialog, "backupTable")->selectRow(row);
    child<QPushButton>(dialog, "restoreButton")->click();
}
} // namespace

TEST_CASE("The restore dialog lists the backups and the chosen one replaces the base", "[ui][backup]")
{
    BackedUpBase fixture;
    REQUIRE(fixture.backups.size() == 2);
    REQUIRE(fixture.companies() == 2);

    int listed = 0;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        auto *table = child<QTableWidget>(dialog, "backupTable");
        listed = table->rowCount();
        CHECK(table->item(0, 2)->text().endsWith(QFileInfo(fixture.backups.at(0).path).fileName()));
        CHECK(table->item(0, 1)->text() == QLocale().formattedDataSize(fixture.backups.at(0).size));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        choose(dialog, 1); // the older one, with one company
    });
    QString chosen;
    REQUIRE(RestoreDialog::chooseBackup(nullptr, fixture.backups, chosen));
    CHECK(listed == 2);
    CHECK(chosen == fixture.backups.at(1).path);
    CHECK(MessageBox::lastText().contains(QStringLiteral("before-restore")));

    // What GuiFront does with the answer once the window and the base are closed: the swap is BackupService::restore
    // (its failures are tested in core/storage/backup_service_test.cpp).
    fixture.base.close();
    BackupService::restore(fixture.base.path(), chosen, fixture.base.clock());
    fixture.base.reopen();
    CHECK(fixture.companies() == 1);
}

TEST_CASE("The restore dialog refuses a damaged backup and stays open", "[ui][backup][bad-input]")
{
    BackedUpBase fixture;
    fillAndScramble(fixture.backups.at(0).path);

    bool stayedOpen = false;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        choose(dialog, 0);
        stayedOpen = dialog.result() != QDialog::Accepted;
        CHECK(MessageBox::lastText().contains(QStringLiteral("damaged")));
        // Declining the confirmation for the intact one leaves the dialog open as well.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        choose(dialog, 1);
        CHECK(dialog.result() != QDialog::Accepted);
        dialog.reject();
    });
    QString chosen;
    CHECK_FALSE(RestoreDialog::chooseBackup(nullptr, fixture.backups, chosen));
    CHECK(stayedOpen);
    CHECK(chosen.isEmpty());
    CHECK(fixture.companies() == 2);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(RestoreDialog::chooseBackup(nullptr, {}, chosen));
    CHECK(MessageBox::lastText().contains(QStringLiteral("no backups")));
}

TEST_CASE("The File menu backs the base up and asks the start-up code to restore the chosen backup",
          "[ui][backup][mainwindow]")
{
    TestDatabase base;
    const User head = *UserRepository(base.context()).find(1);
    MainWindow window(base.context(), head);
    window.findChild<QAction *>(QStringLiteral("backUpAction"))->trigger();
    // The backup is made on a worker; its end comes back to the window's thread.
    REQUIRE(window.backgroundBackup());
    QSignalSpy finished(window.backgroundBackup(), &BackgroundBackup::finished);
    REQUIRE(finished.wait(30000));
    const QList<BackupFile> backups = BackupService(base.db(), base.clock()).list();
    REQUIRE(backups.size() == 1);
    CHECK(window.statusBar()->currentMessage().contains(QFileInfo(backups.first().path).fileName()));
    CHECK(window.restoreRequested().isEmpty());

    ModalDialog::setNextFiller([&](QDialog &dialog) {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        choose(dialog, 0);
    });
    window.findChild<QAction *>(QStringLiteral("restoreAction"))->trigger();
    CHECK(window.restoreRequested() == backups.first().path);
}

namespace {
// What GuiFront::restoreAndRestart started, instead of a second Voronka.
struct Restart
{
    int count = 0;
    QString program;
    QStringList arguments;

    GuiFront::Starter starter()
    {
        return [this](const QString &started, const QStringList &with) {
            ++count;
            program = started;
            arguments = with;
            return true;
        };
    }
};
} // namespace

TEST_CASE("After the window closes the chosen backup replaces the base, the user is told, and Voronka starts again",
          "[ui][backup]")
{
    BackedUpBase fixture;
    const QString login = UserRepository(fixture.base.context()).find(1)->login;
    const QString path = fixture.base.path();
    fixture.base.close();
    Restart restart;

    MessageBox::setNextAnswer(QMessageBox::Ok);
    GuiFront::restoreAndRestart(path, fixture.backups.at(1).path, login, fixture.base.clock(), restart.starter());
    CHECK(MessageBox::lastTitle() == QStringLiteral("Voronka"));
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("The backup is in place. The base as it was is kept as ")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("test.before-restore-")));
    REQUIRE(restart.count == 1);
    CHECK(restart.program == QCoreApplication::applicationFilePath());
    CHECK(restart.arguments == QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), login});
    fixture.base.reopen();
    CHECK(fixture.companies() == 1); // the older backup's
}

TEST_CASE("A restore that fails at start-up says why, leaves the base and starts Voronka on it again",
          "[ui][backup][bad-input]")
{
    BackedUpBase fixture;
    const QString path = fixture.base.path();
    Restart restart;

    SECTION("A damaged backup")
    {
        fixture.base.close();
        const QByteArray before = fileDigest(path);
        fillAndScramble(fixture.backups.at(0).path);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        GuiFront::restoreAndRestart(path, fixture.backups.at(0).path, QStringLiteral("head"), fixture.base.clock(),
                                    restart.starter());
        CHECK(MessageBox::lastText().startsWith(QStringLiteral("The backup was not restored.\n\n")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("damaged")));
        CHECK(fileDigest(path) == before);
    }
    SECTION("A base another desktop is writing to")
    {
        auto otherDesktop = Database::open(path);
        fixture.base.close();
        const QByteArray before = fileDigest(path);
        SqlStatement::run(otherDesktop->connection(), QStringLiteral("BEGIN IMMEDIATE"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        GuiFront::restoreAndRestart(path, fixture.backups.at(1).path, QStringLiteral("head"), fixture.base.clock(),
                                    restart.starter());
        CHECK(MessageBox::lastText().startsWith(QStringLiteral("The backup was not restored.\n\n")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("in use")));
        SqlStatement::run(otherDesktop->connection(), QStringLiteral("ROLLBACK"));
        CHECK(fileDigest(path) == before);
    }
    REQUIRE(restart.count == 1);
    CHECK(restart.arguments
          == QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("head")});
    fixture.base.reopen();
    CHECK(fixture.companies() == 2);
}
