#include "ImportRunPage.h"

#include "ImportWizard.h"
#include "import/ImportError.h"
#include "import/ImportReport.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace voronka {

namespace {
constexpr int progressSteps = 1000;
}

ImportRunPage::ImportRunPage(DataContext context, QWidget *parent)
    : ImportWizardPage(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(ImportWizard::tr("Importing"));
    setSubTitle(ImportWizard::tr("The list goes in as a whole: until the end nothing of it is in the base, and "
                                 "stopping leaves the base as it was."));

    m_runStatus = makeLabel("runStatus");
    m_runStatus->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, progressSteps);
    m_rate = makeLabel("rateLabel");
    m_cancelImport = new QPushButton(ImportWizard::tr("&Stop the import"));
    m_cancelImport->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelImport->setToolTip(
        ImportWizard::tr("The import is all or nothing: stopping it leaves the base as it was."));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelImport);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_runStatus);
    layout->addWidget(m_progress);
    layout->addWidget(m_rate);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_cancelImport, &QPushButton::clicked, this, &ImportRunPage::cancel);
}

ImportRunPage::~ImportRunPage()
{
    stop(true);
}

void ImportRunPage::initializePage()
{
    start();
}

bool ImportRunPage::isComplete() const
{
    return m_succeeded;
}

bool ImportRunPage::isRunning() const
{
    return m_thread != nullptr && m_worker != nullptr;
}

void ImportRunPage::start()
{
    stop(true);
    m_succeeded = false;
    m_report.reset();
    m_progress->setValue(0);
    m_progress->show();
    m_rate->setText(ImportWizard::tr("Reading…"));
    const QString filePath = importWizard()->filePath();
    m_runStatus->setText(ImportWizard::tr("Importing %1…").arg(QFileInfo(filePath).fileName()));
    m_runStatus->setStyleSheet(QString());

    m_worker = std::make_unique<ImportWorker>(m_context.db.path(), m_context.userId, filePath,
                                              importWizard()->importOptions());
    m_worker->setHoldAtRows(m_holdAtRows);
    m_report = m_worker->report();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("importThread"));
    m_worker->moveToThread(m_thread);
    // Direct: the thread is told to stop from the worker's own thread, so waiting for it never waits on this one.
    connect(m_worker.get(), &ImportWorker::finished, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(m_worker.get(), &ImportWorker::failed, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(m_worker.get(), &ImportWorker::progress, this, &ImportRunPage::showProgress, Qt::QueuedConnection);
    connect(m_worker.get(), &ImportWorker::waiting, this, &ImportRunPage::showWaiting, Qt::QueuedConnection);
    connect(m_worker.get(), &ImportWorker::finished, this, &ImportRunPage::workerFinished, Qt::QueuedConnection);
    connect(m_worker.get(), &ImportWorker::failed, this, &ImportRunPage::workerFailed, Qt::QueuedConnection);
    setRunning(true);
    m_elapsed.start();
    m_thread->start();
    QMetaObject::invokeMethod(m_worker.get(), &ImportWorker::run, Qt::QueuedConnection);
}

void ImportRunPage::setRunning(bool running)
{
    m_cancelImport->setEnabled(running);
    emit runningChanged(running);
    recheck();
}

void ImportRunPage::showProgress(qint64 bytesRead, qint64 totalBytes, qint64 rows)
{
    if (!isRunning())
        return;
    if (totalBytes > 0)
        m_progress->setValue(int(std::min<qint64>(progressSteps, bytesRead * progressSteps / totalBytes)));
    const qint64 ms = std::max<qint64>(1, m_elapsed.elapsed());
    m_rate->setText(ImportWizard::tr("Rows read: %1 · %2 rows/s").arg(number(rows), number(rows * 1000 / ms)));
    emit progressed(rows);
}

void ImportRunPage::showWaiting(const QString &message)
{
    if (!isRunning())
        return;
    m_rate->setText(message);
    // The rate counts from when the rows start coming, not from the wait.
    m_elapsed.start();
}

void ImportRunPage::cancel()
{
    if (!isRunning())
        return;
    m_worker->requestCancel();
    m_cancelImport->setEnabled(false);
    m_runStatus->setText(ImportWizard::tr("Stopping…"));
}

void ImportRunPage::stop(bool cancel)
{
    if (!m_thread)
        return;
    if (cancel && m_worker)
        m_worker->requestCancel();
    m_thread->quit();
    m_thread->wait();
    m_worker.reset();
    delete m_thread;
    m_thread = nullptr;
}

void ImportRunPage::workerFinished(const ImportResult &result)
{
    stop(false);
    m_succeeded = true;
    m_progress->setValue(progressSteps);
    const qint64 ms = std::max<qint64>(1, m_elapsed.elapsed());
    m_rate->setText(
        ImportWizard::tr("Rows read: %1 in %2 s").arg(number(result.rows), QLocale().toString(ms / 1000.0, 'f', 1)));
    setRunning(false);
    emit finished(result);
}

void ImportRunPage::workerFailed(const QString &message, int kind)
{
    const bool cancelled = ImportError::Kind(kind) == ImportError::Kind::Cancelled;
    stop(false);
    m_succeeded = false;
    setRunning(false);
    m_progress->setValue(0);
    m_progress->hide();
    m_rate->clear();
    m_runStatus->setText(cancelled ? ImportWizard::tr("Cancelled: nothing was imported.")
                                   : ImportWizard::tr("The list was not imported: %1\n\nNothing was written to the "
                                                      "base. Go back to change the choices, or close the wizard.")
                                         .arg(message));
    m_runStatus->setStyleSheet(cancelled ? QString() : QStringLiteral("color: #b00020;"));
    emit failed(cancelled ? m_runStatus->text() : message);
}

} // namespace voronka
