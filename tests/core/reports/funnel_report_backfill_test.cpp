#include "ReportScenario.h"
#include "reports/FunnelReport.h"
#include "reports/ReportError.h"
#include "reports/ReportJson.h"
#include "storage/FunnelSpanBackfill.h"
#include "storage/SqlStatement.h"
#include "support/FunnelSpanUpgrade.h"
#include "support/VoronkaProcess.h"

namespace voronka::test {

namespace {

QJsonObject novemberFunnel(ReportScenario &scenario, FunnelView view)
{
    return ReportJson::funnel(FunnelReport(scenario.base.context()).compare(ReportScenario::november(), view, {}));
}

bool historyMarked(ReportScenario &scenario)
{
    return SqlStatement::scalar(scenario.base.db().connection(),
                                QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'funnel_spans%'"))
               .toInt()
        > 0;
}

} // namespace

TEST_CASE("The funnel report refuses while the upgraded history is being prepared, and matches once it is",
          "[reports][backfill]")
{
    ReportScenario scenario;
    const QJsonObject period = novemberFunnel(scenario, FunnelView::Period);
    const QJsonObject cohort = novemberFunnel(scenario, FunnelView::Cohort);
    upgradeFunnelSpansAsStep20(scenario.base.db());

    FunnelSpanBackfill backfill(scenario.base.db(), StepPacing{900, false}, 2);
    CHECK_FALSE(backfill.step(2));
    const int percent = backfill.percentDone();
    try {
        novemberFunnel(scenario, FunnelView::Period);
        FAIL("the funnel was computed from a half-prepared history");
    } catch (const ReportError &error) {
        CHECK(error.kind() == ReportError::Kind::NotReady);
        CHECK(error.message() == QStringLiteral("Preparing the history for reports: %1%.").arg(percent));
    }
    CHECK_THROWS_AS(novemberFunnel(scenario, FunnelView::Cohort), ReportError);

    CHECK(backfill.run());
    CHECK(novemberFunnel(scenario, FunnelView::Period) == period);
    CHECK(novemberFunnel(scenario, FunnelView::Cohort) == cohort);
}

TEST_CASE("voronka report funnel prepares an upgraded history first, saying so on stderr, then reports", "[reports]")
{
    ReportScenario scenario;
    const QJsonObject period = novemberFunnel(scenario, FunnelView::Period);
    upgradeFunnelSpansAsStep20(scenario.base.db());
    REQUIRE(historyMarked(scenario));
    const VoronkaRun run = runVoronka(
        {QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--db"), scenario.base.path(),
         QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
         QStringLiteral("--time-zone"), QStringLiteral("Europe/Moscow"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("Preparing the history for reports: 0%.")));
    CHECK(run.err.contains(QStringLiteral("The history is ready for reports.")));
    QJsonObject printed = run.json();
    CHECK(printed == period);
    CHECK_FALSE(historyMarked(scenario));
}

TEST_CASE("voronka index prepares an upgraded history too", "[reports]")
{
    ReportScenario scenario;
    upgradeFunnelSpansAsStep20(scenario.base.db());
    const VoronkaRun run = runVoronka({QStringLiteral("index"), QStringLiteral("--db"), scenario.base.path()});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("The history is ready for reports.")));
    CHECK_FALSE(historyMarked(scenario));
}

} // namespace voronka::test
