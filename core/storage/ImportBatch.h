#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace voronka {

// Where a batch is in its life. Only a Done batch's companies are shown (VisibleCompanies).
enum class ImportBatchState {
    Loading, // an import is writing it, step by step
    Done,
    Removing, // being undone, or removed because its import never finished
    Undone,
};

inline QString importBatchStateKey(ImportBatchState state)
{
    switch (state) {
    case ImportBatchState::Loading:
        return QStringLiteral("loading");
    case ImportBatchState::Done:
        return QStringLiteral("done");
    case ImportBatchState::Removing:
        return QStringLiteral("removing");
    case ImportBatchState::Undone:
        break;
    }
    return QStringLiteral("undone");
}

inline std::optional<ImportBatchState> importBatchStateFromKey(const QString &key)
{
    for (const ImportBatchState state :
         {ImportBatchState::Loading, ImportBatchState::Done, ImportBatchState::Removing, ImportBatchState::Undone}) {
        if (importBatchStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

// One import of a list: what came in, from where, by whom, and whether it was undone.
struct ImportBatch
{
    qint64 id = 0;
    QString fileName;
    qint64 userId = 0;
    QString userName;
    qint64 ownerId = 0; // who the imported companies were assigned to
    QString tag;
    QString encoding;
    QString delimiter;
    QString duplicatePolicy; // "skip", "merge", "import"
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime undoneAt;
    ImportBatchState state = ImportBatchState::Done;
    QDateTime heartbeatAt; // written at every step of its import or its removal
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 merged = 0;
    qint64 duplicates = 0; // skipped or merged
    qint64 rejected = 0;
};

// What undoing a batch removed or restored.
struct ImportUndoSummary
{
    qint64 companiesRemoved = 0;
    qint64 rowsRemovedFromOthers = 0; // contacts, phones, e-mails and notes a merge added to existing companies
    qint64 fieldsCleared = 0; // empty fields a merge filled, cleared again
    qint64 fieldsKept = 0; // filled by the merge but changed by a person since: left as they are
};

} // namespace voronka
