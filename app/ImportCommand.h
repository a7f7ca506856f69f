#pragma once

#include <QStringList>

namespace voronka {

// `voronka import FILE --db PATH [...]` and `voronka import --undo BATCH --db PATH` (contract in the README).
class ImportCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace voronka
