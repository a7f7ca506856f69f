#pragma once

#include <QSqlError>
#include <QString>

#include <stdexcept>

namespace voronka {

// A storage failure a person can be told about. kind() decides how callers react (and the CLI exit code).
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
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

    StorageError(Kind kind, const QString &message);

    // Classifies a failed statement: SQLITE_BUSY becomes Locked, SQLITE_CORRUPT becomes Damaged, and so on.
    static StorageError fromSqlError(const QSqlError &error, const QString &context);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace voronka
