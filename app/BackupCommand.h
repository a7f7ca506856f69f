#pragma once

#include <QStringList>

namespace voronka {

// `voronka backup --db PATH --out FILE [--force] [--busy-timeout MS]`: a consistent copy of a base (VACUUM INTO),
// safe while others work in it. Refuses a damaged base, an existing FILE without --force, and FILE = PATH.
class BackupCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace voronka
