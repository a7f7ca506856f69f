// voronka backup and voronka check, run as a script would run them.
#include "demo/DemoBase.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "support/BadFiles.h"
#include "support/TestDatabase.h"
#include "support/VoronkaProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
VoronkaRun backup(const QString &db, const QString &out, const QStringList &extra = {})
{
    return runVoronka(QStringList{QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), out}
                      + extra);
}

VoronkaRun check(const QString &db, const QStringList &extra = {})
{
    return runVoronka(QStringList{QStringLiteral("check"), QStringLiteral("--db"), db} + extra);
}
} // namespace

TEST_CASE("backup writes an intact copy with the data", "[cli][backup]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 20);
    base.close();
    const QByteArray digest = fileDigest(base.path());
    const QString out = QDir(base.dir()).filePath(QStringLiteral("copy.voronka"));

    const VoronkaRun run = backup(base.path(), out);
    REQUIRE(run.exitCode == 0);
    CHECK(run.outText().contains(QStringLiteral("Backed up")));
    BackupService::verify(out);
    DatabaseOptions readOnly;
    readOnly.readOnly = true;
    const auto copy = Database::open(out, readOnly);
    CHECK(SqlStatement::scalar(copy->connection(), QStringLiteral("SELECT count(*) FROM companies")).toInt() == 20);
    CHECK(fileDigest(base.path()) == digest);
    CHECK(check(out).exitCode == 0);
}

TEST_CASE("backup refuses a missing base, a missing folder, an existing file and the base itself",
          "[cli][backup][bad-input]")
{
    TestDatabase base;
    base.close();
    const QDir dir(base.dir());
    const QString out = dir.filePath(QStringLiteral("copy.voronka"));

    VoronkaRun run = backup(dir.filePath(QStringLiteral("missing.voronka")), out);
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(out));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.voronka"))));

    run = backup(base.path(), dir.filePath(QStringLiteral("no/such/folder/copy.voronka")));
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("does not exist")));

    writeTextFile(out, "precious");
    run = backup(base.path(), out);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--force")));
    CHECK(fileDigest(out) == QCryptographicHash::hash("precious", QCryptographicHash::Sha256));
    run = backup(base.path(), out, {QStringLiteral("--force")});
    CHECK(run.exitCode == 0);
    CHECK(check(out).exitCode == 0);

    const QByteArray digest = fileDigest(base.path());
    run = backup(base.path(), base.path(), {QStringLiteral("--force")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("base itself")));
    CHECK(fileDigest(base.path()) == digest);

    CHECK(backup(base.path(), dir.path()).exitCode == 2);
    CHECK(runVoronka({QStringLiteral("backup"), QStringLiteral("--db"), base.path()}).exitCode == 2);
    CHECK(runVoronka({QStringLiteral("backup"), QStringLiteral("--out"), out}).exitCode == 2);
}

TEST_CASE("backup refuses a damaged base and writes nothing", "[cli][backup][bad-input]")
{
    TestDatabase base;
    base.close();
    fillAndScramble(base.path());
    const QString out = QDir(base.dir()).filePath(QStringLiteral("copy.voronka"));
    const VoronkaRun run = backup(base.path(), out);
    CHECK(run.exitCode == 5);
    CHECK(run.err.contains(QStringLiteral("damaged")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("backup finds damage where opening does not look, says what to do and writes nothing",
          "[cli][backup][bad-input]")
{
    TestDatabase base;
    base.close();
    fillAndDamageSpareTable(base.path());
    const QByteArray digest = fileDigest(base.path());
    const QString out = QDir(base.dir()).filePath(QStringLiteral("copy.voronka"));
    const VoronkaRun run = backup(base.path(), out);
    CHECK(run.exitCode == 5);
    CHECK(run.err.contains(QStringLiteral("the check of its backup found problems")));
    CHECK(run.err.contains(QStringLiteral("Restore the latest good backup")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(QDir(base.dir()).entryList({QStringLiteral(".*part")}, QDir::Files | QDir::Hidden).isEmpty());
    CHECK(fileDigest(base.path()) == digest);
    CHECK(check(base.path()).exitCode == 5);
}

TEST_CASE("check exits 0 for an intact base and 5 for a damaged one", "[cli][check]")
{
    TestDatabase base;
    base.close();
    // The check reads a copy of the base in the temporary folder, and removes it.
    QTemporaryDir temp;
    const QByteArray oldTemp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(temp.path()));
    const auto restoreTemp = qScopeGuard([&oldTemp] { qputenv("TMPDIR", oldTemp); });
    VoronkaRun run = check(base.path(), {QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.json().value(QStringLiteral("integrity")).toString() == QStringLiteral("ok"));
    CHECK(check(base.path()).outText().contains(QStringLiteral(": ok")));

    const QString truncated = QDir(base.dir()).filePath(QStringLiteral("truncated.voronka"));
    QFile::copy(base.path(), truncated);
    fillAndTruncate(truncated); // too broken to open at all

    fillAndScramble(base.path()); // opens, but the check finds damage
    const QByteArray digest = fileDigest(base.path());
    run = check(base.path(), {QStringLiteral("--json")});
    CHECK(run.exitCode == 5);
    CHECK_FALSE(run.json().value(QStringLiteral("integrity")).toArray().isEmpty());
    CHECK(run.err.contains(QStringLiteral("Restore from backup")));
    run = check(base.path());
    CHECK(run.exitCode == 5);
    CHECK(run.outText().contains(QStringLiteral("DAMAGED")));
    CHECK(fileDigest(base.path()) == digest);
    CHECK(check(truncated).exitCode == 5);
    CHECK(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("check says what is wrong with a file that is no base", "[cli][check][bad-input]")
{
    QTemporaryDir dir;
    VoronkaRun run = check(dir.filePath(QStringLiteral("missing.voronka")), {QStringLiteral("--json")});
    CHECK(run.exitCode == 3);
    CHECK(run.json().value(QStringLiteral("exit_code")).toInt() == 3);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.voronka"))));

    const QString text = dir.filePath(QStringLiteral("list.csv"));
    writeTextFile(text, "Компания;Телефон\n");
    CHECK(check(text).exitCode == 4);
    const QString foreign = dir.filePath(QStringLiteral("other.sqlite"));
    writeForeignSqlite(foreign);
    CHECK(check(foreign).exitCode == 4);

    CHECK(runVoronka({QStringLiteral("check")}).exitCode == 2);
    CHECK(check(text, {QStringLiteral("--busy-timeout"), QStringLiteral("soon")}).exitCode == 2);
}
