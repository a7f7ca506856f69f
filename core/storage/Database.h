#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace voronka {

struct DatabaseOptions
{
    bool createIfMissing = true; // a missing file in an existing folder becomes a new base
    bool readOnly = false; // never write, even when the file allows it
    int busyTimeoutMs = 5000; // how long to wait for another process's lock
};

// One Voronka SQLite file, opened on the calling thread's connection.
// Opening validates the file read-only first, so a file that is not ours, damaged or locked is never touched.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Throws StorageError (NotFound, FolderMissing, IsDirectory, PermissionDenied, NotADatabase,
    // ForeignDatabase, Damaged, Locked, ReadOnly).
    static std::unique_ptr<Database> open(const QString &path, const DatabaseOptions &options = {});
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
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();
    static qint32 applicationId(); // PRAGMA application_id of every Voronka file

    // The SQLite library Qt's driver runs and the one voronka_core links (for sqlite3_complete, and later for
    // bulk work on the raw handle) must be the same version: two copies of SQLite in one process can corrupt
    // a file through their separate lock tables.
    QString driverSqliteVersion() const;
    static QString linkedSqliteVersion();

    // Changes whenever another connection (another window, process or desktop) commits to the file; this
    // connection's own commits leave it as it is (PRAGMA data_version). Cheap: no table is read.
    qint64 dataVersion() const;

    // Nesting depth of WriteTransaction on this connection (0: none open).
    int transactionDepth() const { return m_transactionDepth; }

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
};

} // namespace voronka
