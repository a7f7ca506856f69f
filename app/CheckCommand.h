#pragma once

#include <QStringList>

namespace voronka {

// `voronka check --db PATH [--json] [--busy-timeout MS]`: the full integrity check of a base (slower than the
// quick check at open). Exits 0 when the base is intact, 5 when it is damaged. Opens the file read-only.
class CheckCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace voronka
