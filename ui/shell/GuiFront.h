#pragma once

#include "domain/Viewer.h"
#include "storage/DataContext.h"

#include <QStringList>

#include <functional>

namespace voronka {

class Clock;

// `voronka [--db PATH] [--demo] [--user LOGIN]`: opens the base (the default one in the user's data folder
// when no --db is given), offers a demo base when it is new, asks who is working (or signs them in when the base has
// passwords) and shows the main window.
class GuiFront
{
public:
    // baseLanguage: the interface's language ("ru", "en"); a base created now is seeded in it.
    static int run(const QStringList &arguments, const QString &baseLanguage = QStringLiteral("en"));
    static QString defaultDatabasePath();
    // Whose part of the base the window shows when `user` works: all of it on a base without sign-in (as before
    // passwords), else the person's part by role (with the pool of unassigned cold companies for callers when the
    // head switched on "callers take from the pool").
    static Viewer viewerFor(DataContext context, const User &user);

    // Starts a program detached, as QProcess::startDetached does; tests pass their own to see the restart.
    using Starter = std::function<bool(const QString &program, const QStringList &arguments)>;
    // After the main window asked for a restore and it and the base are closed: puts the backup in place of the base
    // (BackupService::restore), tells the user what became of it, and starts Voronka again on the base as login,
    // restored or not.
    static void restoreAndRestart(const QString &basePath, const QString &backupPath, const QString &login,
                                  const Clock &clock, const Starter &start);
};

} // namespace voronka
