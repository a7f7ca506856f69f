#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace voronka {

// The raw sqlite3 handle behind a Qt connection, or nullptr when it must not be used: only when Qt's driver runs
// the very SQLite library voronka_storage links (same version and source id). Two copies of SQLite in one process
// keep separate tables of POSIX locks, and calling one copy's functions on the other's handle is undefined.
sqlite3 *sqliteHandleOf(const QSqlDatabase &connection);

} // namespace voronka
