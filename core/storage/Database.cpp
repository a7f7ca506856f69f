#include "Database.h"

#include "ChangeHub.h"
#include "LanguageSeeds.h"
#include "PrivateFiles.h"
#include "SchemaMigrator.h"
#include "SqlStatement.h"
#include "StorageError.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <sqlite3.h>

namespace voronka {

namespace {
QAtomicInt connectionCounter;

bool hasWriteBits(const QFileInfo &info)
{
    // Checked on the permission bits as well as access(): root may write anything, but a file someone
    // made read-only is meant to stay unchanged.
    return info.isWritable() && (info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

// The first 16 bytes of every SQLite 3 file.
bool looksLikeSqlite(const QString &path, qint64 size)
{
    if (size == 0)
        return true; // SQLite treats an empty file as an empty database
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// The lines of PRAGMA quick_check or integrity_check other than "ok". A page too broken for the check itself
// to read is one more problem, not an error: the caller wants to know whether the file is intact.
QStringList checkProblems(const QSqlDatabase &connection, const QString &pragma)
{
    QStringList problems;
    try {
        SqlStatement check(connection, pragma);
        check.exec();
        while (check.next()) {
            const QString line = check.value(0).toString();
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::Damaged && error.kind() != StorageError::Kind::NotADatabase)
            throw;
        problems.append(error.message());
    }
    return problems;
}
} // namespace

int Database::latestSchemaVersion()
{
    return SchemaMigrator::latestVersion();
}

qint32 Database::applicationId()
{
    return 0x566f726b; // "Vork"
}

std::unique_ptr<Database> Database::openExisting(const QString &path)
{
    DatabaseOptions options;
    options.createIfMissing = false;
    return open(path, options);
}

std::unique_ptr<Database> Database::open(const QString &path, const DatabaseOptions &options)
{
    if (path.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::NotFound, tr("No database file was given."));

    const QFileInfo info(path);
    const bool existed = info.exists();
    if (existed && info.isDir())
        throw StorageError(StorageError::Kind::IsDirectory, tr("%1 is a folder, not a database file.").arg(path));
    if (!existed) {
        if (!options.createIfMissing)
            throw StorageError(StorageError::Kind::NotFound, tr("%1 does not exist.").arg(path));
        if (!info.absoluteDir().exists())
            throw StorageError(StorageError::Kind::FolderMissing,
                               tr("The folder %1 does not exist.").arg(info.absolutePath()));
        if (options.readOnly)
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("%1 does not exist and cannot be created read-only.").arg(path));
        if (!QFileInfo(info.absolutePath()).isWritable())
            throw StorageError(
                StorageError::Kind::PermissionDenied,
                tr("Cannot create a database in %1: the folder is not writable.").arg(info.absolutePath()));
        if (options.ownerOnly && !PrivateFiles::createOwnerOnly(info.absoluteFilePath()))
            throw StorageError(StorageError::Kind::PermissionDenied,
                               tr("Cannot create a database in %1.").arg(info.absolutePath()));
    } else {
        if (!info.isReadable())
            throw StorageError(StorageError::Kind::PermissionDenied, tr("%1 cannot be read.").arg(path));
        if (!looksLikeSqlite(path, info.size()))
            throw StorageError(StorageError::Kind::NotADatabase, tr("%1 is not a Voronka database.").arg(path));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_changes = std::make_unique<ChangeHub>();
    db->m_path = info.absoluteFilePath();
    db->m_connectionName = QStringLiteral("voronka-%1").arg(connectionCounter.fetchAndAddRelaxed(1));

    if (existed) {
        // A writer that died inside a transaction (a crash, a killed process, a share that went away) leaves a hot
        // journal behind; a read-only connection cannot roll it back, so SQLite refuses to read the file at all.
        // A writable connection rolls it back on its first read, as SQLite is designed to recover.
        if (!options.readOnly && hasWriteBits(info) && QFile::exists(db->m_path + QStringLiteral("-journal"))) {
            try {
                db->openConnection(false, options.busyTimeoutMs);
                SqlStatement::scalar(db->m_connection, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
            } catch (const StorageError &) {
                // Not ours, damaged or locked: the read-only inspection below says which.
            }
            db->m_connection.close();
        }
        db->openConnection(true, options.busyTimeoutMs);
        db->inspect();
        if (!hasWriteBits(info) && db->m_readOnlyReason.isEmpty())
            db->m_readOnlyReason = tr("The file is read-only; changes cannot be saved.");
        else if (!QFileInfo(info.absolutePath()).isWritable() && db->m_readOnlyReason.isEmpty())
            db->m_readOnlyReason = tr("The folder of the file is read-only; changes cannot be saved.");
        // Opened read-only on request (voronka info): read-only without a reason, since the file itself is writable.
        db->m_readOnly = options.readOnly || !db->m_readOnlyReason.isEmpty();
        if (db->m_readOnly) {
            if (db->m_schemaVersion < latestSchemaVersion() && !options.acceptOlderSchema)
                throw StorageError(
                    StorageError::Kind::ReadOnly,
                    tr("%1 was made by an older Voronka and must be upgraded, but it is read-only.").arg(path));
            return db;
        }
        db->m_connection.close();
    }
    db->openConnection(false, options.busyTimeoutMs);
    if (!existed)
        db->inspect();
    if (options.beforeUpgrade && !db->m_isNew && db->m_schemaVersion < latestSchemaVersion())
        options.beforeUpgrade(db->m_schemaVersion);
    db->prepareForWriting();
    if (db->m_isNew)
        LanguageSeeds::apply(*db, options.language);
    return db;
}

qint64 Database::dataVersion() const
{
    return SqlStatement::scalar(m_connection, QStringLiteral("PRAGMA data_version")).toLongLong();
}

std::optional<qint64> Database::dataVersionWithoutWaiting() const
{
    if (m_busyWaiter)
        m_busyWaiter->setWaiting(false);
    std::optional<qint64> version;
    try {
        version = dataVersion();
    } catch (const StorageError &error) {
        if (m_busyWaiter)
            m_busyWaiter->setWaiting(true);
        if (error.kind() != StorageErrorKind::Locked)
            throw;
        return std::nullopt;
    }
    if (m_busyWaiter)
        m_busyWaiter->setWaiting(true);
    return version;
}

qint64 Database::ownChanges() const
{
    return SqlStatement::scalar(m_connection, QStringLiteral("SELECT total_changes()")).toLongLong();
}

QString Database::driverSqliteVersion() const
{
    return SqlStatement::scalar(m_connection, QStringLiteral("SELECT sqlite_version()")).toString();
}

QString Database::linkedSqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Database::~Database()
{
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::openConnection(bool readOnly, int busyTimeoutMs)
{
    // SQLite counts every allocation under a global mutex unless told not to before it starts; Voronka never reads
    // those counts, and the import's two threads and the window's workers would otherwise queue on that mutex. Too
    // late (SQLITE_MISUSE) when SQLite has started already, which changes nothing else.
    static const bool noMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(noMemoryStatistics)
    m_connection = QSqlDatabase::database(m_connectionName, false);
    if (!m_connection.isValid())
        m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_connection.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_connection.setConnectOptions(connectOptions);
    if (!m_connection.open())
        throw StorageError::fromSqlError(m_connection.lastError(), tr("Cannot open %1").arg(m_path));
    // Qt's timeout above stays in force when the driver's SQLite is not ours; otherwise the fair waiter replaces it.
    if (!m_busyWaiter)
        m_busyWaiter = std::make_unique<BusyWaiter>(busyTimeoutMs);
    m_busyWaiter->install(m_connection);
}

BusyStatistics Database::busyStatistics() const
{
    return m_busyWaiter ? m_busyWaiter->statistics() : BusyStatistics{};
}

QStringList Database::integrityProblems() const
{
    return checkProblems(m_connection, QStringLiteral("PRAGMA integrity_check"));
}

void Database::inspect()
{
    try {
        const qint32 appId = SqlStatement::scalar(m_connection, QStringLiteral("PRAGMA application_id")).toInt();
        m_schemaVersion = SqlStatement::scalar(m_connection, QStringLiteral("PRAGMA user_version")).toInt();
        const int objects
            = SqlStatement::scalar(m_connection, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
        if (appId != applicationId() && (appId != 0 || m_schemaVersion != 0 || objects != 0))
            throw StorageError(StorageError::Kind::ForeignDatabase,
                               tr("%1 is a SQLite database of another program, not a Voronka base.").arg(m_path));
        if (appId == applicationId() && m_schemaVersion == 0)
            throw StorageError(StorageError::Kind::Damaged, tr("%1 has lost its schema version.").arg(m_path));
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::NotADatabase)
            throw StorageError(StorageError::Kind::NotADatabase, tr("%1 is not a Voronka database.").arg(m_path));
        if (error.kind() == StorageError::Kind::Locked)
            throw StorageError(StorageError::Kind::Locked,
                               tr("%1 is locked by another program; try again in a moment.").arg(m_path));
        if (error.kind() == StorageError::Kind::Damaged || error.kind() == StorageError::Kind::ForeignDatabase)
            throw;
        throw StorageError(error.kind(), tr("Cannot read %1: %2").arg(m_path, error.message()));
    }
    m_isNew = m_schemaVersion == 0;
    if (m_schemaVersion > latestSchemaVersion()) {
        m_readOnlyReason = tr("The base was made by a newer Voronka (schema %1; this version knows up to %2). "
                              "It is opened read-only so that nothing in it is damaged.")
                               .arg(m_schemaVersion)
                               .arg(latestSchemaVersion());
    }
}

void Database::prepareForWriting()
{
    // Rollback journal with full sync: WAL does not work for a file shared over a network filesystem.
    SqlStatement::scalar(m_connection, QStringLiteral("PRAGMA journal_mode = DELETE"));
    SqlStatement::run(m_connection, QStringLiteral("PRAGMA synchronous = FULL"));
    SqlStatement::run(m_connection, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_schemaVersion < latestSchemaVersion()) {
        SchemaMigrator::migrate(m_connection, m_schemaVersion, applicationId());
        m_schemaVersion = latestSchemaVersion();
    }
}

} // namespace voronka
