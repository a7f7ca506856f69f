#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace voronka {

class Clock;
class Database;
class StorageError;

// One backup of a base, as found in the backup folder.
struct BackupFile
{
    QString path;
    QDateTime made; // local time, read from the file name
    qint64 size = 0;
};

// Where the backups of one base go and how many are kept: read from the base's settings on the thread that owns its
// connection, then handed to a worker that makes the backup with connections of its own.
struct BackupPlace
{
    QString basePath;
    QString folder;
    int keep = 10;
};

// How a copy is taken. SQLite's online backup copies the base in steps; each step holds the base's read lock only
// while it copies its pages, and between steps the lock is free, so colleagues on a share can commit. A commit by
// another connection makes SQLite start the copy again; after each such restart the steps grow (up to maxStepMs, the
// longest anyone should wait for a save) so that a base that changes often is still copied, and after maxRestarts
// restarts or maxTotalMs in all the backup gives up as "too busy" (the daily backup tries again at the next start).
struct BackupControl
{
    int stepMs = 50; // the work of one step (the time the read lock is held), measured as it goes
    int pauseMs = 20; // between steps, with no lock held
    int maxStepMs = 1000;
    int maxRestarts = 20;
    qint64 maxTotalMs = 15 * 60 * 1000;
    int pagesPerStep = 0; // a fixed number of pages per step instead of stepMs (tests); 0: from stepMs
    // Called on the copying thread after each step: pages copied so far and the pages of the base.
    std::function<void(qint64 done, qint64 total)> progress;
    // Asked between steps and while the copy is checked; true ends the backup and leaves nothing behind.
    std::function<bool()> cancelled;
};

// Backups of one base: copies made with SQLite's online backup API in short steps on connections of their own (a
// consistent snapshot even while others write, and usable from a worker thread), each checked with PRAGMA
// quick_check before it is kept: the check runs on the private copy, so it holds no lock on the shared base, and it
// is how damage in the base is found (opening the base reads only its schema). Backups are named after the base and
// the local time, in a "backups" folder next to the base or in the folder set in the base's settings; the newest
// ones are kept (10 unless set). Restoring needs the base closed, so it is static and takes paths.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    static const QString folderKey; // "backup/folder": empty for "backups" next to the base
    static const QString keepKey; // "backup/keep"
    static constexpr int defaultKeep = 10;

    BackupService(Database &db, const Clock &clock);

    QString folder() const;
    int keep() const;
    void setFolder(const QString &folder);
    void setKeep(int count);

    // The base's path, backup folder and keep(), for a backup made on another thread.
    BackupPlace place() const;

    // Makes a backup now and removes this base's backups beyond keep(); returns the new one. Throws StorageError
    // when the base is damaged (Damaged, with the check's first findings; the damaged copy is not kept), too busy
    // to be copied (Locked), the folder cannot be made or written (PermissionDenied), or the disk is full.
    BackupFile backupNow();
    // The backup at the first start of a day: made only when no backup of this base is from today.
    std::optional<BackupFile> backupIfFirstToday();
    // This base's backups, newest first.
    QList<BackupFile> list() const;

    // The same on any thread: now is the local time the backup is named after. Empty when cancelled (and, for the
    // first start of the day, when today's backup exists).
    static std::optional<BackupFile> backupNow(const BackupPlace &place, const QDateTime &now,
                                               const BackupControl &control);
    static std::optional<BackupFile> backupIfFirstToday(const BackupPlace &place, const QDateTime &now,
                                                        const BackupControl &control);
    static QList<BackupFile> list(const BackupPlace &place);

    // Writes a consistent, checked copy of the base to target through a temporary file beside it, so that a failed,
    // damaged or cancelled copy never leaves anything under target's name; replaces target only when overwrite is
    // set. False when cancelled. Throws StorageError as backupNow does.
    static bool writeCopy(const QString &basePath, const QString &target, bool overwrite = false,
                          const BackupControl &control = {});
    static void writeCopy(Database &db, const QString &target, bool overwrite = false);
    // Checks that a file is an intact Voronka base this version can open: throws StorageError (NotFound,
    // NotADatabase, ForeignDatabase, Damaged, NewerSchema, ...) saying what is wrong with it.
    static void verify(const QString &path);
    // Replaces the base at basePath with the backup, after verifying it. The base must be closed by every
    // connection of this process first; one still holding a lock on it (another desktop writing) makes it refuse
    // (Locked). The current file is kept aside (with its journal, if any) as "<name>.before-restore-<time>.<suffix>";
    // that path is returned. The backup is copied beside the base (through SQLite's file layer, as the base is
    // written), the copy verified, and only then renamed over the base, so the base is never half-written and never
    // missing. On any failure (NotFound, Damaged, ..., DiskFull, PermissionDenied, Io) the base is unchanged and no
    // copy is left behind.
    static QString restore(const QString &basePath, const QString &backupPath, const Clock &clock);

    // The full integrity check of a base (PRAGMA integrity_check: every problem, not only the first ones), run on a
    // private copy made in steps as a backup is, in a new folder under folder that is removed afterwards. A check
    // of the base itself would hold its read lock while it reads every page (seconds on a big base, longer on a
    // share), and no colleague could save meanwhile. Returns the problems (empty: intact); empty when cancelled.
    // Throws StorageError as writeCopy does: Locked when others saved at every step (too busy to copy), DiskFull when
    // folder has no room for the copy, Damaged when pages of the base cannot even be read.
    static std::optional<QStringList> checkThroughCopy(const QString &basePath, const QString &folder,
                                                       const BackupControl &control = {});

private:
    static QString fileName(const BackupPlace &place, const QDateTime &made, int attempt);
    static void prune(const BackupPlace &place);
    // Copies the base into partial in steps, then checks the copy (quick_check; Damaged when it finds problems);
    // false when cancelled. Leaves partial behind on every outcome: the caller removes or renames it.
    static bool copyAndCheck(const QString &basePath, const QString &partial, const BackupControl &control);
    // The copy alone: SQLite's online backup in steps of about control.stepMs, the lock free between them.
    static bool copyInSteps(const QString &basePath, const QString &partial, const BackupControl &control);
    // Runs check (a PRAGMA that lists problems, "ok" when there are none) on a copy; empty when cancelled.
    static std::optional<QStringList> checkCopy(const QString &copyPath, const char *check,
                                                const BackupControl &control);
    static StorageError copyError(int result, const QString &detail, const QString &targetFolder);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace voronka
