#include "storage/Database.h"
#include "storage/DefaultCallScripts.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlStatement.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
// One call_scripts row, the document read as JSON: the same script whatever its spacing and key order.
struct ScriptRow
{
    qint64 id = 0;
    QString title;
    QString language;
    QJsonObject document;
    qint64 version = 0;
    QString updatedAt;

    bool operator==(const ScriptRow &) const = default;
};

QList<ScriptRow> scriptRows(const QSqlDatabase &db)
{
    QList<ScriptRow> rows;
    SqlStatement select(db,
                        QStringLiteral("SELECT id, title, language, document, version, updated_at "
                                       "FROM call_scripts ORDER BY id"));
    select.exec();
    while (select.next()) {
        rows.append({select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toString(),
                     QJsonDocument::fromJson(select.value(3).toString().toUtf8()).object(),
                     select.value(4).toLongLong(), select.value(5).toString()});
    }
    return rows;
}

// The scripts as resources/scripts in the source tree holds them, in the order of the files' names: what a new
// base must start with, read without the code that seeds them.
QList<ScriptRow> scriptFiles()
{
    const QDir folder(QStringLiteral(VORONKA_SCRIPTS));
    QList<ScriptRow> rows;
    for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        QJsonObject document = QJsonDocument::fromJson(file.readAll(), &error).object();
        INFO(name.toStdString() << ": " << error.errorString().toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        ScriptRow row;
        row.id = rows.size() + 1;
        row.title = document.take(QStringLiteral("title")).toString();
        row.language = document.take(QStringLiteral("language")).toString();
        row.document = document;
        row.version = 1;
        rows.append(row);
    }
    return rows;
}

// The rows without the time they were written, which only the files cannot say.
QList<ScriptRow> withoutTimes(QList<ScriptRow> rows)
{
    for (ScriptRow &row : rows)
        row.updatedAt.clear();
    return rows;
}
} // namespace

TEST_CASE("A new base starts with the call scripts of resources/scripts, as the files give them",
          "[storage][scripts][schema]")
{
    const QList<ScriptRow> files = scriptFiles();
    REQUIRE(files.size() == 2);
    CHECK(files.at(0).language == QStringLiteral("ru"));
    CHECK(files.at(0).title == QStringLiteral("Холодный звонок: встреча с ЛПР"));
    CHECK(files.at(1).language == QStringLiteral("en"));
    CHECK(files.at(1).title == QStringLiteral("Cold call: a meeting with the decision maker"));
    // The steps are there, not just the titles: the documents are compared whole below.
    CHECK(files.at(0).document.value(QStringLiteral("start")).toString() == QStringLiteral("secretary"));

    TestDatabase base;
    CHECK(withoutTimes(scriptRows(base.db().connection())) == files);
    // Every file is compiled in, and nothing else.
    CHECK(DefaultCallScripts::load().size() == files.size());
}

TEST_CASE("A base older than the scripts table gets the default scripts when it is brought up to date",
          "[storage][scripts][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.voronka"));
    {
        // A base as the schema steps before the scripts left it.
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            const QStringList steps = QDir(QStringLiteral(":/voronka/schema"))
                                          .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)
                                          .mid(0, DefaultCallScripts::schemaVersion - 1);
            REQUIRE(steps.size() == 4);
            for (const QString &step : steps) {
                QFile file(QStringLiteral(":/voronka/schema/") + step);
                REQUIRE(file.open(QIODevice::ReadOnly));
                for (const QString &statement : SchemaMigrator::splitStatements(QString::fromUtf8(file.readAll())))
                    SqlStatement::run(db, statement);
            }
            SqlStatement::run(db, QStringLiteral("PRAGMA user_version = %1").arg(steps.size()));
            SqlStatement::run(db, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId()));
            CHECK(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"),
                                       {QStringLiteral("call_scripts")})
                      .toInt()
                  == 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    const std::unique_ptr<Database> db = Database::open(path);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(withoutTimes(scriptRows(db->connection())) == scriptFiles());
}

TEST_CASE("A base that has its scripts keeps them as its users left them when it is opened again",
          "[storage][scripts][schema]")
{
    TestDatabase base;
    QList<ScriptRow> before;
    {
        // Scoped: the connection must be unused when the base is closed.
        const QSqlDatabase db = base.db().connection();
        // Someone renamed the Russian script, deleted the English one and wrote one of their own.
        SqlStatement::run(db,
                          QStringLiteral("UPDATE call_scripts SET title = ?, version = version + 1, updated_at = ? "
                                         "WHERE id = 1"),
                          {QStringLiteral("Наш скрипт"), QStringLiteral("2026-11-20T10:00:00.000Z")});
        SqlStatement::run(db, QStringLiteral("DELETE FROM call_scripts WHERE id = 2"));
        SqlStatement::run(db,
                          QStringLiteral("INSERT INTO call_scripts (title, language, document, created_at, updated_at) "
                                         "VALUES ('Свой', 'ru', '{\"start\":\"a\",\"steps\":[]}', "
                                         "'2026-11-21T10:00:00.000Z', '2026-11-21T10:00:00.000Z')"));
        before = scriptRows(db);
    }
    REQUIRE(before.size() == 2);
    const int version = base.db().schemaVersion();
    REQUIRE(version == Database::latestSchemaVersion());

    base.reopen();
    CHECK(base.db().schemaVersion() == version);
    CHECK(scriptRows(base.db().connection()) == before);
}
