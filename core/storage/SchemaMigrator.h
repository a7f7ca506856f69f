#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace voronka {

// Applies the numbered schema files (resources :/voronka/schema/NNN_*.sql) in order, one transaction each,
// and records the reached version in PRAGMA user_version. Step 5 also seeds the default call scripts
// (DefaultCallScripts), which are files of their own.
class SchemaMigrator
{
public:
    static int latestVersion();
    // Brings the base from its current version to the latest; throws StorageError and leaves the
    // failing step rolled back (earlier steps stay applied, each is whole).
    static void migrate(const QSqlDatabase &db, int fromVersion, qint32 applicationId);
    // Splits a script into complete SQL statements (trigger bodies and quoted semicolons respected).
    static QStringList splitStatements(const QString &script);
    // The schema steps in order, checked: step N is the file named "NNN_*.sql" (three digits, from 001, no gap
    // and no repeat), since a step's number is what user_version records. Throws StorageError (InvalidData)
    // naming the first file out of place.
    static QStringList orderedSteps(QStringList fileNames);

private:
    static QStringList migrationFiles();
};

} // namespace voronka
