#pragma once

#include "storage/StorageError.h"

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
};

ExitCode exitCodeFor(StorageError::Kind kind);

} // namespace voronka
