#pragma once

#include <QStringList>

namespace voronka {

// `voronka import FILE --db PATH [...]` and `voronka import --undo BATCH --db PATH` (contract in the README).
class ImportCommand
{
public:
    // baseLanguage: the interface's language ("ru", "en"); a base the import creates is seeded in it.
    static int run(const QStringList &arguments, const QString &baseLanguage = QStringLiteral("en"));
};

} // namespace voronka
