#pragma once

#include "ImportOptions.h"
#include "ImportResult.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class QIODevice;

namespace voronka {

class CsvReader;
class ImportReport;
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
};

// Imports a cold-call list into the base as one batch: the whole file lands in one transaction or nothing does
// (a broken file, a cancel and a failing disk included), and the batch can be undone later.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    // Called every few thousand rows; return false to cancel.
    using ProgressCallback = std::function<bool(const ImportProgress &)>;

    explicit ImportService(DataContext context);

    // Throws ImportError when the file cannot be read at all.
    ImportPreview preview(QIODevice *device, const ImportOptions &options, int rows = 20);
    // Throws ImportError; on return the batch is committed. device must be open and at its start.
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

    DataContext m_context;
};

} // namespace voronka
