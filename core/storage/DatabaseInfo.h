#pragma once

#include "domain/CompanyStage.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace voronka {

class Database;

// What `voronka info` reports about a base.
struct DatabaseInfo
{
    QString path;
    qint64 fileSize = 0;
    int schemaVersion = 0;
    QString readOnlyReason; // why the file cannot be written; empty when it can
    QMap<CompanyStage, qint64> companiesPerStage; // every stage present, zero included
    qint64 companies = 0;
    qint64 contacts = 0;
    qint64 phones = 0;
    qint64 openTasks = 0;
    qint64 users = 0;
    QStringList integrityProblems; // PRAGMA quick_check lines other than "ok"

    bool isIntact() const { return integrityProblems.isEmpty(); }

    // Throws StorageError when the base cannot be read at all.
    static DatabaseInfo collect(Database &db);
};

} // namespace voronka
