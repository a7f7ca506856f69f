#include "BackupService.h"

#include "Database.h"
#include "PrivateFiles.h"
#include "SettingsRepository.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "domain/Clock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <vector>

namespace voronka {

const QString BackupService::folderKey = QStringLiteral("backup/folder");
const QString BackupService::keepKey = QStringLiteral("backup/keep");

namespace {
const QString stampFormat = QStringLiteral("yyyy-MM-dd_HH-mm-ss");

QString suffixOf(const QFileInfo &base)
{
    return base.suffix().isEmpty() ? QStringLiteral("sqlite") : base.suffix();
}

QString localStamp(const Clock &clock)
{
    return clock.nowUtc().toLocalTime().toString(stampFormat);
}

// The first of "<stem><suffix>", "<stem>-2<suffix>", ... that does not exist yet.
QString freeName(const QString &stem, const QString &suffix)
{
    QString path = stem + suffix;
    for (int attempt = 2; QFileInfo::exists(path); ++attempt)
        path = QStringLiteral("%1-%2%3").arg(stem).arg(attempt).arg(suffix);
    return path;
}

// A name beside target for writing it in full before it takes target's place.
QString partialName(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part").arg(info.fileName()).arg(QCoreApplication::applicationPid()));
}

std::filesystem::path nativePath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

// Renames from over to, replacing to in one step (rename(2) on POSIX, MoveFileEx on Windows).
bool replaceFile(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(nativePath(from), nativePath(to), error);
    return !error;
}

// One file of SQLite's default VFS, closed when it goes.
class VfsFile
{
public:
    VfsFile(sqlite3_vfs *vfs, const QByteArray &path, int flags)
        : m_path(path)
        , m_storage(size_t(vfs->szOsFile), '\0')
        , m_file(reinterpret_cast<sqlite3_file *>(m_storage.data()))
    {
        m_result = vfs->xOpen(vfs, m_path.constData(), m_file, flags, nullptr);
    }
    ~VfsFile()
    {
        if (m_file->pMethods)
            m_file->pMethods->xClose(m_file);
    }
    VfsFile(const VfsFile &) = delete;
    VfsFile &operator=(const VfsFile &) = delete;

    int openResult() const { return m_result; }
    sqlite3_file *operator->() const { return m_file; }
    sqlite3_file *get() const { return m_file; }

private:
    QByteArray m_path; // SQLite keeps the pointer to the name while the file is open
    std::vector<char> m_storage;
    sqlite3_file *m_file;
    int m_result = SQLITE_OK;
};

// Copies a file byte for byte into a new file, through SQLite's VFS: the layer every base file is read and written
// through, so the copy meets the disk exactly as the base does (and a test's faulty disk fails it the same way).
// The SQLite result code: SQLITE_OK, or the first failure (SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_IOERR_*, ...).
int copyThroughVfs(const QString &from, const QString &to)
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    if (!vfs)
        return SQLITE_ERROR;
    const VfsFile source(vfs, QFile::encodeName(from), SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB);
    if (source.openResult() != SQLITE_OK)
        return source.openResult();
    const VfsFile target(vfs, QFile::encodeName(to),
                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE | SQLITE_OPEN_MAIN_DB);
    if (target.openResult() != SQLITE_OK)
        return target.openResult();
    sqlite3_int64 size = 0;
    if (const int result = source->pMethods->xFileSize(source.get(), &size); result != SQLITE_OK)
        return result;
    constexpr int chunk = 1 << 16;
    QByteArray buffer(chunk, Qt::Uninitialized);
    for (sqlite3_int64 offset = 0; offset < size; offset += chunk) {
        const int amount = int(std::min<sqlite3_int64>(chunk, size - offset));
        if (const int result = source->pMethods->xRead(source.get(), buffer.data(), amount, offset);
            result != SQLITE_OK)
            return result;
        if (const int result = target->pMethods->xWrite(target.get(), buffer.constData(), amount, offset);
            result != SQLITE_OK)
            return result;
    }
    return target->pMethods->xSync(target.get(), SQLITE_SYNC_FULL);
}

// Whether another connection (another desktop, or this process) holds a lock on the base: an exclusive lock taken
// and given back at once through the VFS, without reading the file, so that a journal beside it is not played back.
bool inUse(const QString &path)
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    if (!vfs || !QFileInfo::exists(path))
        return false;
    // Opened for writing (without creating anything): a write lock needs a writable handle.
    const VfsFile file(vfs, QFile::encodeName(path), SQLITE_OPEN_READWRITE | SQLITE_OPEN_MAIN_DB);
    if (file.openResult() != SQLITE_OK)
        return false; // not writable or not reachable: the copy or the swap says why
    bool locked = file->pMethods->xLock(file.get(), SQLITE_LOCK_SHARED) != SQLITE_OK;
    if (!locked)
        locked = file->pMethods->xLock(file.get(), SQLITE_LOCK_EXCLUSIVE) != SQLITE_OK;
    file->pMethods->xUnlock(file.get(), SQLITE_LOCK_NONE);
    return locked;
}

// A failed copy beside the base, in the user's words; the base is unchanged whatever failed.
StorageError copyFailure(int result, const QString &message)
{
    switch (result & 0xFF) {
    case SQLITE_FULL:
        return {StorageError::Kind::DiskFull, message};
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {StorageError::Kind::PermissionDenied, message};
    default:
        return {StorageError::Kind::Io, message};
    }
}

// A connection of the backup's own, on the same SQLite library as Qt's driver (and so the same lock table), closed
// when it goes. Not a QSqlDatabase: the backup runs on whatever thread asks for it.
class OwnHandle
{
public:
    OwnHandle(const QString &path, int flags)
    {
        m_result = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    }
    ~OwnHandle() { close(); }
    OwnHandle(const OwnHandle &) = delete;
    OwnHandle &operator=(const OwnHandle &) = delete;

    int openResult() const { return m_result; }
    sqlite3 *get() const { return m_db; }
    QString message() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    int close()
    {
        const int result = sqlite3_close(m_db);
        m_db = nullptr;
        return result;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_result = SQLITE_OK;
};

// One statement on an OwnHandle, finalized when it goes.
class OwnStatement
{
public:
    OwnStatement(sqlite3 *db, const char *sql) { m_result = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr); }
    ~OwnStatement() { sqlite3_finalize(m_statement); }
    OwnStatement(const OwnStatement &) = delete;
    OwnStatement &operator=(const OwnStatement &) = delete;

    int prepareResult() const { return m_result; }
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_result = SQLITE_OK;
};

bool isCancelled(const BackupControl &control)
{
    return control.cancelled && control.cancelled();
}

int cancelCheck(void *control)
{
    return isCancelled(*static_cast<const BackupControl *>(control)) ? 1 : 0;
}
} // namespace

BackupService::BackupService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

BackupPlace BackupService::place() const
{
    return BackupPlace{m_db.path(), folder(), keep()};
}

QString BackupService::folder() const
{
    const QDir baseFolder = QFileInfo(m_db.path()).absoluteDir();
    QString set;
    try {
        set = SettingsRepository(m_db).value(folderKey).trimmed();
    } catch (const StorageError &) {
        // A damaged base may not give its settings back; its backups are still wanted, most likely in the default
        // place.
    }
    // A relative folder is taken from the base's folder, so that it means the same on every desktop.
    return QDir::cleanPath(baseFolder.absoluteFilePath(set.isEmpty() ? QStringLiteral("backups") : set));
}

int BackupService::keep() const
{
    try {
        return SettingsRepository(m_db).number(keepKey, defaultKeep, 1, 1000);
    } catch (const StorageError &) {
        return defaultKeep; // as for the folder: a damaged settings table still gets its backups found and pruned
    }
}

void BackupService::setFolder(const QString &folder)
{
    SettingsRepository(m_db).setValue(folderKey, folder.trimmed());
}

void BackupService::setKeep(int count)
{
    if (count < 1 || count > 1000)
        throw StorageError(StorageError::Kind::InvalidData, tr("Keep between 1 and 1000 backups."));
    SettingsRepository(m_db).setValue(keepKey, QString::number(count));
}

QString BackupService::fileName(const BackupPlace &place, const QDateTime &made, int attempt)
{
    const QFileInfo base(place.basePath);
    QString name = base.completeBaseName() + QStringLiteral("-backup-") + made.toString(stampFormat);
    if (attempt > 1)
        name += QStringLiteral("-%1").arg(attempt);
    return name + QLatin1Char('.') + suffixOf(base);
}

BackupFile BackupService::backupNow()
{
    // Nothing cancels it, so there always is a backup when it returns.
    return *backupNow(place(), m_clock.nowUtc().toLocalTime(), BackupControl());
}

std::optional<BackupFile> BackupService::backupIfFirstToday()
{
    return backupIfFirstToday(place(), m_clock.nowUtc().toLocalTime(), BackupControl());
}

QList<BackupFile> BackupService::list() const
{
    return list(BackupPlace{m_db.path(), folder(), defaultKeep});
}

std::optional<BackupFile> BackupService::backupNow(const BackupPlace &place, const QDateTime &now,
                                                   const BackupControl &control)
{
    const QString dir = place.folder;
    // A private base's backups are as private (PrivateFiles); a share's folder keeps the share's permissions.
    const bool newFolder = !QFileInfo::exists(dir);
    if (!QDir().mkpath(dir)
        || (newFolder && PrivateFiles::isOwnerOnly(place.basePath) && !PrivateFiles::makeFolderOwnerOnly(dir)))
        throw StorageError(StorageError::Kind::PermissionDenied,
                           tr("Cannot create the backup folder %1. Check that it can be written, or set another "
                              "backup folder.")
                               .arg(QDir::toNativeSeparators(dir)));
    const QDateTime made = QDateTime::fromString(now.toString(stampFormat), stampFormat);
    QString path;
    for (int attempt = 1; path.isEmpty() || QFileInfo::exists(path); ++attempt)
        path = QDir(dir).filePath(fileName(place, made, attempt));
    if (!writeCopy(place.basePath, path, false, control))
        return std::nullopt;
    prune(place);
    return BackupFile{path, made, QFileInfo(path).size()};
}

std::optional<BackupFile> BackupService::backupIfFirstToday(const BackupPlace &place, const QDateTime &now,
                                                            const BackupControl &control)
{
    const QDate today = now.date();
    const QList<BackupFile> backups = list(place);
    if (std::any_of(backups.cbegin(), backups.cend(),
                    [&today](const BackupFile &backup) { return backup.made.date() == today; }))
        return std::nullopt;
    return backupNow(place, now, control);
}

QList<BackupFile> BackupService::list(const BackupPlace &place)
{
    const QFileInfo base(place.basePath);
    // Only this base's backups: "crm-backup-..." must not match the backups of "crm-old" in the same folder.
    const QRegularExpression pattern(
        QStringLiteral("^%1-backup-(\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d)(?:-(\\d+))?\\.%2$")
            .arg(QRegularExpression::escape(base.completeBaseName()), QRegularExpression::escape(suffixOf(base))));
    struct Found
    {
        BackupFile file;
        int attempt;
    };
    QList<Found> found;
    const QFileInfoList entries = QDir(place.folder).entryInfoList(QDir::Files);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch match = pattern.match(entry.fileName());
        const QDateTime made = QDateTime::fromString(match.captured(1), stampFormat);
        if (match.hasMatch() && made.isValid())
            found.append({BackupFile{entry.absoluteFilePath(), made, entry.size()}, match.captured(2).toInt()});
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.file.made != b.file.made ? a.file.made > b.file.made : a.attempt > b.attempt;
    });
    QList<BackupFile> backups;
    for (const Found &each : found)
        backups.append(each.file);
    return backups;
}

void BackupService::prune(const BackupPlace &place)
{
    const QList<BackupFile> backups = list(place);
    for (qsizetype i = place.keep; i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
}

void BackupService::writeCopy(Database &db, const QString &target, bool overwrite)
{
    writeCopy(db.path(), target, overwrite, BackupControl());
}

bool BackupService::writeCopy(const QString &basePath, const QString &target, bool overwrite,
                              const BackupControl &control)
{
    const QFileInfo info(target);
    if (!info.absoluteDir().exists())
        throw StorageError(StorageError::Kind::FolderMissing,
                           tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (info.exists() && !overwrite)
        throw StorageError(StorageError::Kind::Io, tr("%1 already exists.").arg(QDir::toNativeSeparators(target)));
    if (!QFileInfo::exists(basePath))
        throw StorageError(StorageError::Kind::NotFound, tr("%1 does not exist.").arg(basePath));
    const QString partial = partialName(target);
    const auto removePartial = [&partial] {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    };
    removePartial(); // left by a copy that was cut off
    // Readable by whom the base is, from the first byte.
    if (!PrivateFiles::createWithPermissionsOf(basePath, partial))
        throw StorageError(StorageError::Kind::PermissionDenied,
                           tr("Cannot write %1.").arg(QDir::toNativeSeparators(partial)));
    bool copied = false;
    try {
        copied = copyAndCheck(basePath, partial, control);
    } catch (...) {
        removePartial();
        throw;
    }
    if (!copied) {
        removePartial();
        return false;
    }
    if (!replaceFile(partial, info.absoluteFilePath())) {
        removePartial();
        throw StorageError(StorageError::Kind::Io,
                           tr("Cannot put the backup in place as %1.").arg(QDir::toNativeSeparators(target)));
    }
    return true;
}

StorageError BackupService::copyError(int result, const QString &detail, const QString &targetFolder)
{
    switch (result & 0xFF) {
    case SQLITE_FULL:
        return {StorageError::Kind::DiskFull,
                tr("The disk is full: there is no room in %1 for a backup of the base.")
                    .arg(QDir::toNativeSeparators(targetFolder))};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {StorageError::Kind::Damaged,
                tr("The base is damaged, so it cannot be backed up: %1. Restore the latest good backup (File → "
                   "Restore from backup…).")
                    .arg(detail)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {StorageError::Kind::Locked, tr("The base is locked by another program: %1").arg(detail)};
    default:
        return {StorageError::Kind::PermissionDenied,
                tr("Cannot write a backup to %1; check that the folder can be written. (%2)")
                    .arg(QDir::toNativeSeparators(targetFolder), detail)};
    }
}

bool BackupService::copyAndCheck(const QString &basePath, const QString &partial, const BackupControl &control)
{
    if (!copyInSteps(basePath, partial, control))
        return false;
    // The check of the base, on the private copy: every page the copy holds is the base's page as it was, and no
    // lock on the shared base is held meanwhile.
    const std::optional<QStringList> problems = checkCopy(partial, "PRAGMA quick_check", control);
    if (!problems)
        return false;
    if (!problems->isEmpty())
        throw StorageError(StorageError::Kind::Damaged,
                           tr("The base is damaged: the check of its backup found problems (%1). The damaged copy "
                              "was not kept. Restore the latest good backup (File → Restore from backup…); "
                              "voronka check lists every problem.")
                               .arg(problems->mid(0, 3).join(QStringLiteral("; "))));
    return true;
}

std::optional<QStringList> BackupService::checkThroughCopy(const QString &basePath, const QString &folder,
                                                           const BackupControl &control)
{
    if (!QFileInfo::exists(basePath))
        throw StorageError(StorageError::Kind::NotFound, tr("%1 does not exist.").arg(basePath));
    QTemporaryDir work(QDir(folder).filePath(QStringLiteral("voronka-check-XXXXXX")));
    if (!work.isValid())
        throw StorageError(StorageError::Kind::PermissionDenied,
                           tr("Cannot make a folder for the copy to check in %1: %2")
                               .arg(QDir::toNativeSeparators(folder), work.errorString()));
    // The copy is private and goes when the folder does (on every outcome).
    const QString copy = work.filePath(QFileInfo(basePath).fileName());
    if (!copyInSteps(basePath, copy, control))
        return std::nullopt;
    return checkCopy(copy, "PRAGMA integrity_check", control);
}

bool BackupService::copyInSteps(const QString &basePath, const QString &partial, const BackupControl &control)
{
    const QString targetFolder = QFileInfo(partial).absolutePath();
    // Read-write so that a journal a crashed writer left is rolled back as any connection would; the copy only
    // reads the base. No busy handler: a step that meets a colleague's commit waits out a pause and tries again.
    OwnHandle source(basePath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
    if (source.openResult() != SQLITE_OK)
        throw copyError(source.openResult(), source.message(), targetFolder);
    sqlite3_busy_timeout(source.get(), 0);
    OwnHandle copy(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX);
    if (copy.openResult() != SQLITE_OK)
        throw copyError(copy.openResult(), copy.message(), targetFolder);
    // The copy is a private file that is deleted when anything goes wrong: no journal needed. It is synced once, at
    // the end (synchronous stays FULL), before it is checked and renamed into place.
    if (const int result = sqlite3_exec(copy.get(), "PRAGMA journal_mode = OFF", nullptr, nullptr, nullptr);
        result != SQLITE_OK)
        throw copyError(result, copy.message(), targetFolder);

    sqlite3_backup *backup = sqlite3_backup_init(copy.get(), "main", source.get(), "main");
    if (!backup)
        throw copyError(sqlite3_extended_errcode(copy.get()), copy.message(), targetFolder);
    bool finished = false;
    const auto finish = [&backup, &finished] {
        finished = true;
        return sqlite3_backup_finish(backup);
    };
    try {
        QElapsedTimer clock;
        clock.start();
        int budgetMs = std::max(1, control.stepMs);
        int pages = control.pagesPerStep > 0 ? control.pagesPerStep : 64;
        int restarts = 0;
        qint64 done = 0;
        const auto tooBusy = [&restarts] {
            return StorageError(StorageError::Kind::Locked,
                                tr("The base was too busy to back up: it was written to %n time(s) while it was "
                                   "being copied (colleagues saving, or an import or its undo under way). Try again "
                                   "when it is quieter; the daily backup tries again at the next start.",
                                   nullptr, restarts));
        };
        for (;;) {
            if (isCancelled(control)) {
                finish();
                return false;
            }
            QElapsedTimer step;
            step.start();
            const int result = sqlite3_backup_step(backup, pages);
            const double stepMs = double(step.nsecsElapsed()) / 1e6;
            const qint64 total = sqlite3_backup_pagecount(backup);
            if (result == SQLITE_DONE) {
                if (control.progress)
                    control.progress(total, total);
                break;
            }
            if (result == SQLITE_BUSY || result == SQLITE_LOCKED) {
                // A colleague is committing right now: give way and come back after a pause.
                if (clock.elapsed() > control.maxTotalMs)
                    throw tooBusy();
                QThread::msleep(ulong(std::max(1, control.pauseMs)));
                continue;
            }
            if (result != SQLITE_OK)
                throw copyError(result, QString::fromUtf8(sqlite3_errstr(result)), targetFolder);
            const qint64 nowDone = total - sqlite3_backup_remaining(backup);
            if (done > 0 && nowDone != done + pages) {
                // Another connection committed between two steps: SQLite started the copy again. Longer steps give
                // the copy a chance to get through the gaps between a busy office's saves.
                ++restarts;
                budgetMs = std::min(budgetMs * 2, std::max(budgetMs, control.maxStepMs));
                if (restarts > control.maxRestarts)
                    throw tooBusy();
            }
            done = nowDone;
            if (control.progress)
                control.progress(done, total);
            if (control.pagesPerStep <= 0) {
                const double pagesPerMs = pages / std::max(stepMs, 0.05);
                pages = int(std::clamp(pagesPerMs * budgetMs, 16.0, double(1 << 20)));
            }
            if (clock.elapsed() > control.maxTotalMs)
                throw tooBusy();
            if (control.pauseMs > 0)
                QThread::msleep(ulong(control.pauseMs));
        }
    } catch (...) {
        if (!finished)
            finish();
        throw;
    }
    if (const int result = finish(); result != SQLITE_OK)
        throw copyError(result, copy.message(), targetFolder);
    if (const int result = copy.close(); result != SQLITE_OK)
        throw copyError(result, QString::fromUtf8(sqlite3_errstr(result)), targetFolder);
    return true;
}

std::optional<QStringList> BackupService::checkCopy(const QString &copyPath, const char *check,
                                                    const BackupControl &control)
{
    const QString targetFolder = QFileInfo(copyPath).absolutePath();
    OwnHandle copy(copyPath, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    if (copy.openResult() != SQLITE_OK)
        throw copyError(copy.openResult(), copy.message(), targetFolder);
    QStringList problems;
    {
        sqlite3_progress_handler(copy.get(), 10000, cancelCheck, const_cast<BackupControl *>(&control));
        OwnStatement statement(copy.get(), check);
        int result = statement.prepareResult();
        while (result == SQLITE_OK || result == SQLITE_ROW) {
            result = sqlite3_step(statement.get());
            if (result == SQLITE_ROW) {
                const QString line
                    = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement.get(), 0)));
                if (line != QLatin1String("ok"))
                    problems.append(line);
            }
        }
        if (result == SQLITE_INTERRUPT)
            return std::nullopt;
        if ((result & 0xFF) == SQLITE_CORRUPT || (result & 0xFF) == SQLITE_NOTADB)
            problems.append(copy.message());
        else if (result != SQLITE_DONE)
            throw copyError(result, copy.message(), targetFolder);
    }
    if (const int result = copy.close(); result != SQLITE_OK)
        throw copyError(result, QString::fromUtf8(sqlite3_errstr(result)), targetFolder);
    return problems;
}

void BackupService::verify(const QString &path)
{
    DatabaseOptions options;
    options.readOnly = true;
    options.createIfMissing = false;
    options.acceptOlderSchema = true; // restoring opens it for writing, which upgrades it
    const auto backup = Database::open(path, options);
    if (backup->schemaVersion() > Database::latestSchemaVersion())
        throw StorageError(StorageError::Kind::NewerSchema,
                           tr("%1 was made by a newer Voronka (schema %2; this version knows up to %3).")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(backup->schemaVersion())
                               .arg(Database::latestSchemaVersion()));
    const QStringList problems = backup->integrityProblems();
    if (!problems.isEmpty())
        throw StorageError(StorageError::Kind::Damaged,
                           tr("%1 is damaged (%2).").arg(QDir::toNativeSeparators(path), problems.constFirst()));
}

QString BackupService::restore(const QString &basePath, const QString &backupPath, const Clock &clock)
{
    const QFileInfo base(basePath);
    const QString target = base.absoluteFilePath();
    if (QFileInfo(backupPath).absoluteFilePath() == target
        || (base.exists() && QFileInfo(backupPath).canonicalFilePath() == base.canonicalFilePath()))
        throw StorageError(StorageError::Kind::InvalidData, tr("A base cannot be restored from itself."));
    verify(backupPath);
    if (!QFileInfo(base.absolutePath()).isWritable())
        throw StorageError(
            StorageError::Kind::PermissionDenied,
            tr("Cannot restore: the folder %1 cannot be written.").arg(QDir::toNativeSeparators(base.absolutePath())));

    // A write in progress on another desktop would be lost, or its journal played into the restored base.
    if (inUse(target))
        throw StorageError(StorageError::Kind::Locked,
                           tr("The base is in use (another window or desktop is writing to it). Close Voronka "
                              "there and restore again. The base is unchanged."));

    // The old base stays where it is until the copy beside it has been written in full and verified.
    const QString partial = partialName(target);
    QFile::remove(partial);
    if (const int result = copyThroughVfs(backupPath, partial); result != SQLITE_OK) {
        QFile::remove(partial);
        throw copyFailure(result,
                          tr("Cannot copy the backup next to the base (is the disk full?). The base is unchanged."));
    }
    // The restored base is readable by whom the base was (the default base: its owner alone).
    if (QFileInfo::exists(target))
        QFile::setPermissions(partial, QFileInfo(target).permissions());
    try {
        verify(partial);
    } catch (const StorageError &) {
        QFile::remove(partial);
        throw copyFailure(SQLITE_IOERR,
                          tr("Cannot copy the backup next to the base (is the disk full?). The base is unchanged."));
    }
    QString aside;
    if (base.exists()) {
        aside = freeName(base.absoluteDir().filePath(base.completeBaseName() + QStringLiteral(".before-restore-")
                                                     + localStamp(clock)),
                         QLatin1Char('.') + suffixOf(base));
        if (const int result = copyThroughVfs(target, aside); result != SQLITE_OK) {
            QFile::remove(partial);
            QFile::remove(aside);
            throw copyFailure(result,
                              tr("Cannot keep a copy of the current base (is the disk full?). The base is unchanged."));
        }
    }
    // A journal left beside the base belongs to the old file: SQLite would play it back into the restored one.
    const QString journal = target + QStringLiteral("-journal");
    const QString journalAside = aside + QStringLiteral("-journal");
    const bool hasJournal = QFileInfo::exists(journal);
    if (hasJournal && (aside.isEmpty() ? !QFile::remove(journal) : !QFile::rename(journal, journalAside))) {
        QFile::remove(partial);
        throw StorageError(StorageError::Kind::Io,
                           tr("Cannot move the journal %1 aside; is the base still open? The base is unchanged.")
                               .arg(QDir::toNativeSeparators(journal)));
    }
    if (!replaceFile(partial, target)) {
        if (hasJournal && !aside.isEmpty())
            QFile::rename(journalAside, journal);
        QFile::remove(partial);
        throw StorageError(
            StorageError::Kind::Io,
            tr("Cannot put the backup in place of %1. The base is unchanged.").arg(QDir::toNativeSeparators(target)));
    }
    return aside;
}

} // namespace voronka
