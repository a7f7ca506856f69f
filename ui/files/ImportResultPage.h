#pragma once

#include "ImportWizardPage.h"
#include "storage/DataContext.h"

class QLabel;
class QPushButton;

namespace voronka {

class ImportReportView;

// The wizard's last page: what the finished import brought in, the rows it left out or that need a look with the
// reason (which can be saved as CSV), and a button that undoes the import.
class ImportResultPage : public ImportWizardPage
{
    Q_OBJECT

public:
    explicit ImportResultPage(DataContext context, QWidget *parent = nullptr);

    // Shows the wizard's finished import.
    void initializePage() override;

    // Writes the report of the finished import as CSV; false (and the user told) when it could not be written.
    bool saveReportTo(const QString &path);

public slots:
    // Asks where, then saves the report.
    void saveReport();
    // Asks, then undoes the finished import.
    void undoImport();

signals:
    // The import was undone: its companies are gone from the base.
    void undone();

private:
    DataContext m_context;
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
