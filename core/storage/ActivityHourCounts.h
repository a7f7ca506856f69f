#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace voronka {

class Database;
class RowScan;

// The calls and meetings of a time range counted by person, kind and outcome: the activity report's first figures.
// The range's whole UTC hours are read from activity_hours (schema step 23: a year is some fifty thousand counts
// instead of a million calls), its broken hours at the edges (a zone half an hour off UTC) from activities itself; so
// is all of it while ActivityHoursFill has not finished after an upgrade, and for a region (the counts know no
// company).
class ActivityHourCounts
{
public:
    explicit ActivityHourCounts(Database &db);

    // Calls count(row) for the calls and meetings in [start, end) with someone who made them, each row a count of one
    // person's kind and outcome: text(0) the kind, integer(1) the person, text(2) the outcome (empty for none),
    // integer(3) how many. A person, kind and outcome may come in several rows. userId 0 is everyone's; region, if
    // not empty, only that region's companies.
    void read(const QDateTime &start, const QDateTime &end, qint64 userId, const QString &region,
              const std::function<void(const RowScan &row)> &count) const;

private:
    Database &m_db;
};

} // namespace voronka
