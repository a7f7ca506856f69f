#include "storage/SchemaMigrator.h"
#include "storage/StorageError.h"

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("Statements are split where SQLite ends them", "[storage][schema]")
{
    const QStringList statements = SchemaMigrator::splitStatements(QStringLiteral(
        "-- comment; with a semicolon\n"
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

TEST_CASE("The shipped schema steps are numbered from one", "[storage][schema]")
{
    CHECK(SchemaMigrator::latestVersion() >= 1);
}
