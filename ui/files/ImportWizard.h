#pragma once

#include "import/ImportField.h"
#include "import/ImportOptions.h"
#include "import/ImportResult.h"
#include "storage/DataContext.h"

#include <QWizard>

#include <memory>

namespace voronka {

class ImportFilePage;
class ImportOptionsPage;
class ImportPreviewPage;
class ImportResultPage;
class ImportRunPage;
class MemoryImportReport;

// Imports a cold-call list: choose the file, check how it is read and which column feeds which field, choose what
// to do with duplicates and whom the companies go to, watch it run on a worker thread, and see (and undo) the
// result. All the work is ImportService's; each step is a page of its own (ImportFilePage … ImportResultPage), and
// the wizard holds what they share: the choices put together for the run, and the finished import.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, OptionsPage, RunPage, ResultPage };

    explicit ImportWizard(DataContext context, QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const;
    // The column mapping as the preview page shows it (one field per column).
    QList<ImportField> mapping() const;
    // What the pages chose, put together for the import.
    ImportOptions importOptions() const;
    bool isRunning() const;
    // The last finished import (batchId 0 before one).
    const ImportResult &result() const { return m_result; }
    // Its report: the rows left out or to check (none before an import finished).
    std::shared_ptr<const MemoryImportReport> report() const { return m_report; }
    // Writes the report of the finished import as CSV; false (and the user told) when it could not be written.
    bool saveReportTo(const QString &path);
    // Test seam: each import started from now on waits at its first progress report at or past this many rows until
    // it is cancelled (the Stop button, closing the wizard), so that a test stops it while it runs.
    void holdImportsAt(qint64 rows);

public slots:
    void done(int result) override;

signals:
    void importProgress(qint64 rows);
    void importFinished(const voronka::ImportResult &result);
    void importFailed(const QString &message);
    // Companies were added or removed: lists showing the base should read it again.
    void baseChanged();

private:
    void setRunning(bool running);
    void importSucceeded(const ImportResult &result);

    DataContext m_context;
    ImportFilePage *m_filePage = nullptr;
    ImportPreviewPage *m_previewPage = nullptr;
    ImportOptionsPage *m_optionsPage = nullptr;
    ImportRunPage *m_runPage = nullptr;
    ImportResultPage *m_resultPage = nullptr;

    ImportResult m_result;
    std::shared_ptr<const MemoryImportReport> m_report;
};

} // namespace voronka
