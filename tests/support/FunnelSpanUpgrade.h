#pragma once

#include <QString>

namespace voronka {
class Database;
}

namespace voronka::test {

// A base as schema step 20 leaves one made before it: the derived columns of stage_history as its ALTERs add them
// (empty), and the marker its INSERTs write (020_funnel_spans.sql, run from the resource), for FunnelSpanBackfill.
void upgradeFunnelSpansAsStep20(Database &db);
// A base as schema step 23 leaves one made before it: no call counted by the hour yet, and the marker its INSERTs
// write (023_activity_hours.sql, run from the resource), for ActivityHoursFill.
void upgradeActivityHoursAsStep23(Database &db);
// The one-transaction backfill step 20 ran before it went in steps, on every row: what the stepped one must equal.
void fillFunnelSpansAtOnce(Database &db);
// Keeps the derived columns of every row in a temporary table of that name.
void keepFunnelSpans(Database &db, const QString &table);
// How many rows have a derived column that differs from the kept table (or a row the table lacks).
qint64 funnelSpansDifferingFrom(Database &db, const QString &table);

} // namespace voronka::test
