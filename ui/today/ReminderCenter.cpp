#include "ReminderCenter.h"

#include "BackgroundTaskSweep.h"
#include "ReminderPopup.h"
#include "domain/Clock.h"
#include "reminders/ReminderService.h"
#include "storage/ChangeHub.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TaskListQuery.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

#include <algorithm>

namespace voronka {

namespace {
const QString keepInTrayKey = QStringLiteral("reminders/keep_in_tray");
// How often the day is checked for the rules' sweep; the sweep itself runs once a day.
constexpr int sweepCheckMs = 60 * 60 * 1000;
} // namespace

ReminderCenter::ReminderCenter(DataContext context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_service(new ReminderService(context, this))
    , m_popup(std::make_unique<ReminderPopup>(context))
{
    connect(m_service, &ReminderService::due, this,
            [this](const QList<Task> &tasks, int notListed) { raise(tasks, notListed, false); });
    connect(m_service, &ReminderService::missed, this,
            [this](const QList<Task> &tasks, int notListed) { raise(tasks, notListed, true); });
    // Quietly: it can come while the user is away, and the next check a few seconds later tries again.
    connect(m_service, &ReminderService::checkFailed, this, [this](const QString &message) {
        emit statusMessage(tr("Reminders could not be checked: %1").arg(message));
    });
    // A reminder whose task was closed meanwhile (here by a funnel move, or on another desktop) leaves the popup.
    connect(m_service, &ReminderService::changedHere, m_popup.get(), &ReminderPopup::dropClosed);
    connect(m_service, &ReminderService::changedElsewhere, m_popup.get(), &ReminderPopup::dropClosed);
    connect(m_popup.get(), &ReminderPopup::tasksChanged, this, [this] {
        m_service->tasksChanged();
        m_context.db.changes().announce(ChangeSet().addSomewhere(ChangeSet::Kind::Task), this);
    });
    // Tasks written in the window (a new one, a callback, a funnel move closing some) may come due sooner or be
    // gone. Another connection's commits are left to the service, which watches the file by itself.
    connect(&m_context.db.changes(), &ChangeHub::changed, this,
            [this](const ChangeSet &changes, const QObject *source) {
                if (source != this && !changes.isEverything() && changes.touches(ChangeSet::Kind::Task))
                    tasksChanged();
            });
    connect(m_popup.get(), &ReminderPopup::companyActivated, this, [this](qint64 companyId) {
        showWindow();
        emit companyActivated(companyId);
    });
    connect(m_popup.get(), &ReminderPopup::todayRequested, this, [this] {
        showWindow();
        emit todayRequested();
    });

    m_keepInTray = new QAction(tr("Keep running in the tray for reminders"), this);
    m_keepInTray->setObjectName(QStringLiteral("keepInTrayAction"));
    m_keepInTray->setCheckable(true);
    m_keepInTray->setChecked(QSettings().value(keepInTrayKey, true).toBool());
    connect(m_keepInTray, &QAction::toggled, this, [](bool on) { QSettings().setValue(keepInTrayKey, on); });
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        // Without a tray there is nothing to come back from: closing the window must end Voronka.
        m_keepInTray->setEnabled(false);
        m_keepInTray->setToolTip(tr("This desktop has no system tray."));
    }

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window->windowIcon().isNull() ? qApp->windowIcon() : window->windowIcon(), this);
        m_tray->setToolTip(tr("Voronka: reminders are on"));
        auto *menu = new QMenu(window);
        menu->addAction(tr("Show Voronka"), this, &ReminderCenter::showWindow);
        menu->addAction(m_keepInTray);
        menu->addSeparator();
        menu->addAction(tr("Quit"), this, &ReminderCenter::quitRequested);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_popup.get(), [this] {
            m_popup->show();
            m_popup->raise();
        });
        m_tray->show();
    }

    m_dailySweep.setInterval(sweepCheckMs);
    connect(&m_dailySweep, &QTimer::timeout, this, &ReminderCenter::sweepRulesOncePerDay);
    m_sweep = new BackgroundTaskSweep(context.db.path(), context.clock, context.userId, this);
    connect(m_sweep, &BackgroundTaskSweep::finished, this, [this](const TaskRulesReport &report) {
        m_lastSweep = m_sweepDay;
        m_lastSweepReport = report;
        if (report.reactivations + report.vipVisits > 0)
            sweepEnded();
        emit sweepFinished(report.reactivations, report.vipVisits);
    });
    // Locked by a colleague's long write, say: the next hourly check sweeps again.
    connect(m_sweep, &BackgroundTaskSweep::failed, this, [this](const QString &message) {
        sweepEnded();
        emit sweepFailed(message);
    });
}

ReminderCenter::~ReminderCenter()
{
    // Before the popup and the service go: the sweep stops at its next step, and its result is dropped.
    m_sweep->stop();
}

void ReminderCenter::start()
{
    m_service->start();
    sweepRulesOncePerDay();
    m_dailySweep.start();
}

bool ReminderCenter::isSweeping() const
{
    return m_sweep->isRunning();
}

bool ReminderCenter::keepsRunningInTray() const
{
    return m_tray && m_keepInTray->isChecked();
}

void ReminderCenter::tasksChanged()
{
    m_service->tasksChanged();
    m_popup->dropClosed();
}

void ReminderCenter::raise(const QList<Task> &tasks, int notListed, bool missed)
{
    if (tasks.isEmpty() && notListed <= 0)
        return;
    if (missed)
        m_popup->addMissedTasks(tasks, notListed);
    else
        m_popup->addTasks(tasks, notListed);
    if (!m_tray)
        return;
    Notice &notice = missed ? m_missedNotice : m_dueNotice;
    notice.count += int(tasks.size()) + std::max(0, notListed);
    if (notice.count == 1 && !tasks.isEmpty())
        notice.single = tasks.first();
    // A backlog comes over several checks in a row (the service arms the next at once): one notification with
    // the total when it is all raised, not one for each part.
    const QDateTime next = m_service->nextReminderAt();
    if (next.isValid() && next <= m_context.clock.nowUtc())
        return;
    for (Notice *pending : {&m_missedNotice, &m_dueNotice}) {
        if (pending->count == 0)
            continue;
        const QString title = pending == &m_missedNotice ? tr("Missed while you were away: %1").arg(pending->count)
                                                         : tr("Reminders due: %1").arg(pending->count);
        QString text;
        if (pending->count == 1) {
            try {
                const QList<TaskListRow> rows = TaskListQuery(m_context).rowsOf({pending->single});
                if (!rows.isEmpty())
                    text = rows.first().companyName + QStringLiteral(": ") + rows.first().task.note;
            } catch (const StorageError &) {
                // The popup says it all; the notification only points to it.
            }
        }
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
        *pending = Notice{};
    }
}

void ReminderCenter::sweepRulesOncePerDay()
{
    const QDate today = m_context.clock.nowUtc().toLocalTime().date();
    if (m_lastSweep == today || m_context.db.isReadOnly() || m_sweep->isRunning() || m_sweepHeld)
        return;
    m_sweepDay = today;
    m_sweep->start();
}

void ReminderCenter::holdSweep(bool held)
{
    m_sweepHeld = held;
    if (!held && m_dailySweep.isActive())
        sweepRulesOncePerDay();
}

void ReminderCenter::sweepEnded()
{
    // Written through another connection: the service would see it at its next watch check, the views when the
    // DatabaseWatcher polls; both are told at once instead.
    m_service->tasksChanged();
    m_context.db.changes().announce(ChangeSet().addSomewhere(ChangeSet::Kind::Task), this);
}

void ReminderCenter::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace voronka
