// The default base, its journal and its backups are the user's alone (0600 / 0700); a base elsewhere keeps the
// folder's usual permissions, and its backups take the base's.
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"
#include "storage/SqlStatement.h"
#include "storage/WriteTransaction.h"
#include "support/FakeClock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace voronka;
using namespace voronka::test;

namespace {
// The permission bits as ls shows them (0600 ...).
int modeOf(const QString &path)
{
    struct stat status
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &status) == 0);
    return int(status.st_mode & 0777);
}

// Makes the process's umask the usual 022 for the test, whatever the runner's.
struct UsualUmask
{
    mode_t before = ::umask(022);
    ~UsualUmask() { ::umask(before); }
};
} // namespace

TEST_CASE("Private files: the default base is created 0600 in a 0700 folder, and so are its journal and backups",
          "[storage][permissions]")
{
    const UsualUmask umask;
    QTemporaryDir dir;
    const QString folder = QDir(dir.path()).filePath(QStringLiteral("voronka"));
    REQUIRE(PrivateFiles::makeFolderOwnerOnly(folder));
    CHECK(modeOf(folder) == 0700);
    const QString path = QDir(folder).filePath(QStringLiteral("voronka.sqlite"));
    DatabaseOptions options;
    options.ownerOnly = true;
    auto db = Database::open(path, options);
    CHECK(db->isNew());
    CHECK(modeOf(path) == 0600);
    {
        // The journal exists while a write transaction has written something.
        WriteTransaction transaction(*db);
        SqlStatement::run(db->connection(), QStringLiteral("UPDATE users SET full_name = 'Начальник' WHERE id = 1"));
        const QString journal = path + QStringLiteral("-journal");
        REQUIRE(QFile::exists(journal));
        CHECK(modeOf(journal) == 0600);
        transaction.commit();
    }
    FakeClock clock;
    const BackupFile backup = BackupService(*db, clock).backupNow();
    CHECK(modeOf(backup.path) == 0600);
    CHECK(modeOf(QFileInfo(backup.path).absolutePath()) == 0700);
}

TEST_CASE("Private files: a base created elsewhere keeps the usual permissions, and its backups take the base's",
          "[storage][permissions]")
{
    const UsualUmask umask;
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("shared.voronka"));
    auto db = Database::open(path);
    CHECK(modeOf(path) == 0644);
    FakeClock clock;
    const BackupFile backup = BackupService(*db, clock).backupNow();
    CHECK(modeOf(backup.path) == 0644);
    CHECK(modeOf(QFileInfo(backup.path).absolutePath()) == 0755);

    // A share that gives the group write access: the backups follow the base.
    REQUIRE(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup));
    clock.advanceSeconds(5);
    CHECK(modeOf(BackupService(*db, clock).backupNow().path) == 0660);
}

TEST_CASE("Private files: an older default base readable by everybody is tightened", "[storage][permissions]")
{
    const UsualUmask umask;
    QTemporaryDir dir;
    const QString folder = QDir(dir.path()).filePath(QStringLiteral("voronka"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("voronka.sqlite"));
    Database::open(path).reset();
    REQUIRE(modeOf(path) == 0644);
    PrivateFiles::tighten(path);
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(folder) == 0700);
    // The base still opens and writes.
    auto db = Database::open(path);
    CHECK_FALSE(db->isReadOnly());
}
