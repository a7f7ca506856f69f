#pragma once

#include <QCoreApplication>

namespace voronka {

class Database;

// The command line's share of FunnelSpanBackfill and ActivityHoursFill: a base upgraded from before schema steps 20 and
// 23 gets its history ready
// for the reports before a command reads them (`voronka report`) or when asked to catch up (`voronka index`), in the
// backfill's short steps, saying how far it is on stderr.
class HistoryPreparation
{
    Q_DECLARE_TR_FUNCTIONS(HistoryPreparation)

public:
    // Fills what is left on db (opened for writing); returns whether anything was left. Throws StorageError.
    static bool run(Database &db);
};

} // namespace voronka
