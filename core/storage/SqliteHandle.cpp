#include "SqliteHandle.h"

#include "SqlStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

namespace voronka {

namespace {
enum class LibraryMatch { Unknown, Same, Different };
// The driver's library cannot change while the process runs: asked once, on the first connection.
std::atomic<LibraryMatch> driverLibrary{LibraryMatch::Unknown};

bool driverRunsLinkedLibrary(const QSqlDatabase &connection)
{
    LibraryMatch match = driverLibrary.load();
    if (match == LibraryMatch::Unknown) {
        const QString version = SqlStatement::scalar(connection, QStringLiteral("SELECT sqlite_version()")).toString();
        const QString source = SqlStatement::scalar(connection, QStringLiteral("SELECT sqlite_source_id()")).toString();
        match
            = version == QString::fromLatin1(sqlite3_libversion()) && source == QString::fromLatin1(sqlite3_sourceid())
            ? LibraryMatch::Same
            : LibraryMatch::Different;
        driverLibrary.store(match);
    }
    return match == LibraryMatch::Same;
}
} // namespace

sqlite3 *sqliteHandleOf(const QSqlDatabase &connection)
{
    if (!connection.isOpen() || !driverRunsLinkedLibrary(connection))
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace voronka
