// The import and export contract, run through the real executable as a script would.
#include "storage/CompanyRepository.h"
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

QString fixture(const char *name)
{
    return QStringLiteral(VORONKA_FIXTURES "/") + QString::fromLatin1(name) + QStringLiteral("/input.csv");
}

qint64 companies(const QString &path)
{
    auto db = Database::open(path);
    return SqlStatement::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM companies")).toLongLong();
}
} // namespace

TEST_CASE("import prints the agreed JSON and can be undone", "[cli][import]")
{
    TestDatabase base;
    base.close();
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("rejected.csv"));
    Run run = runVoronka({QStringLiteral("import"), fixture("import-excel-cp1251"), QStringLiteral("--db"), base.path(),
                          QStringLiteral("--json"), QStringLiteral("--report"), report, QStringLiteral("--owner"),
                          QStringLiteral("head")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = run.json();
    for (const char *key : {"batch", "rows", "imported", "duplicates", "rejected", "encoding", "delimiter"})
        CHECK(json.contains(QString::fromLatin1(key)));
    CHECK(json.value(QStringLiteral("rows")).toInt() == 7);
    CHECK(json.value(QStringLiteral("imported")).toInt() == 5);
    CHECK(json.value(QStringLiteral("duplicates")).toInt() == 1);
    CHECK(json.value(QStringLiteral("rejected")).toInt() == 1);
    CHECK(json.value(QStringLiteral("encoding")).toString() == QStringLiteral("windows-1251"));
    CHECK(json.value(QStringLiteral("delimiter")).toString() == QStringLiteral(";"));
    CHECK(companies(base.path()) == 5);

    QFile reportFile(report);
    REQUIRE(reportFile.open(QIODevice::ReadOnly));
    const QByteArray reportBytes = reportFile.readAll();
    CHECK(reportBytes.startsWith("\xEF\xBB\xBF"));
    const QString reportText = QString::fromUtf8(reportBytes);
    CHECK(reportText.contains(QStringLiteral("9;rejected;no company name and no phone")));
    CHECK(reportText.count(QStringLiteral("\r\n")) == 6); // header and five entries

    const QString batch = QString::number(json.value(QStringLiteral("batch")).toInt());
    run = runVoronka({QStringLiteral("import"), QStringLiteral("--undo"), batch, QStringLiteral("--db"), base.path(),
                      QStringLiteral("--json")});
    CHECK(run.exitCode == 0);
    CHECK(run.json().value(QStringLiteral("companies_removed")).toInt() == 5);
    CHECK(companies(base.path()) == 0);

    run = runVoronka({QStringLiteral("import"), QStringLiteral("--undo"), batch, QStringLiteral("--db"), base.path()});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("already undone")));
}

TEST_CASE("index fills the search index with what an import left waiting", "[cli][import][search]")
{
    TestDatabase base;
    base.close();
    REQUIRE(runVoronka({QStringLiteral("import"), fixture("import-excel-cp1251"), QStringLiteral("--db"), base.path()})
                .exitCode
            == 0);
    const auto waiting = [&base] {
        auto db = Database::open(base.path());
        return SqlStatement::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM search_backlog"))
            .toLongLong();
    };
    CHECK(waiting() == 5);
    Run run = runVoronka({QStringLiteral("info"), QStringLiteral("--db"), base.path(), QStringLiteral("--json")});
    CHECK(run.json().value(QStringLiteral("awaiting_search_index")).toInt() == 5);

    run = runVoronka({QStringLiteral("index"), QStringLiteral("--db"), base.path()});
    CHECK(run.exitCode == 0);
    CHECK(run.outText() == QStringLiteral("Indexed 5 companies for search.\n"));
    CHECK(waiting() == 0);
    {
        auto db = Database::open(base.path());
        CHECK(SqlStatement::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM company_search")).toLongLong()
              == 5);
    }
    run = runVoronka({QStringLiteral("index"), QStringLiteral("--db"), base.path()});
    CHECK(run.exitCode == 0);
    CHECK(run.outText() == QStringLiteral("Indexed 0 companies for search.\n"));
    run = runVoronka({QStringLiteral("info"), QStringLiteral("--db"), base.path(), QStringLiteral("--json")});
    CHECK(run.json().value(QStringLiteral("awaiting_search_index")).toInt() == 0);

    QTemporaryDir dir;
    run = runVoronka({QStringLiteral("index"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite"))});
    CHECK(run.exitCode == 3);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    CHECK(runVoronka({QStringLiteral("index")}).exitCode == 2);
}

TEST_CASE("import refuses files it cannot import with exit 1 and writes nothing", "[cli][import][bad-input]")
{
    TestDatabase base;
    Company existing = makeCompany(QStringLiteral("Старая"));
    CompanyRepository(base.context()).create(existing);
    base.close();
    const QByteArray digest = fileDigest(base.path());
    QTemporaryDir dir;

    const auto refused = [&](const QString &path) {
        const Run run = runVoronka({QStringLiteral("import"), path, QStringLiteral("--db"), base.path()});
        CHECK(run.exitCode == 1);
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        CHECK(fileDigest(base.path()) == digest);
        return run.err;
    };
    const QString empty = dir.filePath(QStringLiteral("empty.csv"));
    writeTextFile(empty, QByteArray());
    CHECK_FALSE(refused(empty).isEmpty());
    const QString binary = dir.filePath(QStringLiteral("photo.csv"));
    writeTextFile(binary, QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 16));
    CHECK(refused(binary).contains(QStringLiteral("not a text file")));
    const QString headerOnly = dir.filePath(QStringLiteral("header.csv"));
    writeTextFile(headerOnly, QStringLiteral("Компания;Телефон\r\n").toUtf8());
    CHECK(refused(headerOnly).contains(QStringLiteral("no rows")));
    const QString unclosed = dir.filePath(QStringLiteral("quote.csv"));
    writeTextFile(unclosed, QStringLiteral("Компания;Телефон\nАльфа;\"8 495\nБета;1\n").toUtf8());
    CHECK(refused(unclosed).contains(QStringLiteral("2")));
    CHECK(refused(dir.filePath(QStringLiteral("missing.csv"))).contains(QStringLiteral("missing.csv")));
    CHECK(refused(dir.path()).contains(QStringLiteral("Cannot read")));
}

TEST_CASE("import into a base another program is writing exits 6 as every command does", "[cli][import][bad-input]")
{
    TestDatabase base;
    // A writer's reserved lock: the base can still be read, but the import's write waits and gives up.
    SqlStatement::run(base.db().connection(), QStringLiteral("BEGIN IMMEDIATE"));
    SqlStatement::run(base.db().connection(), QStringLiteral("INSERT INTO settings (key) VALUES ('held')"));
    // import has no --busy-timeout: it waits the base's 5 s for the lock, then gives up.
    const Run run
        = runVoronka({QStringLiteral("import"), fixture("import-excel-cp1251"), QStringLiteral("--db"), base.path()});
    CHECK(run.exitCode == 6);
    CHECK(run.err.contains(QStringLiteral("The base refused the import")));
    SqlStatement::run(base.db().connection(), QStringLiteral("ROLLBACK"));
    CHECK(companies(base.path()) == 0);
}

TEST_CASE("import usage errors exit 2", "[cli][import][bad-input]")
{
    TestDatabase base;
    base.close();
    const QString list = fixture("import-utf8-bom-comma");
    for (const QStringList &extra : {QStringList{QStringLiteral("--encoding"), QStringLiteral("ebcdic")},
                                     QStringList{QStringLiteral("--delimiter"), QStringLiteral("#")},
                                     QStringList{QStringLiteral("--on-duplicate"), QStringLiteral("overwrite")},
                                     QStringList{QStringLiteral("--region"), QStringLiteral("Russia")},
                                     QStringList{QStringLiteral("--owner"), QStringLiteral("nobody")},
                                     QStringList{QStringLiteral("--step-ms"), QStringLiteral("fast")},
                                     QStringList{QStringLiteral("--step-ms"), QStringLiteral("10")},
                                     QStringList{QStringLiteral("--step-ms"), QStringLiteral("60000")}}) {
        INFO(extra.join(QLatin1Char(' ')).toStdString());
        const Run run
            = runVoronka(QStringList{QStringLiteral("import"), list, QStringLiteral("--db"), base.path()} + extra);
        CHECK(run.exitCode == 2);
    }
    CHECK(runVoronka({QStringLiteral("import"), QStringLiteral("--db"), base.path()}).exitCode == 2);
    CHECK(runVoronka({QStringLiteral("import"), list}).exitCode == 2);
    CHECK(companies(base.path()) == 0);
}

TEST_CASE("import gives the companies to --owner and records --collector as who collected them", "[cli][import]")
{
    TestDatabase base;
    const qint64 caller
        = createUser(base, QStringLiteral("caller1"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
    const qint64 collector
        = createUser(base, QStringLiteral("collector"), QStringLiteral("Анна Сборщикова"), UserRole::Collector);
    const qint64 gone = createUser(base, QStringLiteral("gone"), QStringLiteral("Ушедший"), UserRole::Collector);
    SqlStatement::run(base.db().connection(), QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"), {gone});
    base.close();
    const QString list = fixture("import-excel-cp1251");

    // An unknown or deactivated person is refused before the file is read: a missing file is not even noticed.
    for (const QString &option : {QStringLiteral("--owner"), QStringLiteral("--collector")}) {
        for (const QString &login : {QStringLiteral("nobody"), QStringLiteral("gone")}) {
            INFO((option + QLatin1Char(' ') + login).toStdString());
            Run run = runVoronka({QStringLiteral("import"), list, QStringLiteral("--db"), base.path(), option, login});
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(login == QLatin1String("gone") ? QStringLiteral("Ушедший") : login));
            run = runVoronka({QStringLiteral("import"), base.path() + QStringLiteral(".missing.csv"),
                              QStringLiteral("--db"), base.path(), option, login});
            CHECK(run.exitCode == 2);
        }
    }
    CHECK(companies(base.path()) == 0);

    const Run run
        = runVoronka({QStringLiteral("import"), list, QStringLiteral("--db"), base.path(), QStringLiteral("--owner"),
                      QStringLiteral("caller1"), QStringLiteral("--collector"), QStringLiteral("Collector")});
    REQUIRE(run.exitCode == 0);
    base.reopen();
    CHECK(SqlStatement::scalar(base.db().connection(),
                               QStringLiteral("SELECT count(*) FROM companies WHERE owner_id = ? AND collected_by = ?"),
                               {caller, collector})
              .toLongLong()
          == 5);
}

TEST_CASE("export writes the base as guarded CSV", "[cli][export]")
{
    TestDatabase base;
    CompanyRepository repository(base.context());
    Company formula = makeCompany(QStringLiteral("=HYPERLINK(\"http://evil\")"), QStringLiteral("Москва"));
    repository.create(formula);
    Company plain = makeCompany(QStringLiteral("ООО «Ромашка; и Ко»"), QStringLiteral("Тверь"));
    repository.create(plain);
    base.close();

    Run run = runVoronka({QStringLiteral("export"), QStringLiteral("--db"), base.path()});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith("\xEF\xBB\xBF"));
    const QString text = run.outText();
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).contains(QStringLiteral("Company;INN;City")));
    CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\";;Москва")));
    CHECK(text.contains(QStringLiteral("\"ООО «Ромашка; и Ко»\";;Тверь")));

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("base.csv"));
    run = runVoronka({QStringLiteral("export"), QStringLiteral("--db"), base.path(), QStringLiteral("--out"), out,
                      QStringLiteral("--search"), QStringLiteral("тверь")});
    CHECK(run.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).count(QStringLiteral("\r\n")) == 2);

    // What export writes, import reads back.
    TestDatabase copy;
    copy.close();
    run = runVoronka({QStringLiteral("import"), out, QStringLiteral("--db"), copy.path(), QStringLiteral("--json")});
    CHECK(run.exitCode == 0);
    CHECK(run.json().value(QStringLiteral("imported")).toInt() == 1);
}
