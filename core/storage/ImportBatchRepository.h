#pragma once

#include "DataContext.h"
#include "ImportBatch.h"
#include "WriteSteps.h"

#include <QList>
#include <optional>

namespace voronka {

// Import batches and everything needed to undo one exactly.
//
// A batch is written by its import in steps while 'loading'; its companies are hidden from every reader until the
// import's last step sets 'done' (VisibleCompanies). Taking a batch out (an undo, a cancelled or failed import, one
// left by a process that died) first sets 'removing' in one short transaction, so that its companies vanish at
// once, then deletes in steps (WriteSteps) with a heartbeat at each; a crash in the middle leaves it 'removing',
// and UnfinishedBatchCleaner finishes the job.
class ImportBatchRepository
{
public:
    // The company fields a merge may fill when they are empty.
    static const QStringList &mergeableFields();
    // A loading or removing batch whose heartbeat is older than this belongs to a process that died.
    static constexpr int abandonedAfterSeconds = 60;
    // The schema step that gave batches their state (011_import_steps.sql): before it, every batch is complete.
    static constexpr int stateSchemaVersion = 11;

    explicit ImportBatchRepository(DataContext context, StepPacing pacing = {});

    // Records a starting import, 'loading' with a heartbeat, inside the caller's short transaction; returns its id.
    qint64 begin(const ImportBatch &batch);
    // Stamps the batch's heartbeat, within its import's step. Throws StorageError Conflict when the batch is no
    // longer 'loading' (a cleaner took it for abandoned).
    void heartbeat(qint64 batchId);
    // The import's last step: 'done', with the counts.
    void finish(const ImportBatch &batch);
    QList<ImportBatch> list() const; // newest first
    std::optional<ImportBatch> find(qint64 id) const;
    // Batches that are 'loading' or 'removing', oldest first (none on a base older than stateSchemaVersion).
    QList<ImportBatch> unfinished() const;
    // An import another process is still writing: a 'loading' batch whose heartbeat is at or after aliveSince.
    std::optional<ImportBatch> liveImport(const QDateTime &aliveSince) const;
    // The companies a batch created that are still stored.
    qint64 companyCount(qint64 batchId) const;

    // A merge writes value into the company's field only if the field is empty, and logs it for undo. The value is
    // stored normalised as every company's text is (CompanyColumns). Returns whether it wrote. field must be one
    // of mergeableFields().
    bool fillEmptyField(qint64 batchId, qint64 companyId, const QString &field, const QString &value);

    // Companies the batch created that were edited afterwards (undo removes them all the same).
    qint64 editedSince(qint64 batchId) const;
    // Hides a done batch at once, then removes what it created and restores what its merges changed, in steps;
    // the batch ends 'undone', stamped with who undid it.
    // Throws StorageError NotFound for an unknown batch, InvalidData for one already undone or not complete.
    ImportUndoSummary undo(qint64 batchId);
    // An import that failed or was cancelled: hides its batch at once, removes its rows in steps and deletes it.
    ImportUndoSummary discard(qint64 batchId);
    // Takes over a batch whose process died (its heartbeat is still the one the caller read): sets 'removing' and
    // stamps a new heartbeat in one short transaction. False when another process changed it meanwhile.
    bool claim(const ImportBatch &batch);
    // Removes, in steps, what a 'removing' batch wrote; an undo ends 'undone', a batch that never finished is
    // deleted.
    ImportUndoSummary removeInSteps(qint64 batchId);

private:
    void setRemoving(qint64 batchId);

    DataContext m_context;
    StepPacing m_pacing;
};

} // namespace voronka
