#pragma once

#include "FunnelHistoryQuery.h"

#include <QDateTime>
#include <QHash>

#include <functional>

namespace voronka {

class Database;
class RowScan;

// One person's calls and meetings of a time range, as the reports count them.
struct CallTally
{
    qint64 calls = 0;
    qint64 conversations = 0; // calls that reached the company (reachesCompany)
    qint64 meetingsBooked = 0; // calls that booked a meeting
    qint64 meetingsHeld = 0; // meetings held, however they went

    bool operator==(const CallTally &) const = default;
};

// The calls and meetings of a time range counted by person, kind and outcome: the activity report's and the weekly
// trends' first figures. The range's whole UTC hours are read from activity_hours (schema step 23: a year is some fifty
// thousand counts instead of a million calls), its broken hours at the edges (a zone half an hour off UTC) from
// activities itself; so is all of it while ActivityHoursFill has not finished after an upgrade, and for a part of the
// companies (a region, a source, an import batch: the counts know no company).
class ActivityHourCounts
{
public:
    explicit ActivityHourCounts(Database &db);

    // The calls and meetings in [start, end) made by someone, by who made them: the filter's person only (userId 0:
    // everyone), of the companies its region, source or batch are about.
    QHash<qint64, CallTally> tally(const QDateTime &start, const QDateTime &end, const FunnelFilter &filter) const;

    // What tally() adds up: count(row) for each count of one person's kind and outcome: text(0) the kind, integer(1)
    // the person, text(2) the outcome (empty for none), integer(3) how many. A person, kind and outcome may come in
    // several rows.
    void read(const QDateTime &start, const QDateTime &end, const FunnelFilter &filter,
              const std::function<void(const RowScan &row)> &count) const;

private:
    Database &m_db;
};

} // namespace voronka
