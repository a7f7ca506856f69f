// A base upgraded from before schema step 20: the window prepares its history for the reports on a worker, the
// funnel tab says how far it is instead of showing figures counted from half-prepared rows, and shows them once done.
#include "demo/DemoBase.h"
#include "reports/BackgroundFunnelBackfill.h"
#include "reports/ReportTableView.h"
#include "reports/ReportsView.h"
#include "shell/MainWindow.h"
#include "storage/FunnelSpanBackfill.h"
#include "storage/UserRepository.h"
#include "support/FunnelSpanUpgrade.h"
#include "support/HeldWorker.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

TEST_CASE("The window prepares an upgraded history on a worker while the funnel tab says how far it is",
          "[ui][reports][backfill]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 30);
    upgradeFunnelSpansAsStep20(base.db());
    REQUIRE_FALSE(FunnelSpanBackfill(base.db()).isFinished());
    const int notYet = FunnelSpanBackfill(base.db()).percentDone();

    HeldWorker<BackgroundFunnelBackfill> held;
    MainWindow window(base.context(), *UserRepository(base.context()).find(1));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.prepareHistoryForReports();
    BackgroundFunnelBackfill *backfill = window.historyBackfill();
    REQUIRE(backfill != nullptr);
    CHECK(backfill->isRunning());
    REQUIRE(held.arrived.tryAcquire(1, 30000));
    CHECK(held.thread.load() != QThread::currentThread());

    // Reports opened meanwhile: the funnel says why it is empty, with how far the preparation is.
    ReportsView *reports = window.reportsView();
    QSignalSpy refreshed(reports, &ReportsView::refreshed);
    window.showSection(MainWindow::Reports);
    REQUIRE(signalCame(refreshed));
    QLabel *problem = child<QLabel>(*reports, "reportProblem");
    CHECK(problem->isVisible());
    CHECK(problem->text() == QStringLiteral("Preparing the history for reports: %1%.").arg(notYet));
    CHECK(reports->stagesTable()->rowCount() == 0);
    reports->showHistoryPreparation(45);
    CHECK(problem->text() == QStringLiteral("Preparing the history for reports: 45%."));

    // Done: the figures are read again and shown, the marker gone.
    QSignalSpy progressed(backfill, &BackgroundFunnelBackfill::progressed);
    QSignalSpy finished(backfill, &BackgroundFunnelBackfill::finished);
    held.released.release();
    REQUIRE(signalCame(finished));
    CHECK(finished.constFirst().at(0).toBool());
    CHECK(finished.constFirst().at(1).toString().isEmpty());
    CHECK(progressed.size() >= 1);
    while (refreshed.size() < 2 && refreshed.wait(30000)) { }
    REQUIRE(refreshed.size() == 2);
    CHECK_FALSE(problem->isVisible());
    CHECK(reports->stagesTable()->rowCount() == 6);
    CHECK(FunnelSpanBackfill(base.db()).isFinished());
    CHECK_FALSE(backfill->isRunning());
}

TEST_CASE("The window starts no preparation on a base that needs none", "[ui][reports][backfill]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 10);
    MainWindow window(base.context(), *UserRepository(base.context()).find(1));
    window.prepareHistoryForReports();
    CHECK_FALSE(window.historyBackfill()->isRunning());
}
