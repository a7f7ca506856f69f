// Runs the real voronka executable, as a script would, and checks output and exit codes.
#include "demo/DemoBase.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "support/BadFiles.h"
#include "support/TestDatabase.h"
#include "support/VoronkaProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
using Run = VoronkaRun;

Run info(const QString &path, const QStringList &extra = {})
{
    return runVoronka(QStringList{QStringLiteral("info"), QStringLiteral("--db"), path} + extra);
}
} // namespace

TEST_CASE("info reports a demo base as JSON", "[cli][info]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 60);
    base.close();

    const Run run = info(base.path(), {QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    CHECK(json.value(QStringLiteral("schema_version")).toInt() == Database::latestSchemaVersion());
    CHECK(json.value(QStringLiteral("companies")).toInt() == 60);
    const QJsonObject stages = json.value(QStringLiteral("companies_by_stage")).toObject();
    CHECK(stages.size() == 7);
    CHECK(stages.value(QStringLiteral("cold")).toInt() == 27);
    CHECK(stages.value(QStringLiteral("meeting")).toInt() == 6);
    CHECK(json.value(QStringLiteral("users")).toInt() == 7);
    // 12 callbacks, 6 meetings, 3 reactivations and the follow-up of the offer an open deal is at.
    CHECK(json.value(QStringLiteral("open_tasks")).toInt() == 22);
    CHECK(json.value(QStringLiteral("contacts")).toInt() >= 60);
    CHECK(json.value(QStringLiteral("integrity")).toString() == QStringLiteral("not checked"));
    CHECK(json.value(QStringLiteral("writable")).toBool());
}

TEST_CASE("info prints a readable summary", "[cli][info]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 20);
    base.close();
    const Run run = info(base.path());
    REQUIRE(run.exitCode == 0);
    CHECK(run.outText().contains(QStringLiteral("Companies:     20")));
    CHECK(run.outText().contains(QStringLiteral("  Cold:        9")));
    CHECK(run.outText().contains(QStringLiteral("Integrity:     not checked")));
    CHECK(run.outText().contains(QStringLiteral("Access:        read-write")));
}

TEST_CASE("info never creates or changes a file, and says what is wrong", "[cli][info][bad-input]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    Run run = info(missing);
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("does not exist")));
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(QFile::exists(missing));

    run = info(dir.path());
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("is a folder")));

    const QString text = dir.filePath(QStringLiteral("cold.csv"));
    writeTextFile(text, "Компания;Телефон\r\nРомашка;8 495 123-45-67\r\n");
    const QByteArray textDigest = fileDigest(text);
    run = info(text, {QStringLiteral("--json")});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("not a Voronka database")));
    CHECK(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("exit_code")).toInt() == 4);
    CHECK(fileDigest(text) == textDigest);

    const QString foreign = dir.filePath(QStringLiteral("other.sqlite"));
    writeForeignSqlite(foreign);
    const QByteArray foreignDigest = fileDigest(foreign);
    run = info(foreign);
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("another program")));
    CHECK(fileDigest(foreign) == foreignDigest);

    const QString binary = dir.filePath(QStringLiteral("photo.sqlite"));
    writeTextFile(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    CHECK(info(binary).exitCode == 4);
}

TEST_CASE("info on a damaged base exits 5 and leaves it as it was", "[cli][info][bad-input]")
{
    TestDatabase base;
    base.close();
    fillAndTruncate(base.path());
    const QByteArray digest = fileDigest(base.path());
    const Run run = info(base.path());
    CHECK(run.exitCode == 5);
    CHECK_FALSE(run.err.isEmpty());
    CHECK(fileDigest(base.path()) == digest);
}

TEST_CASE("info on a locked base exits 6", "[cli][info][bad-input]")
{
    TestDatabase base;
    SqlStatement::run(base.db().connection(), QStringLiteral("BEGIN EXCLUSIVE"));
    SqlStatement::run(base.db().connection(), QStringLiteral("INSERT INTO settings (key) VALUES ('held')"));
    const Run run = info(base.path(), {QStringLiteral("--busy-timeout"), QStringLiteral("100")});
    CHECK(run.exitCode == 6);
    CHECK(run.err.contains(QStringLiteral("locked")));
    SqlStatement::run(base.db().connection(), QStringLiteral("ROLLBACK"));
}

TEST_CASE("info on a base from a newer Voronka exits 7", "[cli][info][bad-input]")
{
    TestDatabase base;
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 5));
    base.close();
    const Run run = info(base.path());
    CHECK(run.exitCode == 7);
    CHECK(run.err.contains(QStringLiteral("newer Voronka")));
}

TEST_CASE("info on a read-only file works and says it is read-only", "[cli][info][bad-input]")
{
    TestDatabase base;
    base.close();
    QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::ReadGroup);
    const QByteArray digest = fileDigest(base.path());
    const Run run = info(base.path());
    CHECK(run.exitCode == 0);
    CHECK(run.outText().contains(QStringLiteral("Access:        read-only")));
    CHECK(fileDigest(base.path()) == digest);
    QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("Wrong usage exits 2 with a one-line reason", "[cli][bad-input]")
{
    Run run = runVoronka({QStringLiteral("info")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--db")));
    run = runVoronka({QStringLiteral("info"), QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--bogus")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("bogus")));
    run = runVoronka({QStringLiteral("info"), QStringLiteral("--db"), QStringLiteral("x"),
                      QStringLiteral("--busy-timeout"), QStringLiteral("soon")});
    CHECK(run.exitCode == 2);
    run = runVoronka({QStringLiteral("frobnicate")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("frobnicate")));
}

TEST_CASE("The version is printed without a display", "[cli]")
{
    const Run run = runVoronka({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.outText().trimmed() == QStringLiteral("voronka " VORONKA_VERSION));
}

TEST_CASE("info counts a base without reading the whole file, and says that check does", "[cli][info][shared]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 20);
    base.close();
    // Damage where no count reads: only a check of every page finds it, and info does not make one (on a big shared
    // base that read keeps every colleague's save waiting for seconds).
    fillAndDamageSpareTable(base.path());
    const Run json = info(base.path(), {QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    CHECK(json.json().value(QStringLiteral("companies")).toInt() == 20);
    CHECK(json.json().value(QStringLiteral("integrity")).toString() == QStringLiteral("not checked"));
    const Run text = info(base.path());
    REQUIRE(text.exitCode == 0);
    CHECK(text.outText().contains(QStringLiteral("Integrity:     not checked (voronka check reads the whole file)")));
    CHECK(runVoronka({QStringLiteral("check"), QStringLiteral("--db"), base.path()}).exitCode == 5);
}
