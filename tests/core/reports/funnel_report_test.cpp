#include "ReportScenario.h"
#include "reports/FunnelReport.h"
#include "reports/ReportError.h"
#include "storage/FunnelHistoryQuery.h"
#include "storage/SqlStatement.h"

#include <algorithm>

namespace voronka::test {

namespace {

struct Split
{
    qint64 entered, advanced, lost, movedBack, stillThere;
};

void checkStage(const FunnelFigures &figures, CompanyStage stage, Split expected)
{
    INFO(companyStageKey(stage).toStdString());
    const StageFigures &actual = figures.stage(stage);
    CHECK(actual.entered == expected.entered);
    CHECK(actual.advanced == expected.advanced);
    CHECK(actual.lost == expected.lost);
    CHECK(actual.movedBack == expected.movedBack);
    CHECK(actual.stillThere == expected.stillThere);
    CHECK(actual.addsUp());
}

} // namespace

TEST_CASE("The period view counts November's entries and what became of them by the end of November", "[reports]")
{
    ReportScenario scenario;
    const FunnelFigures figures
        = FunnelReport(scenario.base.context()).compute(ReportScenario::november(), FunnelView::Period, {});

    checkStage(figures, CompanyStage::Cold, {10, 6, 2, 0, 2});
    checkStage(figures, CompanyStage::Calling, {7, 4, 0, 1, 2}); // D's skip counts as entered and advanced
    checkStage(figures, CompanyStage::Meeting, {5, 2, 1, 1, 1}); // G at 23:30 Moscow time is in, H at 00:30 is not
    checkStage(figures, CompanyStage::Deal, {2, 1, 0, 0, 1}); // D became a client in December
    checkStage(figures, CompanyStage::Client, {1, 0, 0, 0, 1});
    checkStage(figures, CompanyStage::Reactivation, {0, 0, 0, 0, 0});

    // Days spent by the entries that left: calling 1, 1, 1 and 26 (G); the cold base 1, 1, 1, 2, 2, 3, 3, 3.
    CHECK(figures.stage(CompanyStage::Calling).medianDays() == 1);
    CHECK(figures.stage(CompanyStage::Calling).p80Days() == 26);
    CHECK(figures.stage(CompanyStage::Cold).medianDays() == 2);
    CHECK(figures.stage(CompanyStage::Cold).p80Days() == 3);
    CHECK_FALSE(figures.stage(CompanyStage::Client).medianDays().has_value());

    // A's first payment on 20 November, 26 days after its first call on 25 October.
    CHECK(figures.daysToFirstPayment == QList<qint64>{26});
    // A period's conversion multiplies the stages' rates: calling 4 of 7, cold 6 of 10, meeting 2 of 5, deal 1 of 2.
    CHECK(figures.conversion(CompanyStage::Calling, CompanyStage::Meeting) == Approx(4.0 / 7.0));
    CHECK(figures.conversion(CompanyStage::Cold, CompanyStage::Client) == Approx(0.6 * 4 / 7 * 0.4 * 0.5));

    QStringList lost;
    for (const LostReasonFigure &reason : figures.lostReasons)
        lost.append(companyStageKey(reason.fromStage) + QLatin1Char(':') + reason.reason + QLatin1Char('=')
                    + QString::number(reason.count));
    lost.sort();
    CHECK(lost
          == QStringList{QStringLiteral("calling:Too expensive=1"), QStringLiteral("cold:Company closed=1"),
                         QStringLiteral("cold:No budget=1"), QStringLiteral("meeting:Not interested=1")});
}

TEST_CASE("The cohort view follows the companies made in November to today", "[reports]")
{
    ReportScenario scenario;
    const FunnelFigures figures
        = FunnelReport(scenario.base.context()).compute(ReportScenario::november(), FunnelView::Cohort, {});

    checkStage(figures, CompanyStage::Cold, {10, 6, 2, 0, 2});
    checkStage(figures, CompanyStage::Calling, {7, 5, 0, 1, 1}); // H reached its meeting on 1 December
    checkStage(figures, CompanyStage::Meeting, {5, 1, 1, 1, 2}); // A and B are October's companies
    checkStage(figures, CompanyStage::Deal, {1, 1, 0, 0, 0});
    checkStage(figures, CompanyStage::Client, {1, 0, 0, 0, 1});
    CHECK(figures.daysToFirstPayment == QList<qint64>{29}); // D: first call 3 November, first payment 2 December
    // A cohort's conversion follows the same companies: 1 client entry for 10 cold ones, 5 meetings for 7 callings.
    CHECK(figures.conversion(CompanyStage::Cold, CompanyStage::Client) == Approx(0.1));
    CHECK(figures.conversion(CompanyStage::Calling, CompanyStage::Meeting) == Approx(5.0 / 7.0));
}

TEST_CASE("The previous period is October, with Z's first payment and A's and B's calls", "[reports]")
{
    ReportScenario scenario;
    const FunnelComparison comparison
        = FunnelReport(scenario.base.context()).compare(ReportScenario::november(), FunnelView::Period, {});
    CHECK(comparison.previous.period == ReportScenario::october());
    checkStage(comparison.previous, CompanyStage::Cold, {2, 2, 0, 0, 0});
    checkStage(comparison.previous, CompanyStage::Calling, {2, 0, 0, 0, 2}); // left in November
    checkStage(comparison.previous, CompanyStage::Meeting, {0, 0, 0, 0, 0});
    checkStage(comparison.previous, CompanyStage::Deal, {1, 1, 0, 0, 0});
    checkStage(comparison.previous, CompanyStage::Client, {1, 0, 0, 0, 1});
    CHECK(comparison.previous.daysToFirstPayment == QList<qint64>{40}); // Z: 5 September to 15 October
    CHECK(comparison.current.stage(CompanyStage::Cold).entered == 10);
}

TEST_CASE("A person's funnel counts the moves they made", "[reports]")
{
    ReportScenario scenario;
    const FunnelFigures figures
        = FunnelReport(scenario.base.context())
              .compute(ReportScenario::november(), FunnelView::Period, ReportSlice::person(scenario.callerId));
    checkStage(figures, CompanyStage::Cold, {2, 0, 1, 0, 1}); // J's two returns; no company collected by the caller
    checkStage(figures, CompanyStage::Calling, {6, 4, 0, 1, 1});
    checkStage(figures, CompanyStage::Meeting, {5, 2, 1, 1, 1});
    checkStage(figures, CompanyStage::Deal, {0, 0, 0, 0, 0}); // the closer opened the deals

    const FunnelFigures collected
        = FunnelReport(scenario.base.context())
              .compute(ReportScenario::november(), FunnelView::Period, ReportSlice::person(scenario.collectorId));
    checkStage(collected, CompanyStage::Cold, {4, 2, 1, 0, 1}); // C and D moved on, E was lost, F is still cold
}

TEST_CASE("An empty period and a period that ends before it starts", "[reports]")
{
    ReportScenario scenario;
    const FunnelReport report(scenario.base.context());
    const ReportPeriod empty(QDate(2025, 1, 1), QDate(2025, 1, 31), ReportScenario::moscow());
    const FunnelFigures figures = report.compute(empty, FunnelView::Cohort, {});
    for (const StageFigures &stage : figures.stages)
        CHECK(stage.entered == 0);
    CHECK(figures.lostReasons.isEmpty());
    CHECK_FALSE(figures.medianDaysToFirstPayment().has_value());
    CHECK_FALSE(figures.conversion(CompanyStage::Cold, CompanyStage::Calling).has_value());

    const ReportPeriod backwards(QDate(2026, 11, 30), QDate(2026, 11, 1), ReportScenario::moscow());
    CHECK_THROWS_AS(report.compute(backwards, FunnelView::Period, {}), ReportError);
}

TEST_CASE("Each person sees their own funnel only, and a regional head their region", "[reports]")
{
    ReportScenario scenario;
    User caller;
    caller.id = scenario.callerId;
    caller.role = UserRole::Caller;
    scenario.base.db().setViewer(Viewer::of(caller, false));
    const FunnelReport report(scenario.base.context());
    CHECK_THROWS_AS(report.compute(ReportScenario::november(), FunnelView::Period, {}), ReportError);
    CHECK_THROWS_AS(
        report.compute(ReportScenario::november(), FunnelView::Period, ReportSlice::person(scenario.closerId)),
        ReportError);
    CHECK(report.compute(ReportScenario::november(), FunnelView::Period, ReportSlice::person(scenario.callerId))
              .stage(CompanyStage::Calling)
              .entered
          == 6);

    // A head of the Tver region: no company of the story is there but C.
    SqlStatement::run(scenario.base.db().connection(), QStringLiteral("UPDATE companies SET region = ? WHERE id = ?"),
                      {QStringLiteral("Тверская область"), scenario.companies.value(QStringLiteral("C"))});
    User head;
    head.id = 1;
    head.role = UserRole::Head;
    head.region = QStringLiteral("Тверская область");
    scenario.base.db().setViewer(Viewer::of(head, false));
    const FunnelFigures tver = report.compute(ReportScenario::november(), FunnelView::Period, {});
    checkStage(tver, CompanyStage::Cold, {1, 1, 0, 0, 0});
    checkStage(tver, CompanyStage::Calling, {2, 1, 0, 0, 1}); // C: calling, meeting, back to calling
    checkStage(tver, CompanyStage::Meeting, {1, 0, 0, 1, 0});
    CHECK_THROWS_AS(
        report.compute(ReportScenario::november(), FunnelView::Period, ReportSlice::region(QStringLiteral("Москва"))),
        ReportError);
}

TEST_CASE("Every move keeps the outcome of the entry it ends, as the schema step fills it for older bases", "[reports]")
{
    ReportScenario scenario;
    const QSqlDatabase db = scenario.base.db().connection();
    // What the step-20 backfill computes from the rows alone, against what the moves wrote.
    const qint64 differing
        = SqlStatement::scalar(
              db,
              QStringLiteral(
                  "SELECT count(*) FROM stage_history h JOIN (SELECT id, lead(changed_at) OVER w AS next_at, "
                  "lead(to_stage) OVER w AS next_to, row_number() OVER w = 1 AS first FROM stage_history "
                  "WINDOW w AS (PARTITION BY company_id, deal_id IS NULL, coalesce(deal_id, 0) "
                  "ORDER BY changed_at, id)) n ON n.id = h.id "
                  "WHERE h.left_at IS NOT n.next_at OR h.left_to IS NOT n.next_to OR h.opens != n.first "
                  "OR h.cohort_at IS NOT (CASE WHEN h.deal_id IS NULL THEN (SELECT created_at FROM companies "
                  "WHERE id = h.company_id) ELSE (SELECT created_at FROM deals WHERE id = h.deal_id) END)"))
              .toLongLong();
    CHECK(differing == 0);
    CHECK(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM stage_history WHERE left_at IS NOT NULL"))
              .toLongLong()
          > 20);
    CHECK(SqlStatement::scalar(db,
                               QStringLiteral("SELECT group_concat(lost_reason, '|') FROM (SELECT lost_reason "
                                              "FROM stage_history WHERE to_stage = 'lost' ORDER BY lost_reason)"))
              .toString()
          == QStringLiteral("Company closed|No budget|Not interested|Too expensive"));
}

} // namespace voronka::test

namespace voronka::test {

namespace {

QStringList sortedEntries(const FunnelHistory &history)
{
    QStringList lines;
    for (const StageEntryGroup &group : history.entries)
        lines.append(QStringLiteral("%1>%2>%3 %4: %5")
                         .arg(group.fromStage, group.toStage, group.leftTo)
                         .arg(group.days)
                         .arg(group.count));
    for (const LostReasonGroup &group : history.lost)
        lines.append(QStringLiteral("lost %1 %2: %3").arg(group.fromStage, group.reason).arg(group.count));
    QList<qint64> days = history.daysToFirstPayment;
    std::sort(days.begin(), days.end());
    for (const qint64 value : days)
        lines.append(QStringLiteral("to payment %1").arg(value));
    lines.sort();
    return lines;
}

} // namespace

TEST_CASE("A long range read in two halves at the same time counts as one pass does", "[reports]")
{
    ReportScenario scenario;
    // September to December: every story of the scenario, with moves on both sides of the middle.
    const ReportPeriod months(QDate(2026, 9, 1), QDate(2026, 12, 31), ReportScenario::moscow());
    const FunnelHistoryQuery onePass(scenario.base.context(), 100000);
    const FunnelHistoryQuery halves(scenario.base.context(), 0);
    FunnelFilter caller;
    caller.userId = scenario.callerId;
    for (const FunnelFilter &filter : {FunnelFilter{}, caller}) {
        const QStringList period = sortedEntries(onePass.period(months.startUtc(), months.endUtc(), filter));
        CHECK(period.size() > 10);
        CHECK(sortedEntries(halves.period(months.startUtc(), months.endUtc(), filter)) == period);
        const QStringList cohort = sortedEntries(onePass.cohort(months.startUtc(), months.endUtc(), filter));
        CHECK(cohort.size() > 5);
        CHECK(sortedEntries(halves.cohort(months.startUtc(), months.endUtc(), filter)) == cohort);
    }
}

} // namespace voronka::test
