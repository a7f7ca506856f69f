#pragma once

#include <QStringList>

namespace voronka {

// `voronka export --db PATH [--out FILE] [--delimiter ;|,] [--search TEXT] [--stage STAGE]`: the base as CSV.
class ExportCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace voronka
