// The daily backup and "Back up now" run on a worker: the window is up and usable meanwhile.
#include "common/MessageBox.h"
#include "demo/DemoBase.h"
#include "shell/BackgroundBackup.h"
#include "shell/MainWindow.h"
#include "storage/BackupService.h"
#include "storage/UserRepository.h"
#include "support/BadFiles.h"
#include "support/HeldWorker.h"
#include "support/TestDatabase.h"

#include <QAction>
#include <QDir>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
// Holds the worker at the start of its backup until released or cancelled; says when it got there.
using HeldBackup = HeldWorker<BackgroundBackup>;

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}
} // namespace

TEST_CASE("The window is usable while the daily backup runs, and says when it is done", "[ui][backup]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 30);
    const User head = *UserRepository(base.context()).find(1);
    const QString folder = BackupService(base.db(), base.clock()).folder();
    HeldBackup held;
    MainWindow window(base.context(), head);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.startDailyBackup();
    REQUIRE(held.arrived.tryAcquire(1, 30000));

    // The backup has not been made yet, and the window answers.
    CHECK(window.isVisible());
    CHECK(window.backgroundBackup()->isRunning());
    CHECK(filesIn(folder).isEmpty());
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.currentSection() == MainWindow::Calls);

    QSignalSpy finished(window.backgroundBackup(), &BackgroundBackup::finished);
    held.released.release();
    REQUIRE(finished.wait(30000));
    CHECK(finished.constFirst().at(0).value<BackgroundBackup::Result>() == BackgroundBackup::Result::Made);
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Backed up to")));
    const QList<BackupFile> made = BackupService(base.db(), base.clock()).list();
    REQUIRE(made.size() == 1);
    BackupService::verify(made.constFirst().path);
    CHECK(filesIn(folder).size() == 1);

    // Once a day: the next start finds today's backup and makes none.
    QSignalSpy again(window.backgroundBackup(), &BackgroundBackup::finished);
    held.released.release();
    window.startDailyBackup();
    REQUIRE(again.wait(30000));
    CHECK(again.constFirst().at(0).value<BackgroundBackup::Result>() == BackgroundBackup::Result::NotNeeded);
    CHECK(filesIn(folder).size() == 1);
}

TEST_CASE("Back up now shows its progress and the new backup", "[ui][backup]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 30);
    const User head = *UserRepository(base.context()).find(1);
    HeldBackup held;
    MainWindow window(base.context(), head);
    window.show();
    window.findChild<QAction *>(QStringLiteral("backUpAction"))->trigger();
    REQUIRE(held.arrived.tryAcquire(1, 30000));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Backing up the base…"));
    // A second request while it runs does not start another.
    window.backUpNow();
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("A backup is being made already."));

    QSignalSpy progressed(window.backgroundBackup(), &BackgroundBackup::progressed);
    QSignalSpy finished(window.backgroundBackup(), &BackgroundBackup::finished);
    held.released.release();
    REQUIRE(finished.wait(30000));
    REQUIRE_FALSE(progressed.isEmpty());
    CHECK(progressed.constLast().at(0).toLongLong() == progressed.constLast().at(1).toLongLong());
    CHECK(window.findChild<QProgressBar *>(QStringLiteral("backupProgress"))->isHidden());
    const QList<BackupFile> made = BackupService(base.db(), base.clock()).list();
    REQUIRE(made.size() == 1);
    CHECK(window.statusBar()->currentMessage()
          == QStringLiteral("Backed up to %1").arg(QDir::toNativeSeparators(made.constFirst().path)));
}

TEST_CASE("Damage the daily backup finds comes up as a warning and no damaged copy is kept", "[ui][backup][bad-input]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 30);
    base.close();
    fillAndDamageSpareTable(base.path());
    base.reopen();
    const User head = *UserRepository(base.context()).find(1);
    MessageBox::resetForTest();
    const auto reset = qScopeGuard([] { MessageBox::resetForTest(); });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MainWindow window(base.context(), head);
    window.show();
    window.startDailyBackup();
    QSignalSpy started(window.backgroundBackup(), &BackgroundBackup::finished);
    REQUIRE(started.wait(30000));
    CHECK(started.constFirst().at(0).value<BackgroundBackup::Result>() == BackgroundBackup::Result::Damaged);
    CHECK(MessageBox::lastTitle() == QStringLiteral("The base is damaged"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Restore the latest good backup")));
    CHECK_FALSE(MessageBox::hasUnusedAnswer());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("damage")));
    CHECK(filesIn(BackupService(base.db(), base.clock()).folder()).isEmpty());
}

TEST_CASE("Closing the window during a backup cancels it and leaves no file", "[ui][backup]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 30);
    const User head = *UserRepository(base.context()).find(1);
    const QString folder = BackupService(base.db(), base.clock()).folder();
    HeldBackup held;
    auto window = std::make_unique<MainWindow>(base.context(), head);
    window->show();
    window->startDailyBackup();
    REQUIRE(held.arrived.tryAcquire(1, 30000));
    window->close();
    window.reset(); // what GuiFront does when the event loop ends: waits for the worker, which stops at once
    CHECK(filesIn(folder).isEmpty());
}
