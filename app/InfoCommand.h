#pragma once

#include <QStringList>

namespace voronka {

// `voronka info --db PATH [--json] [--busy-timeout MS]`: what is in a base and whether it is intact.
// Opens the file read-only, so it never changes it.
class InfoCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace voronka
