#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "support/BadFiles.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
QVariant pragma(Database &db, const char *name)
{
    return SqlStatement::scalar(db.connection(), QStringLiteral("PRAGMA ") + QString::fromLatin1(name));
}

StorageError::Kind openFailure(const QString &path, const DatabaseOptions &options = {})
{
    try {
        Database::open(path, options);
    } catch (const StorageError &error) {
        return error.kind();
    }
    FAIL("the file opened although it should not");
    return StorageError::Kind::Io;
}

} // namespace

TEST_CASE("A new base gets the schema, the storage pragmas and one head user", "[storage][database]")
{
    TestDatabase base;
    CHECK(base.db().isNew());
    CHECK_FALSE(base.db().isReadOnly());
    CHECK(base.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK(pragma(base.db(), "user_version").toInt() == Database::latestSchemaVersion());
    CHECK(pragma(base.db(), "application_id").toInt() == Database::applicationId());
    CHECK(pragma(base.db(), "journal_mode").toString() == QStringLiteral("delete"));
    CHECK(pragma(base.db(), "foreign_keys").toInt() == 1);
    CHECK(pragma(base.db(), "synchronous").toInt() == 2); // FULL
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT role FROM users")).toString()
          == QStringLiteral("head"));

    base.reopen();
    CHECK_FALSE(base.db().isNew());
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM users")).toInt() == 1);
}

TEST_CASE("Paths that cannot hold a base are refused without creating anything", "[storage][database][bad-input]")
{
    QTemporaryDir dir;
    const QString inMissingFolder = dir.filePath(QStringLiteral("no/such/folder/base.voronka"));
    CHECK(openFailure(inMissingFolder) == StorageError::Kind::FolderMissing);
    CHECK_FALSE(QFile::exists(inMissingFolder));

    CHECK(openFailure(dir.path()) == StorageError::Kind::IsDirectory);

    DatabaseOptions mustExist;
    mustExist.createIfMissing = false;
    const QString missing = dir.filePath(QStringLiteral("missing.voronka"));
    CHECK(openFailure(missing, mustExist) == StorageError::Kind::NotFound);
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("A file that is not SQLite is refused and left unchanged", "[storage][database][bad-input]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    writeTextFile(path, "Компания;Телефон\nРомашка;+7 495 123-45-67\n");
    const QByteArray before = fileDigest(path);
    CHECK(openFailure(path) == StorageError::Kind::NotADatabase);
    CHECK(fileDigest(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("A SQLite file of another program is refused and left unchanged", "[storage][database][bad-input]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    writeForeignSqlite(path);
    const QByteArray before = fileDigest(path);
    CHECK(openFailure(path) == StorageError::Kind::ForeignDatabase);
    CHECK(fileDigest(path) == before);
}

TEST_CASE("A truncated base is reported as damaged and not touched", "[storage][database][bad-input]")
{
    TestDatabase base;
    base.close();
    fillAndTruncate(base.path());
    const QByteArray before = fileDigest(base.path());

    StorageError::Kind kind = StorageError::Kind::Io;
    try {
        auto db = Database::open(base.path());
        // The header survived; the damage shows when the data is read.
        SqlStatement check(db->connection(), QStringLiteral("SELECT count(*), max(length(value)) FROM settings"));
        check.exec();
        check.next();
        FAIL("reading a truncated table succeeded");
    } catch (const StorageError &error) {
        kind = error.kind();
    }
    CHECK(kind == StorageError::Kind::Damaged);
    CHECK(fileDigest(base.path()) == before);
}

TEST_CASE("A read-only file opens read-only and refuses writes", "[storage][database][bad-input]")
{
    TestDatabase base;
    base.close();
    QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = fileDigest(base.path());
    base.reopen();
    CHECK(base.db().isReadOnly());
    CHECK(base.db().readOnlyReason().contains(QStringLiteral("read-only")));
    try {
        WriteTransaction transaction(base.db());
        FAIL("a write transaction started on a read-only base");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::ReadOnly);
    }
    base.close();
    CHECK(fileDigest(base.path()) == before);
    QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("A base locked by another process is reported as locked", "[storage][database][bad-input]")
{
    TestDatabase base;
    DatabaseOptions quick;
    quick.busyTimeoutMs = 100;
    auto holder = Database::open(base.path(), quick);
    SqlStatement::run(holder->connection(), QStringLiteral("BEGIN EXCLUSIVE"));
    SqlStatement::run(holder->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')"));

    base.close();
    CHECK(openFailure(base.path(), quick) == StorageError::Kind::Locked);

    SqlStatement::run(holder->connection(), QStringLiteral("ROLLBACK"));
    base.reopen(quick);
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM settings")).toInt() == 0);
}

TEST_CASE("A base from a newer Voronka opens read-only", "[storage][database][bad-input]")
{
    TestDatabase base;
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
    base.reopen();
    CHECK(base.db().isReadOnly());
    CHECK(base.db().readOnlyReason().contains(QStringLiteral("newer Voronka")));
    CHECK(base.db().schemaVersion() == Database::latestSchemaVersion() + 1);
}

TEST_CASE("An empty file becomes a new base", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.voronka"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    auto db = Database::open(path);
    CHECK(db->isNew());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("A write transaction lands whole or not at all, nested ones as savepoints", "[storage][transaction]")
{
    TestDatabase base;
    const auto count = [&base] {
        return SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM settings")).toInt();
    };
    const auto insert = [&base](const char *key) {
        SqlStatement::run(base.db().connection(), QStringLiteral("INSERT INTO settings (key) VALUES (?)"),
                          {QString::fromLatin1(key)});
    };
    {
        WriteTransaction outer(base.db());
        insert("a");
        // no commit: rolled back when it goes out of scope
    }
    CHECK(count() == 0);
    {
        WriteTransaction outer(base.db());
        insert("a");
        {
            WriteTransaction inner(base.db());
            insert("b");
        }
        {
            WriteTransaction inner(base.db());
            insert("c");
            inner.commit();
        }
        outer.commit();
    }
    CHECK(count() == 2);
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT group_concat(key, '') FROM settings"))
              .toString()
          == QStringLiteral("ac"));
    CHECK(base.db().transactionDepth() == 0);
}

TEST_CASE("Qt's SQLite driver and the SQLite core links are the same version", "[storage][database]")
{
    TestDatabase base;
    CHECK(base.db().driverSqliteVersion() == Database::linkedSqliteVersion());
    CHECK(Database::linkedSqliteVersion().startsWith(QStringLiteral("3.")));
}
