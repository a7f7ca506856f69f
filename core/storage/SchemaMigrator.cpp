#include "SchemaMigrator.h"

#include "DefaultCallScripts.h"
#include "SqlStatement.h"
#include "StorageError.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

namespace voronka {

QStringList SchemaMigrator::migrationFiles()
{
    return orderedSteps(
        QDir(QStringLiteral(":/voronka/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name));
}

QStringList SchemaMigrator::orderedSteps(QStringList fileNames)
{
    // Steps are applied by position, so a missing or doubled number would silently shift every later step onto
    // another version: a base would then skip a step or run one twice.
    fileNames.sort();
    static const QRegularExpression stepName(QStringLiteral("^(\\d{3})_[^/]+\\.sql$"));
    for (int i = 0; i < fileNames.size(); ++i) {
        const QRegularExpressionMatch match = stepName.match(fileNames.at(i));
        if (!match.hasMatch() || match.captured(1).toInt() != i + 1)
            throw StorageError(StorageError::Kind::InvalidData,
                               QStringLiteral("Schema step %1 is out of place: step %2 must be named %3_*.sql.")
                                   .arg(fileNames.at(i))
                                   .arg(i + 1)
                                   .arg(i + 1, 3, 10, QLatin1Char('0')));
    }
    return fileNames;
}

int SchemaMigrator::latestVersion()
{
    return int(migrationFiles().size());
}

QStringList SchemaMigrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString pending;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        pending += line + QLatin1Char('\n');
        // sqlite3_complete knows SQLite's own grammar for where a statement ends.
        if (sqlite3_complete(pending.toUtf8().constData())) {
            const QString statement = pending.trimmed();
            if (!statement.isEmpty())
                statements.append(statement);
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty()) {
        // Only comments may remain; anything else is an unterminated statement.
        bool onlyComments = true;
        for (const QString &line : pending.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (!trimmed.isEmpty() && !trimmed.startsWith(QStringLiteral("--")))
                onlyComments = false;
        }
        if (!onlyComments)
            throw StorageError(StorageError::Kind::InvalidData,
                               QStringLiteral("Unterminated SQL statement in schema: ") + pending.left(80));
    }
    return statements;
}

void SchemaMigrator::migrate(const QSqlDatabase &db, int fromVersion, qint32 applicationId)
{
    const QStringList files = migrationFiles();
    for (int version = fromVersion + 1; version <= files.size(); ++version) {
        QFile file(QStringLiteral(":/voronka/schema/") + files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::Io, QStringLiteral("Cannot read schema step ") + file.fileName());
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

        SqlStatement::run(db, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            for (const QString &statement : statements)
                SqlStatement::run(db, statement);
            // The default call scripts are files of their own (resources/scripts), seeded by the step that
            // creates their table.
            if (version == DefaultCallScripts::schemaVersion)
                DefaultCallScripts::seed(db);
            // PRAGMA takes no bound parameters; both values are integers we produced.
            SqlStatement::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
            SqlStatement::run(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
            SqlStatement::run(db, QStringLiteral("COMMIT"));
        } catch (...) {
            QSqlQuery rollback(db);
            rollback.exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
}

} // namespace voronka
