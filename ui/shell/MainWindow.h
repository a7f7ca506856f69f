#pragma once

#include "BackgroundBackup.h"
#include "domain/User.h"
#include "storage/DataContext.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

class QListWidget;
class QProgressBar;
class QMimeData;
class QSettings;
class QStackedWidget;

namespace voronka {

class BackgroundFunnelBackfill;
class BackgroundReader;
class BackgroundSearchIndex;
class CallModeView;
class ClientsView;
class ColdBaseView;
class MeetingsView;
class PipelineBoard;
class ReportsView;
class ReminderCenter;
class TeamView;
class TodayView;

// The main window: navigation on the left (Today, Cold base, Calls, ...), the chosen section on the right, the menus,
// and opening a company from any section. It does not say which section reads again after which change: each
// follows the base's ChangeHub (common/ChangeFollower).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Section { Today, ColdBase, Calls, Meetings, Deals, Clients, Reports, Team, SectionCount };

    MainWindow(DataContext context, const User &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    Section currentSection() const;
    // Where each role starts its day: a caller in call mode, a closer at the meetings, an account manager at the
    // clients, everyone else at the cold base.
    static Section homeSection(UserRole role);
    // The backup the user chose to restore before the window ended; empty when none.
    QString restoreRequested() const { return m_restoreFrom; }
    // The person signed out (File → Sign out): whoever starts Voronka next signs in again.
    bool signOutRequested() const { return m_signOut; }
    ColdBaseView *coldBaseView() const { return m_coldBase; }
    PipelineBoard *pipelineBoard() const { return m_board; }
    ClientsView *clientsView() const { return m_clients; }
    CallModeView *callModeView() const { return m_calls; }
    MeetingsView *meetingsView() const { return m_meetings; }
    ReportsView *reportsView() const { return m_reports; }
    TodayView *todayView() const { return m_today; }
    // The head's Team section; null for a person who is not shown it.
    TeamView *teamView() const { return m_team; }
    ReminderCenter *reminders() const { return m_reminders; }
    // Starts the reminders (the missed ones come up first); after the window is shown.
    void startReminders();
    // The backup of the first start of the day, on a worker after the window is shown: the status bar says while it
    // runs and when it ends, a failure stays there, and damage the backup's check finds comes up as a warning.
    void startDailyBackup();
    BackgroundBackup *backgroundBackup() const { return m_backup; }
    // Removes, on a worker thread, an import or undo a killed process left half-done; says so in the status bar.
    void cleanUnfinishedImports();
    // Fills the search index with what imports left waiting (BackgroundSearchIndex), now and whenever the base changed
    // and companies wait.
    void fillSearchIndex();
    BackgroundSearchIndex *searchIndexFill() const { return m_searchIndex; }
    // Prepares the history of a base upgraded from before schema step 20 for the reports (BackgroundFunnelBackfill),
    // the Reports section saying how far it is; again after a change when it could not start.
    void prepareHistoryForReports();
    BackgroundFunnelBackfill *historyBackfill() const { return m_historyBackfill; }
    // Asks for a new task for the company; true when one was created.
    bool newTaskFor(qint64 companyId);
    // Writes the companies the cold base shows (its search and stage filter) as CSV on a worker with its own
    // connection, so that the window goes on meanwhile (a million companies take a minute); then the status bar says
    // how many, or a message box why not, and exportFinished() tells the count. Closing the window cancels it and
    // leaves no file.
    void exportTo(const QString &path);
    bool isExporting() const { return m_exporting; }
    // The .csv or .txt file among dragged URLs, or an empty string.
    static QString importableFile(const QMimeData *data);
    // Puts the window and its splitters where this user left them on this computer (within the screen), and keeps
    // them in the same settings when the window closes. The settings must outlive the window.
    void restoreLayout(QSettings *settings);
    void saveLayout();

public slots:
    void openImportWizard();
    void openImportHistory();
    // New inquiry (Ctrl+Shift+N, also from the tray): a person called or wrote.
    void takeInquiry();
    void exportCompanies();
    // Shows the company in the cold base, where its card can be edited.
    void openCompany(qint64 companyId);
    // Ends Voronka, also when reminders keep it running in the tray.
    void quit();
    // Makes a backup on a worker, with its progress in the status bar.
    void backUpNow();
    // Asks which backup to restore; when one is chosen, ends the window so that it can be put in place.
    void chooseRestore();
    // Lets the person at the window set their own password.
    void changeMyPassword();

signals:
    // An export is done: the companies written, -1 when it failed or was cancelled.
    void exportFinished(qint64 written);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void openAnotherBase();
    void showAbout();
    void startBackup(BackgroundBackup::Kind kind);
    void showBackupProgress(qint64 done, qint64 total);
    void backupFinished(BackgroundBackup::Result result, const QString &message);
    void finishExport(const QString &path, qint64 written, const QString &problem);

    DataContext m_context;
    User m_user;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_sections = nullptr;
    ColdBaseView *m_coldBase = nullptr;
    PipelineBoard *m_board = nullptr;
    ClientsView *m_clients = nullptr;
    CallModeView *m_calls = nullptr;
    MeetingsView *m_meetings = nullptr;
    TodayView *m_today = nullptr;
    ReportsView *m_reports = nullptr;
    TeamView *m_team = nullptr;
    ReminderCenter *m_reminders = nullptr;
    bool m_quitting = false;
    QString m_restoreFrom;
    bool m_signOut = false;
    bool m_toldAboutTray = false;
    QSettings *m_layoutSettings = nullptr;
    BackgroundBackup *m_backup = nullptr;
    BackgroundSearchIndex *m_searchIndex = nullptr;
    BackgroundFunnelBackfill *m_historyBackfill = nullptr;
    BackgroundBackup::Kind m_backupKind = BackgroundBackup::Kind::Now;
    QProgressBar *m_backupProgress = nullptr;
    bool m_exporting = false;
    std::shared_ptr<std::atomic<bool>> m_exportCancelled = std::make_shared<std::atomic<bool>>(false);
    std::unique_ptr<BackgroundReader> m_exportReader; // last: destroyed (waiting for its worker) first
};

} // namespace voronka
