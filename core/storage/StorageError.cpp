#include "StorageError.h"

namespace voronka {

namespace {
// Primary SQLite result codes; Qt reports them as the native error code.
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};
} // namespace

StorageError::StorageError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}

StorageError StorageError::fromSqlError(const QSqlError &error, const QString &context)
{
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString message = context.isEmpty() ? detail : context + QStringLiteral(": ") + detail;
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return {Kind::Locked, message};
    case SqliteCorrupt:
        return {Kind::Damaged, message};
    case SqliteNotADb:
        return {Kind::NotADatabase, message};
    case SqliteReadOnly:
        return {Kind::ReadOnly, message};
    case SqliteFull:
        return {Kind::DiskFull, message};
    case SqlitePerm:
    case SqliteCantOpen:
        return {Kind::PermissionDenied, message};
    case SqliteConstraint:
        return {Kind::InvalidData, message};
    case SqliteIoErr:
    default:
        return {Kind::Io, message};
    }
}

} // namespace voronka
