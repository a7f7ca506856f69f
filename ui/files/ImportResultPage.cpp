#include "ImportResultPage.h"

#include "ImportHistoryDialog.h"
#include "ImportPreviewPage.h"
#include "ImportReportView.h"
#include "ImportWizard.h"
#include "common/MessageBox.h"
#include "import/ImportReport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace voronka {

namespace {
// The report table shows this many entries; the saved report holds all that were kept.
constexpr int shownReportEntries = 5000;
} // namespace

ImportResultPage::ImportResultPage(DataContext context, QWidget *parent)
    : ImportWizardPage(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("resultPage"));
    setTitle(ImportWizard::tr("The list is imported"));
    setSubTitle(ImportWizard::tr("What came in, and which rows were left out or need a look, with the reason."));
    setFinalPage(true);

    m_resultSummary = makeLabel("resultSummary");
    m_resultSummary->setWordWrap(true);
    QFont bold = m_resultSummary->font();
    bold.setBold(true);
    m_resultSummary->setFont(bold);

    m_resultRows = makeLabel("resultRows");
    m_resultImported = makeLabel("resultImported");
    m_resultDuplicates = makeLabel("resultDuplicates");
    m_resultRejected = makeLabel("resultRejected");
    m_resultFlagged = makeLabel("resultFlagged");
    m_resultEncoding = makeLabel("resultEncoding");
    m_resultDelimiter = makeLabel("resultDelimiter");
    m_resultFlagged->setToolTip(
        ImportWizard::tr("Imported, but a value (a phone, an INN, an e-mail) could not be understood and "
                         "is kept as text. The report lists them."));
    auto *counts = new QFormLayout;
    counts->addRow(ImportWizard::tr("Rows read:"), m_resultRows);
    counts->addRow(ImportWizard::tr("New companies:"), m_resultImported);
    counts->addRow(ImportWizard::tr("Duplicates:"), m_resultDuplicates);
    counts->addRow(ImportWizard::tr("Rejected:"), m_resultRejected);
    counts->addRow(ImportWizard::tr("Imported, to check:"), m_resultFlagged);
    auto *reading = new QFormLayout;
    reading->addRow(ImportWizard::tr("Encoding:"), m_resultEncoding);
    reading->addRow(ImportWizard::tr("Delimiter:"), m_resultDelimiter);
    auto *columns = new QHBoxLayout;
    columns->addLayout(counts);
    columns->addSpacing(64);
    columns->addLayout(reading);
    columns->setAlignment(reading, Qt::AlignTop);
    columns->addStretch(1);

    m_reportView = new ImportReportView;
    m_reportNote = makeLabel("reportNote");
    m_reportNote->setWordWrap(true);

    m_saveReport = new QPushButton(ImportWizard::tr("Save &report…"));
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    m_saveReport->setToolTip(ImportWizard::tr("Write the rows above to a CSV file that Excel opens"));
    m_undoImport = new QPushButton(ImportWizard::tr("&Undo this import"));
    m_undoImport->setObjectName(QStringLiteral("undoImportButton"));
    m_undoImport->setToolTip(ImportWizard::tr("Remove the companies this import added and take back what it merged"));
    m_undoStatus = makeNote("undoStatus");

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveReport);
    buttons->addStretch(1);
    buttons->addWidget(m_undoImport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_resultSummary);
    layout->addLayout(columns);
    layout->addWidget(m_reportNote);
    layout->addWidget(m_reportView, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_undoStatus);

    connect(m_saveReport, &QPushButton::clicked, this, &ImportResultPage::saveReport);
    connect(m_undoImport, &QPushButton::clicked, this, &ImportResultPage::undoImport);
}

void ImportResultPage::initializePage()
{
    const ImportResult &r = importWizard()->result();
    const std::shared_ptr<const MemoryImportReport> report = importWizard()->report();
    const QString file = QFileInfo(importWizard()->filePath()).fileName();
    QString summary = ImportWizard::tr("%1 is imported: %2 new companies.").arg(file, number(r.imported));
    if (r.merged > 0)
        summary = ImportWizard::tr("%1 is imported: %2 new companies, %3 rows merged into companies found.")
                      .arg(file, number(r.imported), number(r.merged));
    else if (r.imported == 0)
        summary = ImportWizard::tr("%1 added nothing to the base.").arg(file);
    m_resultSummary->setText(summary);
    m_resultRows->setText(number(r.rows));
    m_resultImported->setText(number(r.imported));
    m_resultDuplicates->setText(ImportWizard::tr("%1 (merged: %2, skipped: %3)")
                                    .arg(number(r.duplicates()), number(r.merged), number(r.skipped)));
    m_resultRejected->setText(number(r.rejected));
    m_resultFlagged->setText(number(r.flagged));
    m_resultEncoding->setText(ImportPreviewPage::encodingTitle(r.encoding));
    m_resultDelimiter->setText(ImportPreviewPage::delimiterTitle(r.delimiter));

    const QList<ImportReport::Entry> entries = report ? report->entries() : QList<ImportReport::Entry>();
    const qint64 total = report ? report->total() : 0;
    const int shown = int(std::min<qsizetype>(entries.size(), shownReportEntries));
    m_reportView->setEntries(entries.mid(0, shown));
    if (total == 0)
        m_reportNote->setText(ImportWizard::tr("Every row was imported as it is: there is nothing to report."));
    else if (shown < total)
        m_reportNote->setText(
            ImportWizard::tr("Rows left out or to check: %1; the first %2 are shown. Save the report for %3 of "
                             "them.")
                .arg(number(total), number(shown), number(entries.size())));
    else
        m_reportNote->setText(ImportWizard::tr("Rows left out or to check: %1").arg(number(total)));
    m_reportView->setVisible(shown > 0);
    m_saveReport->setEnabled(!entries.isEmpty());

    const bool changedBase = r.imported > 0 || r.merged > 0;
    m_undoImport->setEnabled(changedBase && !m_context.db.isReadOnly());
    m_undoStatus->hide();
    if (QAbstractButton *finish = wizard()->button(QWizard::FinishButton))
        finish->setFocus();
}

bool ImportResultPage::saveReportTo(const QString &path)
{
    const std::shared_ptr<const MemoryImportReport> report = importWizard()->report();
    if (!report)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !report->save(&file) || !file.commit()) {
        MessageBox::warning(
            this, ImportWizard::tr("Report not saved"),
            ImportWizard::tr("The report could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void ImportResultPage::saveReport()
{
    const QFileInfo source(importWizard()->filePath());
    const QString suggested = source.absoluteDir().filePath(source.completeBaseName() + ImportWizard::tr("-report")
                                                            + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, ImportWizard::tr("Save the import report"), suggested,
                                                      ImportWizard::tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        saveReportTo(path);
}

void ImportResultPage::undoImport()
{
    const qint64 batchId = importWizard()->result().batchId;
    if (batchId == 0)
        return;
    const std::optional<ImportUndoSummary> summary = ImportHistoryDialog::undoBatch(this, m_context, batchId);
    if (!summary)
        return;
    m_undoImport->setEnabled(false);
    m_undoStatus->setText(ImportHistoryDialog::undoSummaryText(*summary));
    m_undoStatus->show();
    emit undone();
}

} // namespace voronka
