#include "ReportFigures.h"

#include "reports/FunnelReport.h"
#include "reports/ReportError.h"

namespace voronka {

ReportFigures ReportFigures::compute(const DataContext &context, const ReportRequest &request, const Stopped &stopped)
{
    ReportFigures figures;
    figures.request = request;
    try {
        figures.funnel = FunnelReport(context).compare(request.period, request.view, request.slice);
    } catch (const ReportError &error) {
        figures.funnelProblem = error.message();
    }
    if (stopped && stopped())
        return figures;
    // The activity is each person's own work: a region or a source is a part of the companies, not of the people.
    const ReportSlice::Kind kind = request.slice.kind;
    if (kind != ReportSlice::Kind::Everyone && kind != ReportSlice::Kind::Person) {
        figures.activityProblem = tr("The activity is counted by person: choose everyone or one person to see it.");
        return figures;
    }
    try {
        figures.people = ActivityReport(context).compute(request.period, request.slice);
    } catch (const ReportError &error) {
        figures.activityProblem = error.message();
    }
    return figures;
}

} // namespace voronka
