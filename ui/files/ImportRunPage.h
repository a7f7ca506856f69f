#pragma once

#include "ImportWizardPage.h"
#include "ImportWorker.h"
#include "import/ImportResult.h"
#include "storage/DataContext.h"

#include <QElapsedTimer>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace voronka {

class MemoryImportReport;

// The wizard's fourth page: runs the import with the choices of the pages before on a worker thread, shows its
// progress and lets the user stop it (which leaves the base as it was). Next once the import has succeeded, which
// the wizard then takes at once.
class ImportRunPage : public ImportWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(DataContext context, QWidget *parent = nullptr);
    // Cancels a running import and waits for its thread: the thread must end before the page does.
    ~ImportRunPage() override;

    // Starts the import.
    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    bool hasSucceeded() const { return m_succeeded; }
    // The rows of the last import that were left out or need a look; complete once it has ended.
    std::shared_ptr<const MemoryImportReport> report() const { return m_report; }
    // Cancels (when asked) a running import and waits for its thread to end.
    void stop(bool cancel);
    // Test seam: each import started from now on waits at its first progress report at or past this many rows until
    // it is cancelled (ImportWorker::setHoldAtRows).
    void setHoldAtRows(qint64 rows) { m_holdAtRows = rows; }

public slots:
    // Stops a running import; nothing of it is written.
    void cancel();

signals:
    // An import started (true) or ended, whichever way (false).
    void runningChanged(bool running);
    void progressed(qint64 rows);
    void finished(const voronka::ImportResult &result);
    // The import failed or was cancelled: why, as the page shows it for a cancel.
    void failed(const QString &message);

private:
    void start();
    void showProgress(qint64 bytesRead, qint64 totalBytes, qint64 rows);
    void showWaiting(const QString &message);
    void workerFinished(const ImportResult &result);
    void workerFailed(const QString &message, int kind);
    void setRunning(bool running);

    DataContext m_context;
    QLabel *m_runStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_rate = nullptr;
    QPushButton *m_cancelImport = nullptr;
    QThread *m_thread = nullptr;
    std::unique_ptr<ImportWorker> m_worker;
    std::shared_ptr<const MemoryImportReport> m_report;
    QElapsedTimer m_elapsed;
    bool m_succeeded = false;
    qint64 m_holdAtRows = 0;
};

} // namespace voronka
