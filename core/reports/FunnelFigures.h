#pragma once

#include "ReportPeriod.h"
#include "ReportSlice.h"
#include "domain/CompanyStage.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace voronka {

// The two readings of a funnel a head needs and often confuses (DESIGN.md "Reports"):
// - Cohort: the companies that entered the cold base in the period, followed to today.
// - Period: everything that happened in the period, whenever the company started; an entry whose outcome came after
//   the period is still there as the period closes.
enum class FunnelView { Cohort, Period };

QString funnelViewKey(FunnelView view); // "cohort", "period"
std::optional<FunnelView> funnelViewFromKey(const QString &key);
QString funnelViewTitle(FunnelView view);
// One sentence saying what the view counts, for the window beside the figures.
QString funnelViewExplanation(FunnelView view);

// One stage's entries and what became of them: advanced + lost + movedBack + stillThere == entered. An entry is an
// arrival at the stage (a company may arrive twice, after a move back); a stage skipped on the way (cold straight to a
// meeting) counts as entered and advanced.
struct StageFigures
{
    CompanyStage stage = CompanyStage::Cold;
    qint64 entered = 0;
    qint64 advanced = 0; // on to a later stage (a client's reactivation back to meeting, deal or client too)
    qint64 lost = 0;
    qint64 movedBack = 0; // to an earlier stage (a client to reactivation: they stopped buying)
    qint64 stillThere = 0;
    // Whole days spent by the entries that left the stage (skipped stages not counted): how many, and how long.
    QMap<qint64, qint64> daysSpent;

    bool addsUp() const { return advanced + lost + movedBack + stillThere == entered; }
    // The smallest number of days that share of the entries that left took at most; empty when none left.
    std::optional<qint64> daysPercentile(double share) const;
    std::optional<qint64> medianDays() const { return daysPercentile(0.5); }
    std::optional<qint64> p80Days() const { return daysPercentile(0.8); }
};

struct LostReasonFigure
{
    CompanyStage fromStage = CompanyStage::Cold;
    QString reason; // empty: not kept apart (moves from before reasons were)
    qint64 count = 0;
};

struct FunnelFigures
{
    FunnelView view = FunnelView::Period;
    ReportPeriod period;
    ReportSlice slice;
    // The conveyor in order (cold, calling, meeting, deal, client) and reactivation; lost is where entries end.
    QList<StageFigures> stages;
    QList<LostReasonFigure> lostReasons; // the most frequent first
    // Companies that became clients for the first time, and the whole days from their first call to then.
    QList<qint64> daysToFirstPayment;

    static QList<CompanyStage> reportedStages();
    // The conveyor in order: cold, calling, meeting, deal, client (lost and reactivation are beside it).
    static QList<CompanyStage> conveyor();
    // The stage after this one on the conveyor; none after client and off the conveyor.
    static std::optional<CompanyStage> nextOnConveyor(CompanyStage stage);
    const StageFigures &stage(CompanyStage stage) const;
    // The share of `from`'s entries that reach `to` (a later stage of the conveyor): 0.25 for a quarter; empty when
    // nothing entered `from`. In a cohort, entries of `to` per entry of `from` (the same companies followed); in a
    // period, the product of the stages' rates (advanced / entered) from `from` up to `to`, since a period's later
    // entries come from companies that entered earlier.
    std::optional<double> conversion(CompanyStage from, CompanyStage to) const;
    qint64 firstPayments() const { return daysToFirstPayment.size(); }
    std::optional<qint64> medianDaysToFirstPayment() const;
};

// This period's funnel beside the previous period of the same length.
struct FunnelComparison
{
    FunnelFigures current;
    FunnelFigures previous;
};

} // namespace voronka
