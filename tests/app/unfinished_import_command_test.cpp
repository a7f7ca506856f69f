// How the command line names an import that is not complete, and removes one whose process died.
#include "storage/SqlStatement.h"
#include "storage/Timestamps.h"
#include "support/BadFiles.h"
#include "support/TestDatabase.h"
#include "support/VoronkaProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
// Three companies users see and two of an import by Olga that is still loading (last heard of at heartbeat).
void halfImported(TestDatabase &base, const QDateTime &heartbeat)
{
    const qint64 olga = createUser(base, QStringLiteral("olga"), QStringLiteral("Olga"), UserRole::Collector);
    const QVariant started = toStoredTime(heartbeat);
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("INSERT INTO import_batches (file_name, user_id, started_at, created_at, state, "
                                     "heartbeat_at) VALUES ('new.csv', ?, ?, ?, 'loading', ?)"),
                      {olga, started, started, started});
    for (int i = 1; i <= 5; ++i) {
        const qint64 id = createCompany(base, QStringLiteral("Company %1").arg(i), CompanyStage::Cold, 0);
        if (i > 3)
            SqlStatement::run(base.db().connection(),
                              QStringLiteral("UPDATE companies SET import_batch_id = "
                                             "(SELECT id FROM import_batches) WHERE id = ?"),
                              {id});
    }
    base.close();
}

VoronkaRun run(const QString &command, const QString &path, const QStringList &extra = {})
{
    return runVoronka(QStringList{command, QStringLiteral("--db"), path} + extra);
}
} // namespace

TEST_CASE("info counts what users see and names an unfinished import apart", "[cli][info][import-steps]")
{
    TestDatabase base;
    halfImported(base, QDateTime::currentDateTimeUtc());

    const VoronkaRun text = run(QStringLiteral("info"), base.path());
    REQUIRE(text.exitCode == 0);
    CHECK(text.outText().contains(QStringLiteral("Companies:     3\n")));
    CHECK(text.outText().contains(QStringLiteral("plus 2 companies of an unfinished import of new.csv by Olga")));

    const VoronkaRun json = run(QStringLiteral("info"), base.path(), {QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    CHECK(json.json().value(QStringLiteral("companies")).toInt() == 3);
    const QJsonArray unfinished = json.json().value(QStringLiteral("unfinished_imports")).toArray();
    REQUIRE(unfinished.size() == 1);
    CHECK(unfinished.first().toObject().value(QStringLiteral("file")).toString() == QStringLiteral("new.csv"));
    CHECK(unfinished.first().toObject().value(QStringLiteral("user")).toString() == QStringLiteral("Olga"));
    CHECK(unfinished.first().toObject().value(QStringLiteral("state")).toString() == QStringLiteral("loading"));
    CHECK(unfinished.first().toObject().value(QStringLiteral("companies")).toInt() == 2);
}

TEST_CASE("check says an import is pending and still exits 0 for an intact file", "[cli][check][import-steps]")
{
    TestDatabase base;
    halfImported(base, QDateTime::currentDateTimeUtc());

    const VoronkaRun text = run(QStringLiteral("check"), base.path());
    CHECK(text.exitCode == 0);
    CHECK(text.outText().contains(QStringLiteral(": ok\n")));
    CHECK(text.outText().contains(QStringLiteral("pending: 2 companies of an unfinished import of new.csv by Olga")));

    const VoronkaRun json = run(QStringLiteral("check"), base.path(), {QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    CHECK(json.json().value(QStringLiteral("integrity")).toString() == QStringLiteral("ok"));
    CHECK(json.json().value(QStringLiteral("unfinished_imports")).toArray().size() == 1);

    TestDatabase clean;
    clean.close();
    const VoronkaRun none = run(QStringLiteral("check"), clean.path(), {QStringLiteral("--json")});
    CHECK(none.exitCode == 0);
    CHECK(none.json().value(QStringLiteral("unfinished_imports")).toArray().isEmpty());
}

TEST_CASE("import first removes an import whose process died, and says so", "[cli][import][import-steps]")
{
    TestDatabase base;
    halfImported(base, QDateTime::currentDateTimeUtc().addSecs(-600));
    const QString list = QDir(base.dir()).filePath(QStringLiteral("list.csv"));
    writeTextFile(list, "Company,Phone\nFresh company,+7 495 123 45 67\n");

    const VoronkaRun import = run(QStringLiteral("import"), base.path(), {list});
    REQUIRE(import.exitCode == 0);
    CHECK(import.err.contains(QStringLiteral("An unfinished import of new.csv by Olga")));
    CHECK(import.err.contains(QStringLiteral("was removed: 2 companies")));
    const VoronkaRun info = run(QStringLiteral("info"), base.path(), {QStringLiteral("--json")});
    CHECK(info.json().value(QStringLiteral("companies")).toInt() == 4);
    CHECK(info.json().value(QStringLiteral("unfinished_imports")).toArray().isEmpty());
}
