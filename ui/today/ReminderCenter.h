#pragma once

#include "domain/Task.h"
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

class ReminderPopup;
class ReminderService;

// Everything that makes a promised call impossible to forget, for the window: the reminder service of the user,
// the popup that stacks what is due (and, at start, what was missed while Voronka was closed), the tray icon with
// its notification, and the daily sweep of the task rules (reactivation, VIP visits). While reminders keep running
// in the tray, closing the main window hides it instead of quitting. It follows the tasks written in the window
// through the base's ChangeHub, and announces the ones it writes there.
class ReminderCenter : public QObject
{
    Q_OBJECT

public:
    ReminderCenter(DataContext context, QWidget *window);
    ~ReminderCenter() override;

    // Sweeps the task rules, then starts the service (which raises the missed reminders first).
    void start();

    ReminderService *service() const { return m_service; }
    ReminderPopup *popup() const { return m_popup.get(); }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The "keep running in the tray" switch, for a menu.
    QAction *keepInTrayAction() const { return m_keepInTray; }
    // Whether closing the main window should only hide it: a tray to come back from, and the user wants it.
    bool keepsRunningInTray() const;

public slots:
    // Tasks were written in the window: the popup's list and the service's next reminder are read again.
    void tasksChanged();

signals:
    // The user asked to see a company from a reminder: the window shows itself and the company.
    void companyActivated(qint64 companyId);
    void quitRequested();
    // Something the user should know without being interrupted (the base was locked for a reminder check).
    void statusMessage(const QString &text);

private:
    void raise(const QList<Task> &tasks, bool missed);
    void sweepRulesOncePerDay();
    void showWindow();

    DataContext m_context;
    QWidget *m_window = nullptr;
    ReminderService *m_service = nullptr;
    // No parent: the popup must show while the main window is minimised or hidden in the tray.
    std::unique_ptr<ReminderPopup> m_popup;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_keepInTray = nullptr;
    QTimer m_dailySweep;
    QDate m_lastSweep;
};

} // namespace voronka
