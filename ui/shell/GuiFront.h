#pragma once

#include <QStringList>

namespace voronka {

// `voronka [--db PATH] [--demo] [--user LOGIN]`: opens the base (the default one in the user's data folder
// when no --db is given), offers a demo base when it is new, asks who is working and shows the main window.
class GuiFront
{
public:
    // baseLanguage: the interface's language ("ru", "en"); a base created now is seeded in it.
    static int run(const QStringList &arguments, const QString &baseLanguage = QStringLiteral("en"));
    static QString defaultDatabasePath();
};

} // namespace voronka
