#pragma once

#include "DataContext.h"
#include "FunnelHistoryQuery.h"

#include <QDateTime>
#include <QList>

namespace voronka {

// One time range's counts of the conveyor's main work.
struct TrendCounts
{
    qint64 calls = 0;
    qint64 conversations = 0; // calls that reached the company (as the activity report counts them)
    qint64 meetingsHeld = 0;
    qint64 contracts = 0; // deals moved to contract
    qint64 firstPayments = 0; // companies that became clients for the first time

    bool operator==(const TrendCounts &) const = default;
};

// A UTC range [start, end).
struct TimeRange
{
    QDateTime start;
    QDateTime end;
};

// The counts behind the weekly trends: for each of a list of ranges (the weeks of a period), calls, conversations,
// meetings held, moves to contract and first payments, sliced as the funnel is (FunnelFilter: a person's own work and
// moves; the companies of a region, a source or an import batch). The calls and meetings are each range's counts by
// the hour (ActivityHourCounts, as the activity report reads them); the contracts and first payments one statement
// over the whole list, each range one range of a covering index (stage_history_steps, stage_history_clients), so a
// year's weeks never sort the year's rows.
class WeeklyTrendQuery
{
public:
    explicit WeeklyTrendQuery(DataContext context);

    // One TrendCounts per range, in the ranges' order.
    QList<TrendCounts> counts(const QList<TimeRange> &ranges, const FunnelFilter &filter) const;

private:
    DataContext m_context;
};

} // namespace voronka
