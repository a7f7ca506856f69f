#pragma once

#include "BusyWaiter.h"
#include "domain/Viewer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace voronka {

class ChangeHub;

struct DatabaseOptions
{
    bool createIfMissing = true; // a missing file in an existing folder becomes a new base
    bool readOnly = false; // never write, even when the file allows it
    // How long to wait for another connection's lock; the wait polls every few ms (BusyWaiter), so it ends within a few
    // ms of the other's commit.
    int busyTimeoutMs = 5000;
    // With readOnly: a base an older Voronka made is read as it is instead of refused for want of an upgrade
    // (checking a file or a backup, never showing it).
    bool acceptOlderSchema = false;
    // The language a base created by this open is seeded in (its lost reasons, its first user's title): the
    // interface's language, "ru" or "en"; others get English. Core has no idea of the user's language itself.
    QString language = QStringLiteral("en");
    // A base this open creates is its owner's alone (0600; PrivateFiles): the default base in the user's data folder.
    // A base created elsewhere (a share) keeps the folder's usual permissions.
    bool ownerOnly = false;
    // Called on the opening thread, with the base's schema version, just before a base an older Voronka made is
    // upgraded (not for a new one): the upgrade of a big base takes a minute, and the window has nothing on screen yet.
    std::function<void(int fromVersion)> beforeUpgrade = {};
};

// One Voronka SQLite file, opened on the calling thread's connection.
// Opening validates the file read-only first, so a file that is not ours, damaged or locked is never touched.
// It reads the header, the pragmas and the schema only: a check of every page (PRAGMA quick_check) costs seconds on
// a big base and, on a share, holds a read lock that keeps every colleague's commit waiting. Damage in the pages is
// found by the daily backup, which reads every page anyway and checks its copy (BackupService), and by
// `voronka check`; a read that meets a damaged page throws StorageError Damaged.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Throws StorageError (NotFound, FolderMissing, IsDirectory, PermissionDenied, NotADatabase,
    // ForeignDatabase, Damaged, Locked, ReadOnly).
    static std::unique_ptr<Database> open(const QString &path, const DatabaseOptions &options = {});
    // Another connection to a base that exists already (a worker's own, beside the window's): open() that never
    // creates.
    static std::unique_ptr<Database> openExisting(const QString &path);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_connection; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the file cannot be written, in words for the user; empty when it can (it may still be open read-only
    // because the caller asked for that).
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The base was created by this open (it is empty apart from the first user).
    bool isNew() const { return m_isNew; }
    // The full PRAGMA integrity_check (reads every page: seconds on a big base); empty when the file is intact.
    // A page too broken to be read is reported as a problem rather than thrown.
    QStringList integrityProblems() const;
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();
    static qint32 applicationId(); // PRAGMA application_id of every Voronka file

    // The SQLite library Qt's driver runs and the one voronka_storage links (for sqlite3_complete, and later for
    // bulk work on the raw handle) must be the same version: two copies of SQLite in one process can corrupt
    // a file through their separate lock tables.
    QString driverSqliteVersion() const;
    static QString linkedSqliteVersion();

    // Changes whenever another connection (another window, process or desktop) commits to the file; this
    // connection's own commits leave it as it is (PRAGMA data_version). Cheap: no table is read.
    qint64 dataVersion() const;
    // The same, but without waiting when another connection holds the file (in rollback-journal mode a commit
    // locks readers out for as long as it writes its pages): empty then, and the caller looks again later. A
    // connection on another SQLite library than the one linked waits as every statement does (Qt's timeout).
    std::optional<qint64> dataVersionWithoutWaiting() const;
    // Rows this connection has changed since it opened (SQLite total_changes()): what dataVersion does not see, the
    // app's own writes from any window (a call outcome's callback). Cheap: no table is read.
    qint64 ownChanges() const;

    // Where what changed in this base is announced to the views that show it: by whoever wrote through this
    // connection, and by a DatabaseWatcher for other connections' commits.
    ChangeHub &changes() const { return *m_changes; }

    // How often this connection waited for another's lock, and for how long at most (since the open). A connection
    // on another SQLite library than the one linked keeps Qt's busy timeout and counts nothing (fair is false).
    BusyStatistics busyStatistics() const;

    // Nesting depth of WriteTransaction on this connection (0: none open).
    int transactionDepth() const { return m_transactionDepth; }

    // Whose work this connection does: every reader of companies on it shows that person's part of the base
    // (VisibleCompanies). Everything until someone signs in; a worker's own connection takes over its window's.
    const Viewer &viewer() const { return m_viewer; }
    void setViewer(const Viewer &viewer) { m_viewer = viewer; }

private:
    friend class WriteTransaction;
    Database() = default;

    void openConnection(bool readOnly, int busyTimeoutMs);
    void inspect();
    void prepareForWriting();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_connection;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_isNew = false;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    Viewer m_viewer = Viewer::everything();
    std::unique_ptr<ChangeHub> m_changes;
    // The connection's busy handler points here: the destructor closes the connection before the members go.
    std::unique_ptr<BusyWaiter> m_busyWaiter;
};

} // namespace voronka
