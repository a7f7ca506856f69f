#pragma once

#include "import/ImportOptions.h"
#include "import/ImportResult.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace voronka {

class MemoryImportReport;

// Runs one import on a worker thread: move it to a QThread and call run() there (queued). It opens its own
// connection to the base on that thread, because a QSqlDatabase connection belongs to the thread that opened it,
// and closes it before it reports the end.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(QString databasePath, qint64 userId, QString filePath, ImportOptions options);
    ~ImportWorker() override;

    // Thread-safe; the import stops at its next progress report and writes nothing.
    void requestCancel();
    bool cancelRequested() const { return m_cancelRequested.load(); }
    // Test seam, set before run(): the import stops at its first progress report at or past this many rows and
    // waits there until it is cancelled, so that a test cancels it while it runs, however fast the machine. Choose
    // fewer rows than the list has, or the import waits after it has been written. 0 (the default) never waits.
    void setHoldAtRows(qint64 rows) { m_holdAtRows = rows; }
    // Filled by run(); read it only after finished() or failed() arrived.
    std::shared_ptr<const MemoryImportReport> report() const;

public slots:
    void run();

signals:
    // Emitted every few thousand rows, from the worker thread.
    void progress(qint64 bytesRead, qint64 totalBytes, qint64 rows);
    // Emitted about every half second while the import waits for another one to finish (whose, in message).
    void waiting(const QString &message);
    void finished(const voronka::ImportResult &result);
    // kind is an ImportError::Kind.
    void failed(const QString &message, int kind);

private:
    QString m_databasePath;
    qint64 m_userId;
    QString m_filePath;
    ImportOptions m_options;
    std::shared_ptr<MemoryImportReport> m_report;
    std::atomic<bool> m_cancelRequested{false};
    qint64 m_holdAtRows = 0;
};

} // namespace voronka

Q_DECLARE_METATYPE(voronka::ImportResult)
