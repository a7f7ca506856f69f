#pragma once

#include "FunnelFigures.h"
#include "ReportScope.h"
#include "storage/DataContext.h"

namespace voronka {

// The funnel from its history (stage_history through FunnelHistoryQuery, never where companies sit now): each stage's
// entries split into advanced, lost, moved back and still there, the days spent, the lost reasons and the days from
// the first call to the first payment. What the context's viewer may see decides the slice (ReportScope).
class FunnelReport
{
public:
    explicit FunnelReport(DataContext context);

    FunnelFigures compute(const ReportPeriod &period, FunnelView view, const ReportSlice &slice) const;
    // The period and the one of the same length before it, read at the same time (ParallelRead).
    FunnelComparison compare(const ReportPeriod &period, FunnelView view, const ReportSlice &slice) const;

    // ReportError unless the period is valid and the base's history has what became of every move (after an upgrade
    // FunnelSpanBackfill fills it in steps): for every reader of the history's derived columns.
    static void requireReadable(const ReportPeriod &period, Database &db);

private:
    DataContext m_context;
};

} // namespace voronka
