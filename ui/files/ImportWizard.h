#pragma once

#include "ImportWorker.h"
#include "import/ImportField.h"
#include "import/ImportOptions.h"
#include "import/ImportResult.h"
#include "storage/DataContext.h"

#include <QElapsedTimer>
#include <QWizard>

#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QThread;

namespace voronka {

class ImportReportView;
class MemoryImportReport;
struct ImportPreview;

// Imports a cold-call list: choose the file, check how it is read and which column feeds which field, choose what
// to do with duplicates and whom the companies go to, watch it run on a worker thread, and see (and undo) the
// result. All the work is ImportService's; this only asks and shows.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, OptionsPage, RunPage, ResultPage };

    explicit ImportWizard(DataContext context, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFilePath(const QString &path);
    QString filePath() const;
    // The column mapping as the preview page shows it (one field per column).
    QList<ImportField> mapping() const { return m_mapping; }
    bool isRunning() const;
    // The last finished import (batchId 0 before one).
    const ImportResult &result() const { return m_result; }
    // Writes the report of the finished import as CSV; false (and the user told) when it could not be written.
    bool saveReportTo(const QString &path);

public slots:
    // Stops a running import; nothing of it is written.
    void cancelImport();
    void saveReport();
    // Asks, then undoes the finished import.
    void undoImport();
    void done(int result) override;

signals:
    void importProgress(qint64 rows);
    void importFinished(const voronka::ImportResult &result);
    void importFailed(const QString &message);
    // Companies were added or removed: lists showing the base should read it again.
    void baseChanged();

protected:
    void initializePage(int id) override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createPreviewPage();
    QWizardPage *createOptionsPage();
    QWizardPage *createRunPage();
    QWizardPage *createResultPage();

    void browse();
    void updateFileProblem();
    bool fileIsReadable() const;
    void resetReadingChoices();
    void updatePreview();
    void clearPreviewTable();
    void showPreview(const ImportPreview &preview);
    void showPreviewError(const QString &message);
    void setMappingField(int column, ImportField field);
    void updateMappingProblem();
    bool previewIsUsable() const;
    ImportOptions importOptions() const;

    void startImport();
    void showProgress(qint64 bytesRead, qint64 totalBytes, qint64 rows);
    void workerFinished(const ImportResult &result);
    void workerFailed(const QString &message, int kind);
    // Cancels (when asked) a running import and waits for its thread to end.
    void stopWorker(bool cancel);
    void setRunning(bool running);
    void showResult();

    DataContext m_context;

    // File
    QLineEdit *m_filePath = nullptr;
    QLabel *m_fileProblem = nullptr;

    // Preview
    QComboBox *m_encoding = nullptr;
    QLabel *m_encodingDetected = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_delimiterDetected = nullptr;
    QCheckBox *m_header = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_mappingNote = nullptr;
    QLabel *m_mappingProblem = nullptr;
    QLabel *m_previewError = nullptr;
    QString m_previewedPath;
    std::optional<bool> m_headerChoice; // set once the user ticks or clears the box
    bool m_previewOk = false;
    bool m_mappingEdited = false;
    QList<ImportField> m_mapping;

    // Options
    QButtonGroup *m_policy = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_tag = nullptr;
    QLineEdit *m_region = nullptr;

    // Run
    QLabel *m_runStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_rate = nullptr;
    QPushButton *m_cancelImport = nullptr;
    QThread *m_thread = nullptr;
    std::unique_ptr<ImportWorker> m_worker;
    std::shared_ptr<const MemoryImportReport> m_report;
    QElapsedTimer m_elapsed;
    bool m_succeeded = false;

    // Result
    ImportResult m_result;
    QLabel *m_resultSummary = nullptr;
    QLabel *m_resultRows = nullptr;
    QLabel *m_resultImported = nullptr;
    QLabel *m_resultDuplicates = nullptr;
    QLabel *m_resultRejected = nullptr;
    QLabel *m_resultFlagged = nullptr;
    QLabel *m_resultEncoding = nullptr;
    QLabel *m_resultDelimiter = nullptr;
    ImportReportView *m_reportView = nullptr;
    QLabel *m_reportNote = nullptr;
    QPushButton *m_saveReport = nullptr;
    QPushButton *m_undoImport = nullptr;
    QLabel *m_undoStatus = nullptr;
};

} // namespace voronka
