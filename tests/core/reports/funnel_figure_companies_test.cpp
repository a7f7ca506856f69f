#include "ReportScenario.h"
#include "reports/FunnelFigureCompanies.h"
#include "reports/FunnelReport.h"
#include "storage/SqlStatement.h"

#include <algorithm>

namespace voronka::test {

namespace {

qint64 figureOf(const StageFigures &stage, StageOutcome outcome)
{
    switch (outcome) {
    case StageOutcome::Entered:
        return stage.entered;
    case StageOutcome::Advanced:
        return stage.advanced;
    case StageOutcome::Lost:
        return stage.lost;
    case StageOutcome::MovedBack:
        return stage.movedBack;
    case StageOutcome::StillThere:
        return stage.stillThere;
    }
    return -1;
}

// Every figure of the report for period, view and slice is the count of the companies the figure opens to.
void checkEveryFigure(const DataContext &context, const ReportPeriod &period, FunnelView view, const ReportSlice &slice)
{
    const FunnelFigures figures = FunnelReport(context).compute(period, view, slice);
    const FunnelFigureCompanies opened(context);
    for (const StageFigures &stage : figures.stages) {
        for (const StageOutcome outcome : {StageOutcome::Entered, StageOutcome::Advanced, StageOutcome::Lost,
                                           StageOutcome::MovedBack, StageOutcome::StillThere}) {
            INFO(companyStageKey(stage.stage).toStdString() << " outcome " << int(outcome));
            const FigureCompanies companies = opened.stage(period, view, slice, stage.stage, outcome);
            CHECK(companies.total == figureOf(stage, outcome));
            CHECK(companies.companies.size() == companies.total);
        }
    }
    for (const LostReasonFigure &reason : figures.lostReasons) {
        INFO(reason.reason.toStdString());
        const FigureCompanies companies = opened.lostReason(period, view, slice, reason.fromStage, reason.reason);
        CHECK(companies.total == reason.count);
        CHECK(companies.companies.size() == reason.count);
    }
}

QStringList namesOf(const FigureCompanies &companies)
{
    QStringList names;
    for (const FigureCompany &company : companies.companies)
        names.append(company.name);
    return names;
}

} // namespace

TEST_CASE("Every figure of the funnel opens to as many companies as it counts", "[reports][figures]")
{
    ReportScenario scenario;
    const DataContext context = scenario.base.context();
    // A region and a part of the companies, to slice by something beside the person.
    SqlStatement::run(context.db.connection(), QStringLiteral("UPDATE companies SET region = ? WHERE id IN (?, ?, ?)"),
                      {QStringLiteral("North"), scenario.companies.value(QStringLiteral("C")),
                       scenario.companies.value(QStringLiteral("D")), scenario.companies.value(QStringLiteral("J"))});
    for (const FunnelView view : {FunnelView::Period, FunnelView::Cohort}) {
        for (const ReportPeriod &period :
             {ReportScenario::november(), ReportScenario::october(),
              ReportPeriod(QDate(2026, 9, 1), QDate(2026, 12, 31), ReportScenario::moscow())}) {
            for (const ReportSlice &slice :
                 {ReportSlice::everyone(), ReportSlice::person(scenario.callerId),
                  ReportSlice::person(scenario.closerId), ReportSlice::person(scenario.collectorId),
                  ReportSlice::region(QStringLiteral("North"))}) {
                INFO("view " << int(view) << " from " << period.first().toString(Qt::ISODate).toStdString() << " slice "
                             << int(slice.kind) << " " << slice.userId);
                checkEveryFigure(context, period, view, slice);
            }
        }
    }
}

TEST_CASE("A figure's companies are named with where they are now and the date of the move", "[reports][figures]")
{
    ReportScenario scenario;
    const FunnelFigureCompanies opened(scenario.base.context());
    // Still in the cold base at the end of November: F, never called, and J, back on the 15th.
    const FigureCompanies stillCold = opened.stage(ReportScenario::november(), FunnelView::Period, {},
                                                   CompanyStage::Cold, StageOutcome::StillThere);
    CHECK(namesOf(stillCold) == QStringList{QStringLiteral("Компания F"), QStringLiteral("Компания J")});
    CHECK(stillCold.companies.at(0).at == QDateTime(QDate(2026, 11, 2), QTime(10, 0), QTimeZone::utc()));
    CHECK(stillCold.companies.at(1).at == QDateTime(QDate(2026, 11, 15), QTime(10, 0), QTimeZone::utc()));
    CHECK(stillCold.companies.at(1).stageNow == CompanyStage::Cold);

    // D skipped calling on its way to a meeting: it entered calling and went on.
    const FigureCompanies advanced = opened.stage(ReportScenario::november(), FunnelView::Period, {},
                                                  CompanyStage::Calling, StageOutcome::Advanced);
    CHECK(namesOf(advanced).contains(QStringLiteral("Компания D")));
    const FigureCompanies lost = opened.lostReason(ReportScenario::november(), FunnelView::Period, {},
                                                   CompanyStage::Meeting, QStringLiteral("Not interested"));
    CHECK(namesOf(lost) == QStringList{QStringLiteral("Компания I")});
    CHECK(lost.companies.at(0).stageNow == CompanyStage::Lost);

    // A long list shows its first companies and says how many there are.
    const FigureCompanies first = opened.stage(ReportScenario::november(), FunnelView::Period, {}, CompanyStage::Cold,
                                               StageOutcome::Entered, 3);
    CHECK(first.companies.size() == 3);
    CHECK(first.total == 10);
}

} // namespace voronka::test
