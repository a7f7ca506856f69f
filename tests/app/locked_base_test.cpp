// Every command on a base another program holds: it exits 6 (locked), as scripts are told to expect, and says that
// the base is busy and to try again, never that the file failed. Whatever layer met the lock (opening, reading,
// an import's or an undo's write) keeps its kind up to the exit code.
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "support/BadFiles.h"
#include "support/TestDatabase.h"
#include "support/VoronkaProcess.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
constexpr int exitLocked = 6;

QString fixture(const char *name)
{
    return QStringLiteral(VORONKA_FIXTURES "/") + QString::fromLatin1(name) + QStringLiteral("/input.csv");
}

// What a user or a script is told: wait and try again.
bool saysTryAgain(const VoronkaRun &run)
{
    return run.err.contains(QStringLiteral("try again"));
}

qint64 companies(Database &db)
{
    return SqlStatement::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM companies")).toLongLong();
}

// A base with one import (number 1) that can be undone.
void importOnce(TestDatabase &base)
{
    base.close();
    const VoronkaRun run
        = runVoronka({QStringLiteral("import"), fixture("import-excel-cp1251"), QStringLiteral("--db"), base.path()});
    REQUIRE(run.exitCode == 0);
    base.reopen();
}
} // namespace

TEST_CASE("Every command on a base another program holds exclusively exits 6 and says to try again",
          "[cli][locked][bad-input]")
{
    TestDatabase base;
    importOnce(base);
    const qint64 before = companies(base.db());
    const QString out = QDir(base.dir()).filePath(QStringLiteral("out"));
    const QStringList quick{QStringLiteral("--busy-timeout"), QStringLiteral("200")};

    // An exclusive lock: nobody else may even read the file until it is let go.
    SqlStatement::run(base.db().connection(), QStringLiteral("BEGIN EXCLUSIVE"));
    SqlStatement::run(base.db().connection(), QStringLiteral("INSERT INTO settings (key) VALUES ('held')"));
    // import and export have no --busy-timeout: they wait the base's 5 s, then give up.
    const std::vector<QStringList> commands{
        QStringList{QStringLiteral("info"), QStringLiteral("--db"), base.path()} + quick,
        QStringList{QStringLiteral("check"), QStringLiteral("--db"), base.path()} + quick,
        QStringList{QStringLiteral("backup"), QStringLiteral("--db"), base.path(), QStringLiteral("--out"),
                    out + QStringLiteral(".voronka")}
            + quick,
        {QStringLiteral("export"), QStringLiteral("--db"), base.path(), QStringLiteral("--out"),
         out + QStringLiteral(".csv")},
        {QStringLiteral("import"), fixture("import-utf8-bom-comma"), QStringLiteral("--db"), base.path()},
        {QStringLiteral("import"), QStringLiteral("--undo"), QStringLiteral("1"), QStringLiteral("--db"), base.path()},
    };
    for (const QStringList &command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const VoronkaRun run = runVoronka(command);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == exitLocked);
        CHECK(saysTryAgain(run));
    }
    SqlStatement::run(base.db().connection(), QStringLiteral("ROLLBACK"));
    CHECK(companies(base.db()) == before);
}

TEST_CASE("An undo that finds another program writing exits 6 and says the base is busy", "[cli][locked][bad-input]")
{
    TestDatabase base;
    importOnce(base);
    const qint64 before = companies(base.db());
    REQUIRE(before > 0);

    // A writer's reserved lock: the undo can read the batch, but its write waits the 5 s and gives up.
    SqlStatement::run(base.db().connection(), QStringLiteral("BEGIN IMMEDIATE"));
    SqlStatement::run(base.db().connection(), QStringLiteral("INSERT INTO settings (key) VALUES ('held')"));
    const VoronkaRun run = runVoronka(
        {QStringLiteral("import"), QStringLiteral("--undo"), QStringLiteral("1"), QStringLiteral("--db"), base.path()});
    SqlStatement::run(base.db().connection(), QStringLiteral("ROLLBACK"));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == exitLocked);
    CHECK(run.err.contains(QStringLiteral("The base is busy")));
    CHECK(companies(base.db()) == before); // nothing of the undo happened
}
