#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportOptionsPage.h"
#include "ImportPreviewPage.h"
#include "ImportResultPage.h"
#include "ImportRunPage.h"
#include "import/ImportReport.h"

#include <QFileInfo>

namespace voronka {

ImportWizard::ImportWizard(DataContext context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
{
    qRegisterMetaType<ImportResult>();
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a list"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_filePage = new ImportFilePage(this);
    m_previewPage = new ImportPreviewPage(context, this);
    m_optionsPage = new ImportOptionsPage(context, this);
    m_runPage = new ImportRunPage(context, this);
    m_resultPage = new ImportResultPage(context, this);
    setPage(FilePage, m_filePage);
    setPage(PreviewPage, m_previewPage);
    setPage(OptionsPage, m_optionsPage);
    setPage(RunPage, m_runPage);
    setPage(ResultPage, m_resultPage);
    setStartId(FilePage);
    resize(980, 680);

    connect(m_runPage, &ImportRunPage::runningChanged, this, &ImportWizard::setRunning);
    connect(m_runPage, &ImportRunPage::progressed, this, &ImportWizard::importProgress);
    connect(m_runPage, &ImportRunPage::finished, this, &ImportWizard::importSucceeded);
    connect(m_runPage, &ImportRunPage::failed, this, &ImportWizard::importFailed);
    connect(m_resultPage, &ImportResultPage::undone, this, &ImportWizard::baseChanged);
}

void ImportWizard::setFilePath(const QString &path)
{
    m_filePage->setFilePath(path);
}

QString ImportWizard::filePath() const
{
    return m_filePage->filePath();
}

QList<ImportField> ImportWizard::mapping() const
{
    return m_previewPage->mapping();
}

ImportOptions ImportWizard::importOptions() const
{
    ImportOptions options;
    options.fileName = QFileInfo(filePath()).fileName();
    m_previewPage->applyTo(options);
    m_optionsPage->applyTo(options);
    return options;
}

bool ImportWizard::isRunning() const
{
    return m_runPage->isRunning();
}

bool ImportWizard::saveReportTo(const QString &path)
{
    return m_resultPage->saveReportTo(path);
}

void ImportWizard::holdImportsAt(qint64 rows)
{
    m_runPage->setHoldAtRows(rows);
}

void ImportWizard::setRunning(bool running)
{
    if (running) {
        m_result = ImportResult();
        m_report.reset();
    }
    // While the import runs, and once it is in, there is no way back to change what it does or did.
    m_optionsPage->setCommitPage(running || m_runPage->hasSucceeded());
}

void ImportWizard::importSucceeded(const ImportResult &result)
{
    m_result = result;
    m_report = m_runPage->report();
    emit baseChanged();
    if (currentId() == RunPage)
        next();
    emit importFinished(result);
}

void ImportWizard::done(int result)
{
    // Closing while the import runs cancels it; the thread must end before its wizard does.
    m_runPage->stop(true);
    QWizard::done(result);
}

} // namespace voronka
