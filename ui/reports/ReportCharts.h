#pragma once

#include "reports/ActivityReport.h"
#include "reports/FunnelFigures.h"
#include "reports/PlanReport.h"
#include "reports/TrendReport.h"

#include <QCoreApplication>

class QChart;

namespace voronka {

// The reports' charts (Qt Charts), drawn from the same figures as the tables beside them. Each returns a new chart for
// a QChartView to own.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    // Entries per stage as bars from the top down, each stage of the conveyor labelled with its conversion to the next.
    static QChart *funnel(const FunnelFigures &figures);
    // The most frequent lost reasons as horizontal bars, the most frequent on top.
    static QChart *lostReasons(const FunnelFigures &figures);
    // Per person the results that plans count: meetings booked and held, offers, contracts, first payments; the people
    // who did none of them are left out.
    static QChart *activity(const QList<PersonActuals> &people);
    // Per week a line each for calls and conversations (on the left axis) and for meetings held, contracts and first
    // payments (on the right: a hundred times fewer, they would lie flat beside the calls).
    static QChart *trends(const QList<WeekTrend> &weeks, const ReportPeriod &period);

    // Per person their main figure (PlanReport::mainLine: a collector's confirmed contacts, a caller's meetings held, a
    // closer's contracts, an account manager's payments) as the share of the plan done, beside the pace (where they
    // should be by now), the actual in red when behind it, one group of bars per person in the plan's order. Shares,
    // not figures: contacts and roubles share one axis.
    static QChart *planAgainstActual(const QList<PersonPlan> &plans);
    // The category of a person on that chart: the name, on two lines where it has a space.
    static QString planCategory(const PersonPlan &person);
    // The share of the plan a figure stands for, in percent (100 for anything against a plan of 0, 0 for nothing).
    static qreal percentOfPlan(qint64 figure, qint64 plan);

    // The category under a stage's bar: its title and the share of its entries that reached the next stage.
    static QString stageCategory(const FunnelFigures &figures, CompanyStage stage);
    // How many lost reasons the chart shows at most (the table has them all).
    static constexpr int shownLostReasons = 10;
};

} // namespace voronka
