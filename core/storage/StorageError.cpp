#include "StorageError.h"

#include <QCoreApplication>

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

StorageError StorageError::fromSqlError(const QSqlError &error, const QString &context)
{
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString message = context.isEmpty() ? detail : context + QStringLiteral(": ") + detail;
    // The file failing under an open base (a full disk, a share gone read-only or away): the user is told what
    // happened in words first; the statement and SQLite's own words follow for whoever reads a report.
    const auto explained = [&message](const char *sentence) {
        return QCoreApplication::translate("StorageError", sentence) + QStringLiteral(" (") + message
            + QLatin1Char(')');
    };
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        // Not a failure of the file: a colleague's write outlasted the busy timeout. Said so, so that nobody takes
        // it for a broken disk, and so that the user (or a script, by its exit code) simply tries again.
        return {Kind::Locked,
                explained(QT_TRANSLATE_NOOP("StorageError",
                                            "The base is busy: another desktop or program is using it right now. "
                                            "Nothing was changed; try again in a moment."))};
    case SqliteCorrupt:
        return {
            Kind::Damaged,
            explained(QT_TRANSLATE_NOOP("StorageError", "The base file is damaged. Restore the latest good backup."))};
    case SqliteNotADb:
        return {Kind::NotADatabase, message};
    case SqliteReadOnly:
        return {Kind::ReadOnly,
                explained(QT_TRANSLATE_NOOP("StorageError",
                                            "The change was not saved: the base file cannot be written any more "
                                            "(it or its folder became read-only, or it was moved or deleted)."))};
    case SqliteFull:
        return {Kind::DiskFull,
                explained(QT_TRANSLATE_NOOP("StorageError",
                                            "The change was not saved: the disk holding the base is full. "
                                            "Free some space and save again."))};
    case SqlitePerm:
    case SqliteCantOpen:
        return {Kind::PermissionDenied,
                explained(QT_TRANSLATE_NOOP("StorageError",
                                            "The base file cannot be reached: its folder may have become "
                                            "read-only, or the network share disconnected."))};
    case SqliteConstraint:
        return {Kind::InvalidData, message};
    case SqliteIoErr:
        return {Kind::Io,
                explained(QT_TRANSLATE_NOOP("StorageError",
                                            "The base file could not be read or written (a disk or network "
                                            "error)."))};
    default:
        return {Kind::Io, message};
    }
}

} // namespace voronka
