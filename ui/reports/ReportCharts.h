#pragma once

#include "reports/ActivityReport.h"
#include "reports/FunnelFigures.h"
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
    static QChart *trends(const QList<WeekTrend> &weeks);

    // The category under a stage's bar: its title and the share of its entries that reached the next stage.
    static QString stageCategory(const FunnelFigures &figures, CompanyStage stage);
    // How many lost reasons the chart shows at most (the table has them all).
    static constexpr int shownLostReasons = 10;
};

} // namespace voronka
