#pragma once

#include "storage/StorageError.h"
#include "team/TeamError.h"

namespace voronka {

// Exit codes of the command line; scripts rely on them (README, "Command line").
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the command ran into a problem not listed below
    ExitUsage = 2, // wrong options or arguments
    ExitNotFound = 3, // no such file, or its folder is missing, or it is a folder
    ExitNotVoronka = 4, // not a SQLite file, or a SQLite file of another program
    ExitDamaged = 5, // the integrity check failed or the file cannot be read
    ExitLocked = 6, // another program holds the file
    ExitNewerSchema = 7, // made by a newer Voronka
    ExitNoAccess = 8, // no permission to read (or to write where writing is needed)
    // Sign-in is on and no valid --as was given (no password, a wrong one, too soon after wrong ones), or the person
    // signed in may not do this (TeamError NotAllowed)
    ExitNotSignedIn = 9,
};

ExitCode exitCodeFor(StorageError::Kind kind);
// Not allowed: 9, like not signed in; wrong input (a bad weight, an unknown login, an empty password): 2; the rest
// (the last head, a deactivated person, companies changed since the preview): 1.
ExitCode exitCodeFor(TeamErrorKind kind);

} // namespace voronka
