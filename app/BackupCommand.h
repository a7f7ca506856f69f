#pragma once

#include <QStringList>

namespace voronka {

// `voronka backup --db PATH --out FILE [--force] [--busy-timeout MS]`: a consistent copy of a base (SQLite online
// backup, in short steps, safe while others work in it; the copy is checked before it is kept). Refuses a damaged base
// (exit 5), a base too busy to copy (exit 6), an existing FILE without --force, and FILE = PATH.
class BackupCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace voronka
