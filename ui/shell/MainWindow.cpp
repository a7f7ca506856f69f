#include "MainWindow.h"

#include "WindowLayout.h"
#include "calls/CallModeView.h"
#include "clients/ClientsView.h"
#include "common/MessageBox.h"
#include "company/ColdBaseView.h"
#include "company/CompanyCard.h"
#include "deals/PipelineBoard.h"
#include "domain/Clock.h"
#include "files/BackgroundSearchIndex.h"
#include "files/ImportHistoryDialog.h"
#include "files/ImportWizard.h"
#include "files/RestoreDialog.h"
#include "files/UnfinishedImportCleanup.h"
#include "import/CompanyExporter.h"
#include "import/ImportError.h"
#include "inquiries/NewInquiryDialog.h"
#include "meetings/MeetingsView.h"
#include "models/CompanyListModel.h"
#include "reports/BackgroundFunnelBackfill.h"
#include "reports/ReportsView.h"
#include "storage/BackgroundReader.h"
#include "storage/BackupService.h"
#include "storage/ChangeHub.h"
#include "storage/Database.h"
#include "storage/DatabaseWatcher.h"
#include "storage/FileSystemProbe.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"
#include "team/PasswordDialog.h"
#include "team/SignIn.h"
#include "team/TeamView.h"
#include "today/NewTaskDialog.h"
#include "today/ReminderCenter.h"
#include "today/TodayView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QSaveFile>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

namespace voronka {

MainWindow::MainWindow(DataContext context, const User &user, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_user(user)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Voronka — %1").arg(context.db.path()));

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    const struct
    {
        QString title;
        QStyle::StandardPixmap icon;
    } entries[SectionCount] = {
        {tr("Today"), QStyle::SP_FileDialogDetailedView},
        {tr("Cold base"), QStyle::SP_DirIcon},
        {tr("Calls"), QStyle::SP_MediaPlay},
        {tr("Meetings"), QStyle::SP_FileDialogContentsView},
        {tr("Deals"), QStyle::SP_DialogApplyButton},
        {tr("Clients"), QStyle::SP_DirHomeIcon},
        {tr("Reports"), QStyle::SP_FileDialogInfoView},
        {tr("Team"), QStyle::SP_DirLinkIcon},
    };
    for (const auto &entry : entries)
        new QListWidgetItem(style()->standardIcon(entry.icon), entry.title, m_navigation);
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 40);

    m_sections = new QStackedWidget;
    m_sections->setObjectName(QStringLiteral("sections"));
    m_today = new TodayView(context, UserRepository(context).list());
    m_sections->addWidget(m_today);
    m_coldBase = new ColdBaseView(context, UserRepository(context).list());
    m_sections->addWidget(m_coldBase);
    m_calls = new CallModeView(context, UserRepository(context).list());
    m_sections->addWidget(m_calls);
    m_meetings = new MeetingsView(context, UserRepository(context).list());
    m_sections->addWidget(m_meetings);
    m_board = new PipelineBoard(context, UserRepository(context).list());
    m_sections->addWidget(m_board);
    m_clients = new ClientsView(context, UserRepository(context).list());
    m_sections->addWidget(m_clients);
    connect(m_clients, &ClientsView::companyActivated, this, &MainWindow::openCompany);
    connect(m_calls, &CallModeView::companyActivated, this, &MainWindow::openCompany);
    connect(m_meetings, &MeetingsView::companyActivated, this, &MainWindow::openCompany);
    connect(m_today, &TodayView::companyActivated, this, &MainWindow::openCompany);
    connect(m_board, &PipelineBoard::companyActivated, this, &MainWindow::openCompany);

    m_reminders = new ReminderCenter(context, this);
    connect(m_reminders, &ReminderCenter::companyActivated, this, &MainWindow::openCompany);
    connect(m_reminders, &ReminderCenter::todayRequested, this, [this] { showSection(Today); });

    // Who reads again after which change is for each section to say: the sections and the reminders follow the
    // base's ChangeHub, which the window's writers feed and the watcher feeds with other desktops' commits.
    auto *watcher = new DatabaseWatcher(context.db, this);
    watcher->start();
    connect(m_reminders, &ReminderCenter::quitRequested, this, &MainWindow::quit);
    connect(m_reminders, &ReminderCenter::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    // A task for the company in view, wherever a company is shown (the Today section has its own Ctrl+T).
    for (QWidget *section : {static_cast<QWidget *>(m_coldBase), static_cast<QWidget *>(m_calls)}) {
        connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), section), &QShortcut::activated, this,
                [this, section] {
                    newTaskFor(section == m_calls ? m_calls->currentCompanyId() : m_coldBase->card()->companyId());
                });
    }
    m_reports = new ReportsView(context);
    connect(m_reports, &ReportsView::companyActivated, this, &MainWindow::openCompany);
    m_sections->addWidget(m_reports);

    // The head's, or everybody's on a base without sign-in; for the others the entry is not there at all.
    if (TeamView::shownTo(context, user)) {
        m_team = new TeamView(context, user);
        m_sections->addWidget(m_team);
    } else {
        m_sections->addWidget(new QWidget);
        m_navigation->item(Team)->setHidden(true);
    }

    connect(m_navigation, &QListWidget::currentRowChanged, m_sections, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_sections, 1);
    setCentralWidget(central);

    const QString role = userRoleTitle(user.role);
    auto *userLabel = new QLabel(user.fullName == role ? tr("User: %1").arg(user.fullName)
                                                       : tr("User: %1 (%2)").arg(user.fullName, role));
    userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(userLabel);
    if (context.db.isReadOnly()) {
        auto *readOnly = new QLabel(tr("Read-only"));
        readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
        readOnly->setToolTip(context.db.readOnlyReason());
        readOnly->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        statusBar()->addPermanentWidget(readOnly);
    }
    // A file on a network drive is where SQLite files get damaged: say that Voronka knows and works safely there.
    const QString networkNotice = FileSystemProbe::safeModeNotice(FileSystemProbe::probe(context.db.path()));
    if (!networkNotice.isEmpty()) {
        auto *notice = new QLabel(networkNotice);
        notice->setObjectName(QStringLiteral("networkDriveNotice"));
        notice->setToolTip(tr("Short transactions, a rollback journal and full sync: see docs/shared-database.md"));
        statusBar()->addPermanentWidget(notice);
    }
    statusBar()->showMessage(context.db.path());

    buildMenus();
    showSection(homeSection(user.role));
    setAcceptDrops(!context.db.isReadOnly());
    // Never larger than the screen (a 1024×700 laptop); restoreLayout then puts it where the user left it.
    // A window whose sections need more than the first guess is moved left and up so that all of it is on screen.
    const QRect available = WindowLayout::availableArea(*this);
    setGeometry(WindowLayout::fitted(WindowLayout::initial(QSize(1260, 780), available), available, minimumSizeHint()));
}

MainWindow::~MainWindow()
{
    // An export still running stops at its next company; the reader waits for it and drops its file.
    m_exportCancelled->store(true);
}

void MainWindow::restoreLayout(QSettings *settings)
{
    m_layoutSettings = settings;
    if (settings)
        WindowLayout(*settings, m_user.login).restore(*this);
}

void MainWindow::saveLayout()
{
    if (m_layoutSettings)
        WindowLayout(*m_layoutSettings, m_user.login).save(*this);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open another base…"), this, &MainWindow::openAnotherBase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import a list…"), this, &MainWindow::openImportWizard);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setEnabled(!m_context.db.isReadOnly());
    QAction *inquiry = file->addAction(tr("New in&quiry…"), this, &MainWindow::takeInquiry);
    inquiry->setObjectName(QStringLiteral("newInquiryAction"));
    inquiry->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    inquiry->setShortcutContext(Qt::ApplicationShortcut);
    inquiry->setEnabled(!m_context.db.isReadOnly());
    // The phone rings while the window is in the tray: the inquiry is taken from there too.
    if (QSystemTrayIcon *tray = m_reminders->trayIcon(); tray && tray->contextMenu())
        tray->contextMenu()->insertAction(tray->contextMenu()->actions().value(0), inquiry);
    QAction *history = file->addAction(tr("Import &history…"), this, &MainWindow::openImportHistory);
    history->setObjectName(QStringLiteral("importHistoryAction"));
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportCompanies);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(
        tr("Write the companies the cold base shows to a CSV file; in Reports, the report in view"));
    file->addSeparator();
    QAction *backUp = file->addAction(tr("&Back up now"), this, &MainWindow::backUpNow);
    backUp->setObjectName(QStringLiteral("backUpAction"));
    QAction *restore = file->addAction(tr("&Restore from backup…"), this, &MainWindow::chooseRestore);
    restore->setObjectName(QStringLiteral("restoreAction"));
    if (m_team) {
        QAction *handOut = file->addAction(tr("Hand o&ut the chosen companies…"), this, [this] {
            const QList<qint64> chosen = m_coldBase->selectedCompanyIds();
            if (chosen.isEmpty()) {
                MessageBox::information(this, tr("Hand out companies"),
                                        tr("Choose the companies in the cold base first (Shift or Ctrl for several)."));
                return;
            }
            m_team->handOut(chosen);
        });
        handOut->setObjectName(QStringLiteral("handOutChosenAction"));
        handOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        handOut->setEnabled(!m_context.db.isReadOnly());
    }
    file->addSeparator();
    QAction *password = file->addAction(tr("&Change my password…"), this, &MainWindow::changeMyPassword);
    password->setObjectName(QStringLiteral("changeMyPasswordAction"));
    password->setEnabled(!m_context.db.isReadOnly());
    if (SignIn(m_context).required()) {
        QAction *signOut = file->addAction(tr("Sign &out and quit"), this, [this] {
            m_signOut = true;
            quit();
        });
        signOut->setObjectName(QStringLiteral("signOutAction"));
        signOut->setToolTip(tr("Forget this computer's sign-in: the next start asks for a password"));
    }
    file->addSeparator();
    file->addAction(m_reminders->keepInTrayAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int section = 0; section < SectionCount; ++section) {
        QAction *action = go->addAction(m_navigation->item(section)->text(), this,
                                        [this, section] { showSection(Section(section)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + section)));
        action->setVisible(!m_navigation->item(section)->isHidden());
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Voronka"), this, &MainWindow::showAbout);
}

void MainWindow::takeInquiry()
{
    if (isHidden())
        showNormal();
    NewInquiryDialog::take(m_context, this);
}

void MainWindow::changeMyPassword()
{
    PasswordDialog::askAndSet(this, m_context, m_user);
}

void MainWindow::showSection(Section section)
{
    if (m_navigation->item(section)->isHidden())
        return;
    m_navigation->setCurrentRow(section);
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(m_sections->currentIndex());
}

MainWindow::Section MainWindow::homeSection(UserRole role)
{
    switch (role) {
    case UserRole::Caller:
        return Calls;
    case UserRole::Closer:
        return Meetings;
    case UserRole::AccountManager:
        return Clients;
    case UserRole::Head:
    case UserRole::Collector:
        break;
    }
    return ColdBase;
}

void MainWindow::startReminders()
{
    m_reminders->start();
}

void MainWindow::cleanUnfinishedImports()
{
    if (m_context.db.isReadOnly())
        return;
    auto *cleanup = new UnfinishedImportCleanup(m_context.db.path(), this);
    connect(cleanup, &UnfinishedImportCleanup::removed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(cleanup, &UnfinishedImportCleanup::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("An unfinished import could not be removed: %1").arg(message));
    });
    cleanup->start();
}

void MainWindow::fillSearchIndex()
{
    if (m_searchIndex)
        return;
    m_searchIndex = new BackgroundSearchIndex(m_context.db, this);
    connect(m_searchIndex, &BackgroundSearchIndex::finished, this, [this](qint64, const QString &message) {
        if (!message.isEmpty())
            statusBar()->showMessage(tr("The search index could not be filled: %1").arg(message));
    });
    // An import here or on another desktop leaves companies waiting; the look whether any wait is one short read.
    connect(&m_context.db.changes(), &ChangeHub::changed, m_searchIndex, [this] { m_searchIndex->startIfPending(); });
    m_searchIndex->startIfPending();
}

void MainWindow::prepareHistoryForReports()
{
    if (m_historyBackfill)
        return;
    m_historyBackfill = new BackgroundFunnelBackfill(m_context.db, this);
    connect(m_historyBackfill, &BackgroundFunnelBackfill::progressed, m_reports, &ReportsView::showHistoryPreparation);
    connect(m_historyBackfill, &BackgroundFunnelBackfill::finished, this, [this](bool done, const QString &message) {
        if (done)
            m_reports->historyPrepared();
        else if (!message.isEmpty())
            statusBar()->showMessage(tr("The history could not be prepared for reports: %1").arg(message));
    });
    // A start the base refused for a moment (busy) is tried again at the next change; one look at settings.
    connect(&m_context.db.changes(), &ChangeHub::changed, m_historyBackfill,
            [this] { m_historyBackfill->startIfNeeded(); });
    m_historyBackfill->startIfNeeded();
}

bool MainWindow::newTaskFor(qint64 companyId)
{
    if (companyId == 0 || m_context.db.isReadOnly())
        return false;
    if (!NewTaskDialog::createFor(m_context, UserRepository(m_context).list(), companyId, this))
        return false;
    m_context.db.changes().announce(ChangeSet().addSomewhere(ChangeSet::Kind::Task), this);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (!m_quitting && m_reminders->keepsRunningInTray()) {
        // Reminders must fire while the window is closed: it goes to the tray; Quit ends Voronka.
        hide();
        event->ignore();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_reminders->trayIcon()->showMessage(
                tr("Voronka keeps running"),
                tr("Reminders still come up. To end Voronka, choose Quit in the File menu or the tray menu."));
        }
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::startDailyBackup()
{
    startBackup(BackgroundBackup::Kind::FirstToday);
}

void MainWindow::backUpNow()
{
    if (m_backup && m_backup->isRunning()) {
        statusBar()->showMessage(tr("A backup is being made already."));
        return;
    }
    startBackup(BackgroundBackup::Kind::Now);
    if (m_backup && m_backup->isRunning())
        statusBar()->showMessage(tr("Backing up the base…"));
}

void MainWindow::startBackup(BackgroundBackup::Kind kind)
{
    // Where the backups go and how many are kept are settings in the base: read here, on the connection's thread;
    // the worker copies with connections of its own.
    BackupPlace place;
    try {
        place = BackupService(m_context.db, m_context.clock).place();
    } catch (const StorageError &error) {
        backupFinished(BackgroundBackup::Result::Failed, error.message());
        return;
    }
    if (!m_backup) {
        m_backup = new BackgroundBackup(this);
        connect(m_backup, &BackgroundBackup::progressed, this, &MainWindow::showBackupProgress);
        connect(m_backup, &BackgroundBackup::finished, this, &MainWindow::backupFinished);
        m_backupProgress = new QProgressBar;
        m_backupProgress->setObjectName(QStringLiteral("backupProgress"));
        m_backupProgress->setRange(0, 100);
        m_backupProgress->setMaximumWidth(160);
        m_backupProgress->hide();
        statusBar()->addPermanentWidget(m_backupProgress);
    }
    m_backupKind = kind;
    // The first start of the day after a long break both backs up and sweeps a backlog of task rules: each of the
    // sweep's steps would make the copy start again, so the sweep waits for the backup.
    if (m_backup->start(kind, place, m_context.clock.nowUtc().toLocalTime())
        && kind == BackgroundBackup::Kind::FirstToday)
        m_reminders->holdSweep(true);
}

void MainWindow::showBackupProgress(qint64 done, qint64 total)
{
    if (m_backupProgress->isHidden()) {
        m_backupProgress->show();
        statusBar()->showMessage(tr("Backing up the base…"));
    }
    m_backupProgress->setValue(total > 0 ? int(done * 100 / total) : 0);
}

void MainWindow::backupFinished(BackgroundBackup::Result result, const QString &message)
{
    m_reminders->holdSweep(false);
    if (m_backupProgress)
        m_backupProgress->hide();
    switch (result) {
    case BackgroundBackup::Result::Made:
        statusBar()->showMessage(tr("Backed up to %1").arg(message));
        break;
    case BackgroundBackup::Result::NotNeeded:
    case BackgroundBackup::Result::Cancelled:
        statusBar()->clearMessage();
        break;
    case BackgroundBackup::Result::Failed:
        if (m_backupKind == BackgroundBackup::Kind::FirstToday) {
            // A failed daily backup must not keep anyone from working: it is said, and tried at the next start.
            statusBar()->showMessage(tr("The daily backup failed: %1").arg(message));
        } else {
            statusBar()->clearMessage();
            MessageBox::warning(this, tr("Back up"), message);
        }
        break;
    case BackgroundBackup::Result::Damaged:
        statusBar()->showMessage(tr("The backup found damage in the base; restore the latest good backup."));
        MessageBox::warning(this, tr("The base is damaged"), message);
        break;
    }
}

void MainWindow::chooseRestore()
{
    QList<BackupFile> backups;
    try {
        backups = BackupService(m_context.db, m_context.clock).list();
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("Restore from backup"), error.message());
        return;
    }
    QString chosen;
    if (!RestoreDialog::chooseBackup(this, backups, chosen))
        return;
    // The file can only be replaced once nothing in this process holds it: the start-up code does the swap after
    // the window is gone, then starts Voronka again on the restored base.
    m_restoreFrom = chosen;
    quit();
}

void MainWindow::quit()
{
    m_quitting = true;
    QApplication::closeAllWindows();
    QApplication::quit();
}

void MainWindow::openCompany(qint64 companyId)
{
    showSection(ColdBase);
    if (!m_coldBase->selectCompany(companyId))
        statusBar()->showMessage(tr("The cold base's search or stage filter hides this company."));
}

void MainWindow::openImportWizard()
{
    showSection(ColdBase);
    m_coldBase->openImportWizard();
}

void MainWindow::openImportHistory()
{
    auto *dialog = new ImportHistoryDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportCompanies()
{
    // Ctrl+E writes what is in view: in Reports, the report's tables.
    if (currentSection() == Reports) {
        m_reports->exportCsv();
        return;
    }
    const bool filtered = !(m_coldBase->model()->filter() == CompanyFilter{});
    const QString path = QFileDialog::getSaveFileName(
        this, filtered ? tr("Export the companies found") : tr("Export the cold base"),
        QDir::home().filePath(tr("companies") + QStringLiteral(".csv")), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void MainWindow::exportTo(const QString &path)
{
    if (m_exporting) {
        MessageBox::information(this, tr("Export"), tr("An export is running already; wait until it is done."));
        return;
    }
    if (!m_exportReader)
        m_exportReader = std::make_unique<BackgroundReader>(m_context.db.path(), m_context.db.viewer());
    m_exporting = true;
    statusBar()->showMessage(tr("Exporting to %1…").arg(path));
    const CompanyFilter filter = m_coldBase->model()->filter();
    const auto cancelled = m_exportCancelled;
    const auto deliver = [this, path](qint64 written, const QString &problem) {
        QMetaObject::invokeMethod(
            this, [this, path, written, problem] { finishExport(path, written, problem); }, Qt::QueuedConnection);
    };
    m_exportReader->post(
        [path, filter, cancelled, deliver](Database &db) {
            // A half-written file never takes the name: QSaveFile discards it unless committed.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                deliver(-1, file.errorString());
                return;
            }
            try {
                const qint64 written = CompanyExporter(db).write(&file, filter, QLatin1Char(';'),
                                                                 [cancelled] { return !cancelled->load(); });
                if (file.commit())
                    deliver(written, {});
                else
                    deliver(-1, file.errorString());
            } catch (const StorageError &error) {
                deliver(-1, error.message());
            } catch (const ImportError &error) {
                deliver(-1, error.message());
            }
        },
        [deliver](const StorageError &error) { deliver(-1, error.message()); });
}

void MainWindow::finishExport(const QString &path, qint64 written, const QString &problem)
{
    m_exporting = false;
    if (written < 0) {
        statusBar()->clearMessage();
        MessageBox::warning(this, tr("Not exported"), tr("%1 could not be written: %2").arg(path, problem));
    } else {
        statusBar()->showMessage(tr("Exported %1 companies to %2").arg(QLocale().toString(written), path));
    }
    emit exportFinished(written);
}

QString MainWindow::importableFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
            return path;
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_context.db.isReadOnly() && !importableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = importableFile(event->mimeData());
    if (path.isEmpty() || m_context.db.isReadOnly())
        return;
    event->acceptProposedAction();
    showSection(ColdBase);
    m_coldBase->openImportWizard(path);
}

void MainWindow::openAnotherBase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Voronka base"), QString(),
                                                      tr("Voronka bases (*.sqlite *.voronka *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    // Each base gets its own window and process, so the open one is never left half-switched.
    if (!QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--db"), path}))
        MessageBox::warning(this, tr("Cannot open"), tr("Voronka could not be started for %1.").arg(path));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Voronka"),
                       tr("<h3>Voronka %1</h3><p>A desktop CRM for B2B sales teams that work as a conveyor: "
                          "cold base, calls, meetings, deals, client department.</p>"
                          "<p>Licensed under the GNU GPL version 3 or later.</p>")
                           .arg(QStringLiteral(VORONKA_VERSION)));
}

} // namespace voronka
