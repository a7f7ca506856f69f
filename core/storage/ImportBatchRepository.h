#pragma once

#include "DataContext.h"
#include "ImportBatch.h"

#include <QList>
#include <optional>

namespace voronka {

// Import batches and everything needed to undo one exactly.
class ImportBatchRepository
{
public:
    // The company fields a merge may fill when they are empty.
    static const QStringList &mergeableFields();

    explicit ImportBatchRepository(DataContext context);

    // Records a starting import (inside the import's transaction); returns its id.
    qint64 begin(const ImportBatch &batch);
    void finish(const ImportBatch &batch);
    QList<ImportBatch> list() const; // newest first
    std::optional<ImportBatch> find(qint64 id) const;

    // A merge writes value into the company's field only if the field is empty, and logs it for undo. The value is
    // stored normalised as every company's text is (CompanyColumns). Returns whether it wrote. field must be one
    // of mergeableFields().
    bool fillEmptyField(qint64 batchId, qint64 companyId, const QString &field, const QString &value);

    // Companies the batch created that were edited afterwards (undo removes them all the same).
    qint64 editedSince(qint64 batchId) const;
    // Removes what the batch created and restores what its merges changed, in one transaction.
    // Throws StorageError NotFound for an unknown batch, InvalidData for one already undone.
    ImportUndoSummary undo(qint64 batchId);

private:
    DataContext m_context;
};

} // namespace voronka
