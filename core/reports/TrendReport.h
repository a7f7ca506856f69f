#pragma once

#include "ReportPeriod.h"
#include "ReportSlice.h"
#include "storage/DataContext.h"
#include "storage/WeeklyTrendQuery.h"

#include <QList>

namespace voronka {

// One week of a period (the first and last weeks cut to the period) and its counts.
struct WeekTrend
{
    QDate first;
    QDate last;
    TrendCounts counts;

    bool operator==(const WeekTrend &) const = default;
};

// The weekly trends of a period and slice: per week calls, conversations, meetings held, contracts and first payments,
// counted as the activity report (the work) and the funnel (first payments) count them, so the weeks add up to their
// figures. Weeks start on Monday at 00:00 in the period's time zone. What the viewer may see decides the slice
// (ReportScope).
class TrendReport
{
public:
    explicit TrendReport(DataContext context);

    // The period's weeks up to the one today is in (in the period's zone): none for a period still to come.
    QList<WeekTrend> compute(const ReportPeriod &period, const ReportSlice &slice) const;
    // The weeks of period, each cut to it: a period from a Wednesday to the next Tuesday has two.
    static QList<ReportPeriod> weeks(const ReportPeriod &period);

private:
    DataContext m_context;
};

} // namespace voronka
