#include "storage/BackupService.h"
#include "storage/CompanyRepository.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "support/BadFiles.h"
#include "support/FaultyDisk.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
qint64 companiesIn(const QString &path)
{
    DatabaseOptions options;
    options.readOnly = true;
    options.createIfMissing = false;
    const auto db = Database::open(path, options);
    return SqlStatement::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM companies")).toLongLong();
}

qint64 addCompany(TestDatabase &base, const QString &name)
{
    Company company = makeCompany(name);
    CompanyRepository(base.context()).create(company);
    return company.id;
}

// Copies in steps of `pages` pages with no pause between them, so that a test acts between two steps (progress).
BackupControl stepsOf(int pages, int maxRestarts)
{
    BackupControl control;
    control.pagesPerStep = pages;
    control.pauseMs = 0;
    control.maxRestarts = maxRestarts;
    return control;
}

template<typename Action>
StorageError::Kind failureOf(Action action)
{
    try {
        action();
    } catch (const StorageError &error) {
        return error.kind();
    }
    FAIL("the action succeeded although it should not");
    return StorageError::Kind::Io;
}
} // namespace

TEST_CASE("A backup is an intact copy of the base with its data, next to it", "[storage][backup]")
{
    TestDatabase base;
    addCompany(base, QStringLiteral("Ромашка"));
    addCompany(base, QStringLiteral("Василёк"));
    BackupService backups(base.db(), base.clock());
    CHECK(backups.folder() == QDir(base.dir()).filePath(QStringLiteral("backups")));
    CHECK(backups.keep() == BackupService::defaultKeep);

    const BackupFile made = backups.backupNow();
    CHECK(QFileInfo(made.path).fileName()
          == QStringLiteral("test-backup-%1.voronka")
                 .arg(base.clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"))));
    CHECK(made.size == QFileInfo(made.path).size());
    CHECK(made.made == base.clock().nowUtc().toLocalTime());
    BackupService::verify(made.path);
    CHECK(companiesIn(made.path) == 2);
    CHECK(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no partial file left

    // A second backup in the same second gets its own name.
    const BackupFile again = backups.backupNow();
    CHECK(again.path != made.path);
    REQUIRE(backups.list().size() == 2);
    CHECK(backups.list().constFirst().path == again.path);
}

TEST_CASE("The backup of the first start of a day is made once a day", "[storage][backup]")
{
    TestDatabase base;
    BackupService backups(base.db(), base.clock());
    CHECK(backups.backupIfFirstToday().has_value());
    base.clock().advanceSeconds(3 * 3600);
    CHECK_FALSE(backups.backupIfFirstToday().has_value());
    CHECK(backups.list().size() == 1);

    base.clock().advanceSeconds(24 * 3600);
    const auto tomorrow = backups.backupIfFirstToday();
    REQUIRE(tomorrow.has_value());
    CHECK(tomorrow->made.date() == base.clock().nowUtc().toLocalTime().date());
    CHECK(backups.list().size() == 2);
}

TEST_CASE("Only the newest backups of this base are kept, other files are left alone", "[storage][backup]")
{
    TestDatabase base;
    BackupService backups(base.db(), base.clock());
    backups.setKeep(3);
    CHECK(backups.keep() == 3);
    QDir().mkpath(backups.folder());
    const QDir folder(backups.folder());
    const QStringList strangers{QStringLiteral("test-old-backup-2020-01-01_10-00-00.voronka"),
                                QStringLiteral("test-backup-2020-01-01_10-00-00.sqlite"), QStringLiteral("notes.txt")};
    for (const QString &name : strangers)
        writeTextFile(folder.filePath(name), "not ours");

    QStringList made;
    for (int i = 0; i < 5; ++i) {
        made << backups.backupNow().path;
        base.clock().advanceSeconds(3600);
    }
    const QList<BackupFile> kept = backups.list();
    REQUIRE(kept.size() == 3);
    CHECK(kept.at(0).path == made.at(4));
    CHECK(kept.at(2).path == made.at(2));
    CHECK_FALSE(QFile::exists(made.at(0)));
    CHECK_FALSE(QFile::exists(made.at(1)));
    for (const QString &name : strangers)
        CHECK(QFile::exists(folder.filePath(name)));

    CHECK(failureOf([&] { backups.setKeep(0); }) == StorageError::Kind::InvalidData);
    CHECK(backups.keep() == 3);
}

TEST_CASE("Backups go to the folder set in the base", "[storage][backup]")
{
    TestDatabase base;
    BackupService backups(base.db(), base.clock());
    backups.setFolder(QStringLiteral("safe/daily"));
    CHECK(backups.folder() == QDir(base.dir()).filePath(QStringLiteral("safe/daily")));
    CHECK(QFileInfo(backups.backupNow().path).absolutePath() == backups.folder());

    const QString blocker = QDir(base.dir()).filePath(QStringLiteral("plain-file"));
    writeTextFile(blocker, "a file where a folder should be");
    backups.setFolder(blocker + QStringLiteral("/backups"));
    CHECK(failureOf([&] { backups.backupNow(); }) == StorageError::Kind::PermissionDenied);

    // Settings that cannot be read (a damaged base) leave the backups where they are by default.
    SqlStatement::run(base.db().connection(), QStringLiteral("DROP TABLE settings"));
    CHECK(backups.folder() == QDir(base.dir()).filePath(QStringLiteral("backups")));
}

TEST_CASE("Restore puts the backup in place and keeps the current base aside", "[storage][backup]")
{
    TestDatabase base;
    addCompany(base, QStringLiteral("Ромашка"));
    const QString backup = BackupService(base.db(), base.clock()).backupNow().path;
    addCompany(base, QStringLiteral("Added after the backup"));
    base.close();
    // A journal left by a crash belongs to the old file and must not be played into the restored one.
    writeTextFile(base.path() + QStringLiteral("-journal"), "");

    base.clock().advanceSeconds(60);
    const QString aside = BackupService::restore(base.path(), backup, base.clock());
    CHECK(QFileInfo(aside).fileName()
          == QStringLiteral("test.before-restore-%1.voronka")
                 .arg(base.clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"))));
    CHECK(companiesIn(aside) == 2);
    CHECK(QFile::exists(aside + QStringLiteral("-journal")));
    CHECK_FALSE(QFile::exists(base.path() + QStringLiteral("-journal")));
    CHECK(fileDigest(base.path()) == fileDigest(backup));
    CHECK(QFile::exists(backup));

    base.reopen();
    CHECK_FALSE(base.db().isReadOnly());
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT name FROM companies")).toString()
          == QStringLiteral("Ромашка"));
}

TEST_CASE("A damaged or foreign backup is refused and the base is left untouched", "[storage][backup][bad-input]")
{
    TestDatabase base;
    addCompany(base, QStringLiteral("Ромашка"));
    const QString backup = BackupService(base.db(), base.clock()).backupNow().path;
    base.close();
    const QByteArray before = fileDigest(base.path());
    const auto restoreFrom = [&base](const QString &path) {
        return failureOf([&] { BackupService::restore(base.path(), path, base.clock()); });
    };

    const QString damaged = QDir(base.dir()).filePath(QStringLiteral("damaged.voronka"));
    QFile::copy(backup, damaged);
    fillAndTruncate(damaged);
    CHECK(restoreFrom(damaged) == StorageError::Kind::Damaged);
    const QString scrambled = QDir(base.dir()).filePath(QStringLiteral("scrambled.voronka"));
    QFile::copy(backup, scrambled);
    fillAndScramble(scrambled);
    CHECK(restoreFrom(scrambled) == StorageError::Kind::Damaged);

    const QString text = QDir(base.dir()).filePath(QStringLiteral("list.csv"));
    writeTextFile(text, "Компания;Телефон\n");
    CHECK(restoreFrom(text) == StorageError::Kind::NotADatabase);

    const QString foreign = QDir(base.dir()).filePath(QStringLiteral("other.sqlite"));
    writeForeignSqlite(foreign);
    CHECK(restoreFrom(foreign) == StorageError::Kind::ForeignDatabase);

    const QString newer = QDir(base.dir()).filePath(QStringLiteral("newer.voronka"));
    QFile::copy(backup, newer);
    {
        auto db = Database::open(newer);
        SqlStatement::run(db->connection(),
                          QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
    }
    CHECK(restoreFrom(newer) == StorageError::Kind::NewerSchema);

    // A backup an older Voronka made passes the check (restoring opens it for writing, which upgrades it).
    const QString older = QDir(base.dir()).filePath(QStringLiteral("older.voronka"));
    QFile::copy(backup, older);
    {
        auto db = Database::open(older);
        SqlStatement::run(db->connection(),
                          QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() - 1));
    }
    BackupService::verify(older);

    CHECK(restoreFrom(QDir(base.dir()).filePath(QStringLiteral("missing.voronka"))) == StorageError::Kind::NotFound);
    CHECK(restoreFrom(base.path()) == StorageError::Kind::InvalidData);

    CHECK(fileDigest(base.path()) == before);
    CHECK(QDir(base.dir())
              .entryList({QStringLiteral("*before-restore*"), QStringLiteral(".*part")}, QDir::Files | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("A base damaged where opening does not read opens for work, and its backup finds the damage",
          "[storage][backup][database][bad-input]")
{
    TestDatabase base;
    addCompany(base, QStringLiteral("Ромашка"));
    const QString good = BackupService(base.db(), base.clock()).backupNow().path;
    base.close();
    fillAndDamageSpareTable(base.path());

    // Opening reads the header, the pragmas and the schema only: no whole-file check before the window.
    base.reopen();
    CHECK_FALSE(base.db().isReadOnly());
    CHECK(base.db().readOnlyReason().isEmpty());
    CHECK(addCompany(base, QStringLiteral("Василёк")) > 0);

    // The backup reads every page anyway: it finds the damage, says what to do and keeps no damaged copy.
    BackupService backups(base.db(), base.clock());
    base.clock().advanceSeconds(24 * 3600);
    try {
        backups.backupIfFirstToday();
        FAIL("a damaged base was backed up");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Damaged);
        CHECK(error.message().contains(QStringLiteral("Restore the latest good backup")));
    }
    const QList<BackupFile> kept = backups.list();
    REQUIRE(kept.size() == 1);
    CHECK(kept.constFirst().path == good);
    CHECK(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("A damaged base is not backed up, and the good backup brings it back", "[storage][backup][bad-input]")
{
    TestDatabase base;
    BackupService(base.db(), base.clock()).backupNow();
    base.close();
    fillAndScramble(base.path());
    const QByteArray before = fileDigest(base.path());

    base.reopen();
    CHECK_FALSE(base.db().integrityProblems().isEmpty());
    BackupService backups(base.db(), base.clock());
    base.clock().advanceSeconds(24 * 3600);
    CHECK(failureOf([&] { backups.backupIfFirstToday(); }) == StorageError::Kind::Damaged);
    CHECK(failureOf([&] { backups.backupNow(); }) == StorageError::Kind::Damaged);
    const QList<BackupFile> kept = backups.list();
    REQUIRE(kept.size() == 1); // the good backup was not pushed out
    base.close();
    CHECK(fileDigest(base.path()) == before);

    // The good backup brings the base back.
    BackupService::restore(base.path(), kept.constFirst().path, base.clock());
    base.reopen();
    CHECK(base.db().integrityProblems().isEmpty());
    CHECK_FALSE(base.db().isReadOnly());
}

TEST_CASE("An intact base passes the full check", "[storage][database]")
{
    TestDatabase base;
    base.reopen();
    CHECK(base.db().integrityProblems().isEmpty());
    CHECK(base.db().readOnlyReason().isEmpty());
}

TEST_CASE("A copy is not written into a missing folder nor over a file", "[storage][backup][bad-input]")
{
    TestDatabase base;
    const QDir dir(base.dir());
    CHECK(failureOf([&] { BackupService::writeCopy(base.db(), dir.filePath(QStringLiteral("no/such/copy.voronka"))); })
          == StorageError::Kind::FolderMissing);
    const QString existing = dir.filePath(QStringLiteral("existing.voronka"));
    writeTextFile(existing, "keep me");
    CHECK(failureOf([&] { BackupService::writeCopy(base.db(), existing); }) == StorageError::Kind::Io);
    CHECK(fileDigest(existing) == QCryptographicHash::hash("keep me", QCryptographicHash::Sha256));
    BackupService::writeCopy(base.db(), existing, true);
    BackupService::verify(existing);
}

TEST_CASE("A backup onto a full disk says so, leaves no partial file and keeps the base as it was",
          "[storage][backup][bad-input]")
{
    QTemporaryDir disk;
    FaultyDisk faults(disk.path());
    TestDatabase base;
    addCompany(base, QStringLiteral("Ромашка"));
    BackupService backups(base.db(), base.clock());
    backups.setFolder(disk.path());
    const QString good = backups.backupNow().path;

    base.clock().advanceSeconds(3600);
    faults.setFault(FaultyDisk::Fault::Full);
    try {
        backups.backupNow();
        FAIL("a backup was written onto a full disk");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::DiskFull);
        CHECK(error.message().contains(QStringLiteral("disk is full")));
    }
    CHECK(faults.failures() > 0);
    CHECK(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QFileInfo(good).fileName()});
    // The first start of the day tries again later; a full backup disk must not have touched the base.
    faults.setFault(FaultyDisk::Fault::None);
    CHECK(companiesIn(base.path()) == 1);
    CHECK(addCompany(base, QStringLiteral("Василёк")) > 0);
    BackupService::verify(good);
    CHECK(companiesIn(good) == 1);
}

TEST_CASE("A backup folder on a share that went away or turned read-only is reported and left clean",
          "[storage][backup][bad-input]")
{
    QTemporaryDir share;
    FaultyDisk faults(share.path());
    TestDatabase base;
    addCompany(base, QStringLiteral("Ромашка"));
    BackupService backups(base.db(), base.clock());
    backups.setFolder(share.path());

    for (const auto fault : {FaultyDisk::Fault::ReadOnly, FaultyDisk::Fault::Vanished}) {
        faults.setFault(fault);
        const int failedBefore = faults.failures();
        try {
            backups.backupNow();
            FAIL("a backup was written onto a share that cannot take it");
        } catch (const StorageError &error) {
            INFO(error.message().toStdString());
            CHECK(error.kind() == StorageError::Kind::PermissionDenied);
            CHECK(error.message().startsWith(QStringLiteral("Cannot write a backup to")));
        }
        CHECK(faults.failures() > failedBefore);
        CHECK(QDir(share.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    faults.setFault(FaultyDisk::Fault::None);
    CHECK(companiesIn(base.path()) == 1);
    CHECK(companiesIn(backups.backupNow().path) == 1);
}

TEST_CASE("Restore refuses a base in use, a full, read-only, torn or vanished disk, and leaves the base as it was",
          "[storage][backup][bad-input]")
{
    TestDatabase base;
    addCompany(base, QStringLiteral("Ромашка"));
    const QString backup = BackupService(base.db(), base.clock()).backupNow().path;
    addCompany(base, QStringLiteral("Added after the backup"));
    const QByteArray before = fileDigest(base.path());
    const auto leftovers = [&base] {
        return QDir(base.dir())
            .entryList({QStringLiteral("*before-restore*"), QStringLiteral(".*part")}, QDir::Files | QDir::Hidden);
    };

    // Another desktop in the middle of a write: replacing the file now would lose its write.
    {
        auto otherDesktop = Database::open(base.path());
        base.close();
        SqlStatement::run(otherDesktop->connection(), QStringLiteral("BEGIN IMMEDIATE"));
        CHECK(failureOf([&] { BackupService::restore(base.path(), backup, base.clock()); })
              == StorageError::Kind::Locked);
        SqlStatement::run(otherDesktop->connection(), QStringLiteral("ROLLBACK"));
    }
    CHECK(fileDigest(base.path()) == before);
    CHECK(leftovers().isEmpty());

    FaultyDisk faults(base.dir());
    const QList<std::pair<FaultyDisk::Fault, StorageError::Kind>> cases{
        {FaultyDisk::Fault::Full, StorageError::Kind::DiskFull},
        {FaultyDisk::Fault::ReadOnly, StorageError::Kind::PermissionDenied},
        {FaultyDisk::Fault::ShortWrite, StorageError::Kind::Io},
        {FaultyDisk::Fault::Vanished, StorageError::Kind::PermissionDenied},
    };
    for (const auto &[fault, kind] : cases) {
        INFO("fault " << int(fault));
        faults.setFault(fault);
        const int failedBefore = faults.failures();
        CHECK(failureOf([&] { BackupService::restore(base.path(), backup, base.clock()); }) == kind);
        CHECK(faults.failures() > failedBefore);
        faults.setFault(FaultyDisk::Fault::None);
        CHECK(fileDigest(base.path()) == before);
        CHECK(leftovers().isEmpty());
    }

    // With the disk well again the same restore goes through.
    const QString aside = BackupService::restore(base.path(), backup, base.clock());
    CHECK(companiesIn(aside) == 2);
    CHECK(companiesIn(base.path()) == 1);
}

TEST_CASE("A backup copies in steps and lets another connection commit between them", "[storage][backup][shared]")
{
    TestDatabase base;
    for (int i = 0; i < 300; ++i)
        addCompany(base, QStringLiteral("Компания %1").arg(i));
    BackupService backups(base.db(), base.clock());
    const BackupPlace place = backups.place();

    // Another desktop with a short patience saves once while the copy is under way.
    DatabaseOptions impatient;
    impatient.busyTimeoutMs = 50;
    auto otherDesktop = Database::open(base.path(), impatient);
    QList<std::pair<qint64, qint64>> steps;
    bool saved = false;
    BackupControl control = stepsOf(4, 1000);
    control.progress = [&](qint64 done, qint64 total) {
        steps.append({done, total});
        if (!saved && steps.size() == 3) {
            WriteTransaction transaction(*otherDesktop);
            SqlStatement::run(otherDesktop->connection(),
                              QStringLiteral("UPDATE companies SET name = 'Saved meanwhile' WHERE id = 1"));
            transaction.commit();
            saved = true;
        }
    };
    const auto made = BackupService::backupNow(place, base.clock().nowUtc().toLocalTime(), control);
    REQUIRE(made.has_value());
    CHECK(saved);
    REQUIRE(steps.size() > 3);
    CHECK(steps.constFirst().first == 4);
    CHECK(steps.constLast().first == steps.constLast().second);
    // The save restarted the copy, so the backup holds it.
    DatabaseOptions reading;
    reading.readOnly = true;
    const auto copy = Database::open(made->path, reading);
    CHECK(SqlStatement::scalar(copy->connection(), QStringLiteral("SELECT name FROM companies WHERE id = 1")).toString()
          == QStringLiteral("Saved meanwhile"));
    CHECK(SqlStatement::scalar(copy->connection(), QStringLiteral("SELECT count(*) FROM companies")).toInt() == 300);
    CHECK(copy->integrityProblems().isEmpty());
}

TEST_CASE("A base that changes at every step is reported too busy, and nothing is left", "[storage][backup][shared]")
{
    TestDatabase base;
    for (int i = 0; i < 200; ++i)
        addCompany(base, QStringLiteral("Компания %1").arg(i));
    BackupService backups(base.db(), base.clock());
    backups.backupNow();
    auto otherDesktop = Database::open(base.path());
    int saves = 0;
    BackupControl control = stepsOf(2, 3);
    control.progress = [&](qint64, qint64) {
        SqlStatement::run(otherDesktop->connection(), QStringLiteral("UPDATE companies SET name = ? WHERE id = 1"),
                          {QStringLiteral("Save %1").arg(++saves)});
    };
    base.clock().advanceSeconds(24 * 3600);
    try {
        BackupService::backupIfFirstToday(backups.place(), base.clock().nowUtc().toLocalTime(), control);
        FAIL("a backup was kept although the base changed at every step");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Locked);
        CHECK(error.message().contains(QStringLiteral("too busy")));
    }
    CHECK(saves > 3);
    CHECK(backups.list().size() == 1);
    CHECK(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("A cancelled backup leaves nothing behind", "[storage][backup]")
{
    TestDatabase base;
    for (int i = 0; i < 200; ++i)
        addCompany(base, QStringLiteral("Компания %1").arg(i));
    BackupService backups(base.db(), base.clock());
    bool cancel = false;
    int steps = 0;
    BackupControl control;
    control.pagesPerStep = 2;
    control.pauseMs = 0;
    control.progress = [&](qint64, qint64) { cancel = ++steps == 2; };
    control.cancelled = [&] { return cancel; };
    CHECK_FALSE(BackupService::backupNow(backups.place(), base.clock().nowUtc().toLocalTime(), control).has_value());
    CHECK(steps == 2);
    CHECK(backups.list().isEmpty());
    CHECK(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("The full check reads a copy made in steps, lets another connection commit between them and removes it",
          "[storage][backup][shared]")
{
    TestDatabase base;
    for (int i = 0; i < 300; ++i)
        addCompany(base, QStringLiteral("Компания %1").arg(i));
    const qint64 pages = SqlStatement::scalar(base.db().connection(), QStringLiteral("PRAGMA page_count")).toLongLong();
    base.close();
    QTemporaryDir temp;
    FaultyDisk disk(base.dir());
    base.reopen();
    disk.watchReadLocks(base.path());

    // Another desktop with a short patience saves once while the check is under way.
    DatabaseOptions impatient;
    impatient.busyTimeoutMs = 50;
    auto otherDesktop = Database::open(base.path(), impatient);
    bool saved = false;
    int steps = 0;
    BackupControl control = stepsOf(4, 1000);
    control.progress = [&](qint64, qint64) {
        if (!saved && ++steps == 3) {
            WriteTransaction transaction(*otherDesktop);
            SqlStatement::run(otherDesktop->connection(),
                              QStringLiteral("UPDATE companies SET name = 'Saved meanwhile' WHERE id = 1"));
            transaction.commit();
            saved = true;
        }
    };
    const std::optional<QStringList> problems = BackupService::checkThroughCopy(base.path(), temp.path(), control);
    REQUIRE(problems.has_value());
    CHECK(problems->isEmpty());
    CHECK(saved);
    // No read of the base spans the whole file: a step's pages (and the other desktop's own save) at most.
    INFO("pages " << pages << ", most read under one lock " << disk.mostReadsUnderOneLock());
    CHECK(pages > 40);
    CHECK(disk.mostReadsUnderOneLock() > 0);
    CHECK(disk.mostReadsUnderOneLock() < pages / 4);
    CHECK(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("The full check lists the damage of a base that opens for work, and removes its copy",
          "[storage][backup][bad-input]")
{
    TestDatabase base;
    addCompany(base, QStringLiteral("Ромашка"));
    base.close();
    fillAndDamageSpareTable(base.path());
    QTemporaryDir temp;
    const std::optional<QStringList> problems = BackupService::checkThroughCopy(base.path(), temp.path());
    REQUIRE(problems.has_value());
    CHECK_FALSE(problems->isEmpty());
    CHECK(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}
