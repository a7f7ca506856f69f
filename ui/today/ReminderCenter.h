#pragma once

#include "domain/Task.h"
#include "reminders/TaskRules.h"
#include "storage/DataContext.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QAction;
class QSystemTrayIcon;
class QWidget;

namespace voronka {

class BackgroundTaskSweep;
class ReminderPopup;
class ReminderService;

// Everything that makes a promised call impossible to forget, for the window: the reminder service of the user,
// the popup that stacks what is due (and, at start, what was missed while Voronka was closed), the tray icon with
// its notification, and the daily sweep of the task rules (reactivation, VIP visits), which runs on a worker thread
// with its own connection (BackgroundTaskSweep). While reminders keep running in the tray, closing the main window
// hides it instead of quitting. It follows the tasks written in the window through the base's ChangeHub, and
// announces there the ones its sweep made.
class ReminderCenter : public QObject
{
    Q_OBJECT

public:
    ReminderCenter(DataContext context, QWidget *window);
    ~ReminderCenter() override;

    // Starts the service (which raises the missed reminders first) and the day's sweep of the task rules in the
    // background; the tasks the sweep makes come up as due when it ends.
    void start();

    ReminderService *service() const { return m_service; }
    ReminderPopup *popup() const { return m_popup.get(); }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The "keep running in the tray" switch, for a menu.
    QAction *keepInTrayAction() const { return m_keepInTray; }
    // Whether closing the main window should only hide it: a tray to come back from, and the user wants it.
    bool keepsRunningInTray() const;

    // Whether a sweep of the task rules is under way.
    bool isSweeping() const;
    // What the last sweep that ended well made, and its longest step.
    const TaskRulesReport &lastSweepReport() const { return m_lastSweepReport; }

public slots:
    // Tasks were written in the window: the popup's list and the service's next reminder are read again.
    void tasksChanged();
    // What the hourly check calls: starts the sweep of the task rules unless today's is done, one is running, or it
    // is held.
    void sweepRulesOncePerDay();
    // Holds the sweep back while something that a sweep's writes would disturb runs (the daily backup, whose copy
    // starts again after every commit of another connection); letting go sweeps at once if it is due.
    void holdSweep(bool held);

signals:
    // The user asked to see a company from a reminder: the window shows itself and the company.
    void companyActivated(qint64 companyId);
    // The user asked for the reminders the popup does not list: the window shows itself and its Today section.
    void todayRequested();
    void quitRequested();
    // Something the user should know without being interrupted (the base was locked for a reminder check).
    void statusMessage(const QString &text);
    // A sweep of the task rules ended (its tasks are announced and raised); failed: the base could not be swept,
    // and the next hourly check tries again.
    void sweepFinished(int reactivations, int vipVisits);
    void sweepFailed(const QString &message);

private:
    // What the tray is to say once a backlog of reminders is raised: how many came, and the one when it is one.
    struct Notice
    {
        int count = 0;
        Task single;
    };
    void raise(const QList<Task> &tasks, int notListed, bool missed);
    // The sweep's tasks (some, even when it failed part-way) are read again by the service and the views.
    void sweepEnded();
    void showWindow();

    DataContext m_context;
    QWidget *m_window = nullptr;
    ReminderService *m_service = nullptr;
    // No parent: the popup must show while the main window is minimised or hidden in the tray.
    std::unique_ptr<ReminderPopup> m_popup;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_keepInTray = nullptr;
    QTimer m_dailySweep;
    BackgroundTaskSweep *m_sweep = nullptr;
    QDate m_lastSweep; // the local day of the last sweep that ended well
    QDate m_sweepDay; // the local day the running sweep is for
    bool m_sweepHeld = false;
    TaskRulesReport m_lastSweepReport;
    Notice m_dueNotice;
    Notice m_missedNotice;
};

} // namespace voronka
