#pragma once

#include "DataContext.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace voronka {

// Which moves and companies a funnel report counts (FunnelHistoryQuery): all, those a person made, or those of the
// companies of a region, a source or an import batch.
struct FunnelFilter
{
    qint64 userId = 0; // the person who made the move; for the cold base's new companies, who collected them
    QString region;
    QString source;
    qint64 batchId = 0;
};

// Entries into company stages grouped the way a report adds them up: the stage entered and where from, what became
// of them (the stage left to, empty while still there) and the whole days spent before leaving (-1 while there).
struct StageEntryGroup
{
    QString fromStage; // empty for a company created at the stage (the cold base)
    QString toStage;
    QString leftTo;
    qint64 days = -1;
    qint64 count = 0;
};

struct LostReasonGroup
{
    QString fromStage;
    QString reason; // empty: lost before reasons were kept apart
    qint64 count = 0;
};

// Everything the funnel report reads for one period and view.
struct FunnelHistory
{
    QList<StageEntryGroup> entries;
    QList<LostReasonGroup> lost; // the most first, then by reason
    // For each company that became a client for the first time (period: in the range; cohort: created in the range),
    // whole days from its first move out of the cold base (its first call) to that first payment.
    QList<qint64> daysToFirstPayment;
};

// The reads behind the funnel report. Times are UTC, ranges [start, end). Two views:
// - period: the moves made in the range (and the companies created in it); an entry's outcome counts when it came
//   before end, otherwise the entry is still there as the period closes.
// - cohort: the moves of the companies created in the range, whenever made, followed to now.
// Company moves (stage_history rows without a deal) are entries, with a company's first move also standing for the
// end of its stay in the cold base it was created in (fromStage empty, toStage "cold"); the moves to lost are also
// counted by the stage left and the reason.
// A year for everyone is a million moves: each view reads them in one pass over one range of the index schema step 20
// made for it (stage_history_period, stage_history_cohort) and counts them up in C++ (RowScan), where a GROUP BY would
// sort the million rows first (docs/performance.md, "Reports").
class FunnelHistoryQuery
{
public:
    // A view's range longer than halvesFrom days (a year is a million moves) is read in two halves at the same time,
    // the second on another connection (ParallelRead); tests compare the two ways.
    explicit FunnelHistoryQuery(DataContext context, int halvesFrom = 63);

    FunnelHistory period(const QDateTime &start, const QDateTime &end, const FunnelFilter &filter) const;
    FunnelHistory cohort(const QDateTime &start, const QDateTime &end, const FunnelFilter &filter) const;

    // On stage_history under `alias`: the row is its company's first move to client (its first payment), not a later
    // one after reactivation. For every reader of first payments, so they count the same.
    static QString firstMoveToClient(const QString &alias);

private:
    enum class View { Period, Cohort };
    QList<qint64> daysToFirstPayment(View view, const QDateTime &start, const QDateTime &end,
                                     const FunnelFilter &filter) const;
    qint64 companiesCreated(const QDateTime &start, const QDateTime &end, const FunnelFilter &filter) const;

    DataContext m_context;
    int m_halvesFrom;
};

} // namespace voronka
