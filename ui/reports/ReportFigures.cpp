#include "ReportFigures.h"

#include "reports/FunnelReport.h"
#include "reports/ReportError.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

namespace voronka {

ReportFigures ReportFigures::compute(const DataContext &context, const ReportRequest &request, const Stopped &stopped)
{
    ReportFigures figures;
    figures.request = request;
    try {
        figures.funnel = FunnelReport(context).compare(request.period, request.view, request.slice);
    } catch (const ReportError &error) {
        figures.funnelProblem = error.message();
        figures.funnelNotReady = error.kind() == ReportError::Kind::NotReady;
    }
    if (stopped && stopped())
        return figures;
    try {
        figures.trends = TrendReport(context).compute(request.period, request.slice);
    } catch (const ReportError &error) {
        figures.trendsProblem = error.message();
    }
    if (stopped && stopped())
        return figures;
    // The activity, the plans and the pay are each person's own work: a region or a source is a part of the companies,
    // not of the people.
    const ReportSlice::Kind kind = request.slice.kind;
    const bool byPerson = kind == ReportSlice::Kind::Everyone || kind == ReportSlice::Kind::Person;
    if (!byPerson) {
        figures.activityProblem = tr("The activity is counted by person: choose everyone or one person to see it.");
    } else {
        try {
            figures.people = ActivityReport(context).compute(request.period, request.slice);
        } catch (const ReportError &error) {
            figures.activityProblem = error.message();
        }
    }
    if (stopped && stopped())
        return figures;
    computePlans(figures, context, byPerson, stopped);
    return figures;
}

void ReportFigures::computePlans(ReportFigures &figures, const DataContext &context, bool byPerson,
                                 const Stopped &stopped)
{
    const ReportRequest &request = figures.request;
    const bool wholeMonth = request.period.isValid() && request.period.isWholeMonth();
    const QString byPersonOnly = tr("Plans and pay are counted by person: choose everyone or one person to see them.");
    if (!wholeMonth) {
        figures.planProblem = tr("Plans are monthly: choose a whole month.");
        figures.payrollProblem = tr("Pay is monthly: choose a whole month.");
    } else if (!byPerson) {
        figures.planProblem = byPersonOnly;
        figures.payrollProblem = byPersonOnly;
    } else {
        try {
            figures.plans = PlanReport(context).compute(request.period, request.slice);
        } catch (const ReportError &error) {
            figures.planProblem = error.message();
        }
        if (stopped && stopped())
            return;
        try {
            figures.payroll = PayrollReport(context).compute(request.period, request.slice);
            for (const User &user : UserRepository(context).list(false))
                figures.names.insert(user.id, user.fullName);
        } catch (const ReportError &error) {
            figures.payrollProblem = error.message();
        }
    }
    if (stopped && stopped())
        return;
    if (!context.db.viewer().seesEverything()) {
        figures.calculatorProblem = tr("The funnel calculator is the head's.");
        return;
    }
    try {
        const FunnelCalculator calculator(context);
        figures.measured = calculator.measure(request.period);
        figures.team = calculator.teamNow();
    } catch (const ReportError &error) {
        figures.calculatorProblem = error.message();
    }
}

} // namespace voronka
