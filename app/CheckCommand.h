#pragma once

#include <QStringList>

namespace voronka {

// `voronka check --db PATH [--json] [--busy-timeout MS]`: the full integrity check of a base, on a private copy in
// the temporary folder made in steps as a backup is (BackupService::checkThroughCopy), so that no colleague's save
// waits for the whole read; the copy is removed afterwards. Exits 0 when the base is intact, 5 when it is damaged,
// 6 when it is too busy to be copied. Only reads the base (a journal a crashed writer left is rolled back first,
// as by any connection).
class CheckCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace voronka
