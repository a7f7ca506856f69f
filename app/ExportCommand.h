#pragma once

#include <QStringList>

namespace voronka {

// `voronka export --db PATH [--out FILE] [--delimiter ;|,] [--search TEXT] [--stage STAGE] [--as LOGIN]`: the base as
// CSV; with sign-in on, only the part of it the person signed in with --as sees (the whole base only for the head).
class ExportCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace voronka
