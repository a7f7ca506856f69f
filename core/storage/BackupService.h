#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace voronka {

class Clock;
class Database;

// One backup of a base, as found in the backup folder.
struct BackupFile
{
    QString path;
    QDateTime made; // local time, read from the file name
    qint64 size = 0;
};

// Backups of one open base: copies made with VACUUM INTO (a consistent snapshot even while others write),
// named after the base and the local time, in a "backups" folder next to the base or in the folder set in the
// base's settings; the newest ones are kept (10 unless set). Restoring needs the base closed, so it is static
// and takes paths.
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

    // Makes a backup now and removes this base's backups beyond keep(); returns the new one. Throws StorageError
    // when the base is damaged, the folder cannot be made or written, or the disk is full.
    BackupFile backupNow();
    // The backup at the first start of a day: made only when no backup of this base is from today.
    std::optional<BackupFile> backupIfFirstToday();
    // This base's backups, newest first.
    QList<BackupFile> list() const;

    // Writes a consistent copy of the base to target through a temporary file beside it, so that a failed
    // copy never leaves half a file under target's name; replaces target only when overwrite is set.
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

private:
    QString fileName(const QDateTime &made, int attempt) const;
    void prune();

    Database &m_db;
    const Clock &m_clock;
};

} // namespace voronka
