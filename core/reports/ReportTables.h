#pragma once

#include "ActivityReport.h"
#include "FunnelFigures.h"
#include "PayrollReport.h"
#include "PlanReport.h"
#include "ReportTable.h"
#include "TrendReport.h"

namespace voronka {

// The reports as tables (ReportTable): one home for their columns, read by the window, the CSV export, printing and
// `voronka report --csv`.
class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(ReportTables)

public:
    // Per stage: entered, advanced, lost, moved back, still there, the share that went on to the next stage of the
    // conveyor, median and 80th-percentile days, and the previous period's entries with the change.
    static ReportTable stages(const FunnelComparison &comparison);
    // Lost, by the stage left and the reason, the most frequent first.
    static ReportTable lostReasons(const FunnelFigures &figures);
    // Conversion from each stage of the conveyor to every later one, in percent.
    static ReportTable conversions(const FunnelFigures &figures);
    // One line per person: what they did in the period.
    static ReportTable activity(const QList<PersonActuals> &lines);
    // One line per week: its days, calls, conversations, meetings held, contracts and first payments.
    static ReportTable trends(const QList<WeekTrend> &weeks);
    // A week of weeks as its line and the chart name it: "02.11–08.11" (with the year when the weeks cross one).
    static QString weekTitle(const QList<WeekTrend> &weeks, const WeekTrend &week);
    // One line per person and plan figure: plan, actual, pace, and how far behind the pace (0 when not behind).
    static ReportTable plan(const QList<PersonPlan> &plans);
    // The month's statement: a line per person and kind, then each person's total. names: by user id.
    static ReportTable payroll(const PayrollStatement &statement, const QHash<qint64, QString> &names);
};

} // namespace voronka
