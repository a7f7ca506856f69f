#include "storage/SchemaMigrator.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

TEST_CASE("Statements are split where SQLite ends them", "[storage][schema]")
{
    const QStringList statements
        = SchemaMigrator::splitStatements(QStringLiteral("-- comment; with a semicolon\n"
                                                         "CREATE TABLE a (x TEXT DEFAULT 'x;y');\n"
                                                         "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                                         "  UPDATE a SET x = 'z';\n"
                                                         "  DELETE FROM a WHERE x = ';';\n"
                                                         "END;\n"
                                                         "INSERT INTO a VALUES ('1'); \n"
                                                         "-- trailing comment\n"));
    REQUIRE(statements.size() == 3);
    CHECK(statements.at(0).endsWith(QStringLiteral("DEFAULT 'x;y');")));
    CHECK(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(statements.at(1).endsWith(QStringLiteral("END;")));
    CHECK(statements.at(2) == QStringLiteral("INSERT INTO a VALUES ('1');"));
}

TEST_CASE("An unterminated statement in a schema step is an error", "[storage][schema]")
{
    CHECK_THROWS_AS(SchemaMigrator::splitStatements(QStringLiteral("CREATE TABLE a (x)")), StorageError);
}

TEST_CASE("The shipped schema steps are numbered from one without a gap, each by its file name", "[storage][schema]")
{
    const QStringList files = QDir(QStringLiteral(":/voronka/schema")).entryList(QDir::Files, QDir::Name);
    REQUIRE_FALSE(files.isEmpty());
    CHECK(SchemaMigrator::latestVersion() == files.size());
    for (int i = 0; i < files.size(); ++i) {
        INFO(files.at(i).toStdString());
        CHECK(files.at(i).startsWith(QStringLiteral("%1_").arg(i + 1, 3, 10, QLatin1Char('0'))));
        CHECK(files.at(i).endsWith(QStringLiteral(".sql")));
    }
    CHECK(SchemaMigrator::orderedSteps(files) == files);
    // The base a migration makes records the last step's number.
    TestDatabase base;
    CHECK(base.db().schemaVersion() == files.size());
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("PRAGMA user_version")).toInt() == files.size());
}

TEST_CASE("Schema steps out of place are refused instead of applied under another number", "[storage][schema]")
{
    const auto refusal = [](const QStringList &files) {
        try {
            SchemaMigrator::orderedSteps(files);
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::InvalidData);
            return error.message();
        }
        return QString();
    };
    CHECK(SchemaMigrator::orderedSteps({QStringLiteral("002_b.sql"), QStringLiteral("001_a.sql")})
          == QStringList{QStringLiteral("001_a.sql"), QStringLiteral("002_b.sql")});
    CHECK(refusal({QStringLiteral("001_a.sql"), QStringLiteral("003_c.sql")}).contains(QStringLiteral("003_c.sql")));
    CHECK(refusal({QStringLiteral("002_b.sql")}).contains(QStringLiteral("001_*.sql")));
    CHECK(refusal({QStringLiteral("001_a.sql"), QStringLiteral("001_b.sql")}).contains(QStringLiteral("001_b.sql")));
    CHECK(refusal({QStringLiteral("001_a.sql"), QStringLiteral("2_b.sql")}).contains(QStringLiteral("2_b.sql")));
    CHECK(refusal({QStringLiteral("001_a.sql"), QStringLiteral("002_b.sql.orig")}).contains(QStringLiteral(".orig")));
}

TEST_CASE("Schema 10 turns the amounts written into old payment notes into money", "[storage][schema][money]")
{
    TestDatabase base;
    const qint64 companyId = createCompany(base, QStringLiteral("ООО Ромашка"), CompanyStage::Client, 0);
    const QSqlDatabase db = base.db().connection();
    const auto addActivity = [&](const QString &kind, const QString &note) {
        SqlStatement::run(db,
                          QStringLiteral("INSERT INTO activities (company_id, kind, occurred_at, note, created_at) "
                                         "VALUES (?, ?, '2026-11-20T10:00:00.000Z', ?, '2026-11-20T10:00:00.000Z')"),
                          {companyId, kind, note});
        return SqlStatement::scalar(db, QStringLiteral("SELECT max(id) FROM activities")).toLongLong();
    };
    // As PaymentRecorder wrote them before schema 10.
    const qint64 withComment
        = addActivity(QStringLiteral("payment"), QStringLiteral("1 234 567.89 RUB: п/п 512. Спасибо"));
    const qint64 bare = addActivity(QStringLiteral("payment"), QStringLiteral("0.05 USD"));
    const qint64 typed = addActivity(QStringLiteral("payment"), QStringLiteral("оплатили 5.00 RUB"));
    const qint64 note = addActivity(QStringLiteral("note"), QStringLiteral("100.00 RUB"));

    QFile step(QStringLiteral(":/voronka/schema/010_activity_amounts.sql"));
    REQUIRE(step.open(QIODevice::ReadOnly));
    // The columns are there already (the base is at the latest schema): run the step's conversion alone.
    for (const QString &statement : SchemaMigrator::splitStatements(QString::fromUtf8(step.readAll()))) {
        if (statement.contains(QStringLiteral("UPDATE activities")))
            SqlStatement::run(db, statement);
    }

    const auto row = [&](qint64 id) {
        SqlStatement select(db, QStringLiteral("SELECT amount_kopecks, currency, note FROM activities WHERE id = ?"));
        select.bind(id).exec();
        REQUIRE(select.next());
        return QStringList{select.value(0).toString(), select.value(1).toString(), select.value(2).toString()};
    };
    CHECK(row(withComment)
          == QStringList{QStringLiteral("123456789"), QStringLiteral("RUB"), QStringLiteral("п/п 512. Спасибо")});
    CHECK(row(bare) == QStringList{QStringLiteral("5"), QStringLiteral("USD"), QString()});
    CHECK(row(typed) == QStringList{QString(), QString(), QStringLiteral("оплатили 5.00 RUB")});
    CHECK(row(note) == QStringList{QString(), QString(), QStringLiteral("100.00 RUB")});
}
