#include "FunnelReport.h"

#include "ReportError.h"
#include "storage/Database.h"
#include "storage/FunnelHistoryQuery.h"
#include "storage/FunnelSpanBackfill.h"
#include "storage/ParallelRead.h"

#include <algorithm>

namespace voronka {

namespace {

using S = CompanyStage;

// The place on the conveyor; -1 off it (lost, reactivation).
int conveyorRank(S stage)
{
    return int(FunnelFigures::conveyor().indexOf(stage));
}

enum class Outcome { Advanced, Lost, MovedBack, StillThere };

Outcome outcomeOf(S stage, const QString &leftToKey)
{
    if (leftToKey.isEmpty())
        return Outcome::StillThere;
    const std::optional<S> leftTo = companyStageFromKey(leftToKey);
    if (!leftTo)
        return Outcome::StillThere;
    if (*leftTo == S::Lost)
        return Outcome::Lost;
    if (stage == S::Reactivation)
        return Outcome::Advanced; // re-engaged: back to a meeting, a deal or buying again
    if (*leftTo == S::Reactivation)
        return Outcome::MovedBack; // a client who stopped buying
    return conveyorRank(*leftTo) > conveyorRank(stage) ? Outcome::Advanced : Outcome::MovedBack;
}

void count(StageFigures &figures, Outcome outcome, qint64 entries)
{
    figures.entered += entries;
    switch (outcome) {
    case Outcome::Advanced:
        figures.advanced += entries;
        break;
    case Outcome::Lost:
        figures.lost += entries;
        break;
    case Outcome::MovedBack:
        figures.movedBack += entries;
        break;
    case Outcome::StillThere:
        figures.stillThere += entries;
        break;
    }
}

} // namespace

FunnelReport::FunnelReport(DataContext context)
    : m_context(context)
{
}

FunnelFigures FunnelReport::compute(const ReportPeriod &period, FunnelView view, const ReportSlice &slice) const
{
    requireReadable(period, m_context.db);
    const FunnelFilter filter = ReportScope(m_context.db.viewer()).filterFor(slice);
    const FunnelHistoryQuery history(m_context);
    const QDateTime start = period.startUtc();
    const QDateTime end = period.endUtc();
    const bool cohort = view == FunnelView::Cohort;

    FunnelFigures figures;
    figures.view = view;
    figures.period = period;
    figures.slice = slice;
    QHash<S, StageFigures> byStage;
    for (S stage : FunnelFigures::reportedStages())
        byStage[stage].stage = stage;

    const FunnelHistory read = cohort ? history.cohort(start, end, filter) : history.period(start, end, filter);
    for (const StageEntryGroup &group : read.entries) {
        const std::optional<S> stage = companyStageFromKey(group.toStage);
        if (!stage || !byStage.contains(*stage))
            continue; // a move to lost is an outcome of the stage left, not a stage of its own
        StageFigures &entered = byStage[*stage];
        count(entered, outcomeOf(*stage, group.leftTo), group.count);
        if (group.days >= 0)
            entered.daysSpent[group.days] += group.count;

        // A stage skipped on the way was passed: entered and advanced at once.
        const std::optional<S> from = companyStageFromKey(group.fromStage);
        const int fromRank = from ? conveyorRank(*from) : -1;
        const int toRank = conveyorRank(*stage);
        if (fromRank >= 0 && toRank > fromRank + 1) {
            for (int rank = fromRank + 1; rank < toRank; ++rank)
                count(byStage[FunnelFigures::conveyor().at(rank)], Outcome::Advanced, group.count);
        }
    }
    for (S stage : FunnelFigures::reportedStages())
        figures.stages.append(byStage.value(stage));

    for (const LostReasonGroup &group : read.lost)
        figures.lostReasons.append({companyStageFromKey(group.fromStage).value_or(S::Cold), group.reason, group.count});
    figures.daysToFirstPayment = read.daysToFirstPayment;
    return figures;
}

void FunnelReport::requireReadable(const ReportPeriod &period, Database &db)
{
    if (!period.isValid())
        throw ReportError(
            ReportError::Kind::BadInput,
            QCoreApplication::translate("FunnelReport", "The period must end on or after its first day."));
    // The history's rows from before the upgrade get what became of them in steps after it: until the last step a
    // report would count their entries as still there.
    const FunnelSpanBackfill backfill(db);
    if (!backfill.isFinished())
        throw ReportError(ReportError::Kind::NotReady,
                          QCoreApplication::translate("FunnelReport", "Preparing the history for reports: %1%.")
                              .arg(backfill.percentDone()));
}

FunnelComparison FunnelReport::compare(const ReportPeriod &period, FunnelView view, const ReportSlice &slice) const
{
    // Two periods of a year are two million moves: the one before is read on a second connection at the same time.
    FunnelComparison comparison;
    ParallelRead before(m_context.db, [&](Database &db) {
        comparison.previous
            = FunnelReport({db, m_context.clock, m_context.userId}).compute(period.previous(), view, slice);
    });
    comparison.current = compute(period, view, slice);
    before.wait();
    return comparison;
}

} // namespace voronka
