#pragma once

#include "domain/VoronkaError.h"

#include <QSqlError>
#include <QString>

namespace voronka {

// Why the base refused (StorageError::Kind).
enum class StorageErrorKind {
    NotFound, // the file or row does not exist
    FolderMissing, // the folder a new file would go in does not exist
    IsDirectory,
    PermissionDenied,
    NotADatabase, // not a SQLite file at all
    ForeignDatabase, // SQLite, but not Voronka's
    Damaged,
    Locked, // another process holds the file
    NewerSchema,
    ReadOnly,
    StaleVersion, // another user changed the row since it was read
    InvalidData, // the data breaks a rule (empty name, ...)
    DiskFull,
    Io,
};

// A storage failure a person can be told about. kind() decides how callers react (and the CLI exit code).
class StorageError : public VoronkaError<StorageErrorKind>
{
public:
    using VoronkaError::VoronkaError;

    // Classifies a failed statement: SQLITE_BUSY becomes Locked, SQLITE_CORRUPT becomes Damaged, and so on.
    static StorageError fromSqlError(const QSqlError &error, const QString &context);
};

} // namespace voronka
