#pragma once

#include "storage/DataContext.h"
#include "storage/ImportBatch.h"
#include "storage/WriteSteps.h"

#include <QCoreApplication>
#include <QList>

namespace voronka {

// An unfinished batch the cleaner took out.
struct RemovedImport
{
    ImportBatch batch; // as it was found
    qint64 companies = 0; // companies removed with it
};

// Removes what imports and undos left half-done when their process died: a batch still 'loading' or 'removing'
// whose heartbeat stopped more than ImportBatchRepository::abandonedAfterSeconds ago (by the context's clock). Its
// companies were never shown (VisibleCompanies), so removing them changes nothing users saw; an interrupted undo is
// finished. Not part of Database::open, which must stay fast: the window runs it on a worker thread after start,
// the command line before an import or an undo. The removal goes in steps, like an undo.
class UnfinishedBatchCleaner
{
    Q_DECLARE_TR_FUNCTIONS(UnfinishedBatchCleaner)

public:
    explicit UnfinishedBatchCleaner(DataContext context, StepPacing pacing = {});

    // Throws StorageError.
    QList<RemovedImport> run();

    // "An unfinished import of FILE by USER (started …) was removed: N companies", or for an undo that did not
    // finish, that it was finished.
    static QString message(const RemovedImport &removed);

private:
    DataContext m_context;
    StepPacing m_pacing;
};

} // namespace voronka
