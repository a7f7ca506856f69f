#pragma once

#include "reports/ActivityReport.h"
#include "reports/FunnelCalculator.h"
#include "reports/FunnelFigures.h"
#include "reports/PayrollReport.h"
#include "reports/PlanReport.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportSlice.h"
#include "reports/TrendReport.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace voronka {

// What the Reports section is asked to show: the days, the reading of the funnel and whose figures.
struct ReportRequest
{
    ReportPeriod period;
    FunnelView view = FunnelView::Period;
    ReportSlice slice;

    bool operator==(const ReportRequest &) const = default;
};

// Everything the Reports section shows for one request, computed in one go (on a worker: FunnelReport and
// ActivityReport read the whole period's history). A report core refuses (a period that ends before it starts, a slice
// beyond the viewer) leaves its part empty with core's message instead.
struct ReportFigures
{
    Q_DECLARE_TR_FUNCTIONS(ReportFigures)

public:
    // Asked, between the reports, whether a newer request came meanwhile: then the rest is not computed.
    using Stopped = std::function<bool()>;

    ReportRequest request;
    FunnelComparison funnel;
    QString funnelProblem; // empty when the funnel was computed
    bool funnelNotReady = false; // the history is still being prepared after an upgrade (FunnelSpanBackfill)
    QList<PersonActuals> people;
    QString activityProblem; // empty when the activity was computed
    QList<WeekTrend> trends; // the period's weeks
    QString trendsProblem; // empty when the weeks were computed
    QList<PersonPlan> plans;
    QString planProblem; // empty when the plans were computed (a whole month, by person)
    PayrollStatement payroll; // the slice's person's lines only when the slice is a person
    QString payrollProblem; // empty when the statement was computed
    QHash<qint64, QString> names; // everyone's full name by user id, for the statement
    // The head's funnel calculator: the assumptions measured over the period and the team as it is; nothing for
    // anyone else (calculatorProblem says why).
    CalculatorAssumptions measured;
    TeamSize team;
    QString calculatorProblem;

    // StorageError goes up to the caller (a busy or vanished base).
    static ReportFigures compute(const DataContext &context, const ReportRequest &request, const Stopped &stopped = {});

private:
    // The plans, the pay and the calculator's measures of figures.request.
    static void computePlans(ReportFigures &figures, const DataContext &context, bool byPerson, const Stopped &stopped);
};

} // namespace voronka
