#pragma once

#include "ImportOptions.h"
#include "ImportResult.h"
#include "storage/DataContext.h"
#include "storage/WriteSteps.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class QIODevice;

namespace voronka {

class CsvReader;
class ImportBatchRepository;
class ImportReport;
struct ImportBatch;
struct CsvRecord;

// The head of a file as the import wizard previews it.
struct ImportPreview
{
    QString encoding;
    QString encodingReason;
    QChar delimiter;
    QList<QStringList> rows; // the first records as read, header included
    QList<qint64> lines; // the line each of them starts on
    QList<ImportField> mapping; // one per column
    bool headerFound = false;
    bool mappingRemembered = false; // the mapping comes from an earlier import of a file with this header
    int columnCount = 0;
};

struct ImportProgress
{
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    qint64 rows = 0;
    // Not empty while the import waits for another one to finish ("Waiting for the import of ... to finish").
    QString waitingFor;
};

// Imports a cold-call list into the base as one batch, all or nothing as users see it.
//
// The rows are written in steps of about a quarter of a second, each its own transaction, with a short pause
// after each, so that colleagues' saves on a shared file get the lock while a big list loads. The batch is
// 'loading' meanwhile and every reader leaves its companies out (VisibleCompanies); the last step sets it 'done'
// and the whole list appears at once. A cancel, a broken file or a storage error mid-way hides the batch and
// removes its rows in steps; a process that dies leaves a batch whose heartbeat stops, and UnfinishedBatchCleaner
// removes it later. One import runs at a time: a second one waits, through the progress callback, for a live one
// to finish. The batch can be undone later (ImportBatchRepository::undo).
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    // Called every few thousand rows, and every half second while waiting for another import; return false to
    // cancel.
    using ProgressCallback = std::function<bool(const ImportProgress &)>;

    explicit ImportService(DataContext context, StepPacing pacing = {});

    // Throws ImportError when the file cannot be read at all.
    ImportPreview preview(QIODevice *device, const ImportOptions &options, int rows = 20);
    // Throws ImportError; on return the batch is committed and shown. device must be open and at its start.
    ImportResult run(QIODevice *device, const ImportOptions &options, ImportReport *report = nullptr,
                     const ProgressCallback &progress = {});

    static QString savedMappingKey(const QStringList &header);

private:
    struct Head
    {
        QList<CsvRecord> records;
        QList<ImportField> mapping;
        bool headerFound = false;
        bool mappingRemembered = false;
    };
    Head readHead(CsvReader &reader, const ImportOptions &options, int rows);
    static void throwReaderError(const CsvReader &reader);
    // Records the batch 'loading' once no other import is live, waiting for it meanwhile.
    qint64 beginWhenFree(ImportBatchRepository &batches, const ImportBatch &batch, const ProgressCallback &progress);

    DataContext m_context;
    StepPacing m_pacing;
};

} // namespace voronka
