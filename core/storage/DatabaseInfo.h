#pragma once

#include "ImportBatch.h"
#include "domain/CompanyStage.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace voronka {

class Database;

// An import that is not complete: still loading, being undone, or left by a process that died.
struct UnfinishedImport
{
    ImportBatch batch;
    qint64 companies = 0; // stored but not shown
};

// What `voronka info` reports about a base, from short reads only (a few counts). The counts are of what users see:
// the companies of an unfinished import (and their contacts and phones) are counted apart, in unfinishedImports.
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
    qint64 awaitingSearchIndex = 0; // imported companies whose search entry is not made yet (SearchBacklog)
    // What the counts found wrong (a search index out of step with the companies). The file itself is not checked:
    // that reads every page (BackupService::checkThroughCopy, `voronka check`).
    QStringList integrityProblems;
    QList<UnfinishedImport> unfinishedImports;

    bool isIntact() const { return integrityProblems.isEmpty(); }

    // Throws StorageError when the base cannot be read at all.
    static DatabaseInfo collect(Database &db);
};

} // namespace voronka
