#pragma once

#include "domain/Task.h"
#include "storage/DataContext.h"
#include "storage/TaskRepository.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace voronka {

// Raises the reminders of one user's open tasks (DataContext::userId): each task once, when its reminder time
// (Task::remindAt) comes, whether the app was open, minimised or closed then.
//
// It reads the next reminder time with one indexed query and arms a single timer for it; the table is never
// polled. The timer interval is capped, and a cheap check every few seconds compares the clock with the armed
// time (a wall clock set forwards or backwards) and reads PRAGMA data_version (another process or desktop
// changed the file), re-arming when either moved. A reminder is marked shown in the base when it is raised, so
// neither a restart nor a second desktop of the same user raises it again.
//
// "Missed while you were away" means what came due while Voronka was closed for this user. The service keeps the
// user's last-seen time in the base (settings reminders/last_seen/<user id>): written at start, at most every
// lastSeenIntervalMs on its checks (a rare write, so other desktops are not made to refresh by it) and when it is
// stopped. At start, a reminder that came due before that time came while Voronka ran and is raised as due, not as
// missed; without a last-seen time (the first start) everything before the start counts as missed.
//
// A sweep of the task rules can make tens of thousands of reminders come due at once, and the checks run on the
// window's thread: a check marks at most markedPerCheck of them (earliest first; a few milliseconds and a short
// commit even on a 1M base) and reads whole only the first listedAtMost of those, counting the rest. What is left
// comes at the next check, armed at once, so a big backlog is raised over a few turns of the event loop, and every
// reminder raised is marked in the same transaction (never raised twice, never lost by a crash in between). The
// ones of the start that came while Voronka was closed stay "missed" however many checks they take.
class ReminderService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxTimerIntervalMs = 60 * 60 * 1000;
    static constexpr int watchIntervalMs = 3000;
    static constexpr int lastSeenIntervalMs = 5 * 60 * 1000;
    // No one reads more than this many reminders in a popup; the others are counted (and listed in Today).
    static constexpr int listedAtMost = 100;
    // 5,000 marks take about 7 ms and a 20 ms commit on the 1M bench base (50,000 at once: about 80 ms).
    static constexpr int markedPerCheck = 5000;

    explicit ReminderService(DataContext context, QObject *parent = nullptr);
    // Stops (writes the last-seen time).
    ~ReminderService() override;

    // Raises missed (once) and due for what has come by now, then arms the timers. Connect the signals first.
    // Like the slots below it never throws: a base it cannot read or write (locked, gone) raises checkFailed,
    // and the next check every few seconds tries again.
    void start();
    bool isStarted() const { return m_started; }
    // Voronka is closing for this user: the timers stop and the last-seen time is written (quietly: nothing can
    // be told at quit). start() may be called again afterwards.
    void stop();
    // The user's last-seen time as stored (UTC); invalid before the first start.
    QDateTime lastSeenAt() const;

    // The next reminder time not raised yet (UTC); invalid when the user has none.
    QDateTime nextReminderAt() const { return m_nextReminderAt; }
    // What the reminder timer is armed for, in ms; -1 when it is not armed.
    int armedIntervalMs() const;

    // Other bounds than listedAtMost and markedPerCheck (for tests: a backlog of a few checks without 5,000 tasks).
    void setBounds(int listed, int markedEachCheck);

    // Puts a task's reminder off until untilUtc (it is raised again then) / marks it done; re-arms.
    // Both read the task afresh; throw StorageError (NotFound, InvalidData for a closed task or a bad time).
    void snooze(qint64 taskId, const QDateTime &untilUtc);
    void done(qint64 taskId);

public slots:
    // The UI changed tasks itself (created, rescheduled, closed): read the next reminder time again.
    void tasksChanged();
    // What the reminder timer calls: raises due with every reminder that has come, then re-arms.
    void checkNow();
    // What the watch timer calls: re-arms when another connection changed the file or this app wrote to it
    // (a callback made in call mode, a task closed by a funnel move: no window has to tell the service), raises
    // what has come when the clock passed the armed time.
    void checkExternalChanges();

signals:
    // Reminders that came while the app ran, each raised once: the earliest (listedAtMost at most) whole, and how
    // many more this check raised. A backlog beyond markedPerCheck comes in several emissions, one per check.
    void due(const QList<voronka::Task> &tasks, int notListed);
    // Reminders that came while the app was closed (before start), the same way: at start, and at the checks right
    // after it while a backlog of them lasts.
    void missed(const QList<voronka::Task> &tasks, int notListed);
    // Another process or desktop changed the file: lists of tasks on screen may be stale.
    void changedElsewhere();
    // This app wrote to the file since the last check (any window): reminders on screen may have been closed.
    void changedHere();
    // A check could not read or mark the reminders (the base is locked or gone): the StorageError's message.
    // Raised once until a check succeeds again.
    void checkFailed(const QString &message);

private:
    // Runs a check, turning a StorageError into checkFailed: these run from timers, where nothing may throw.
    template<typename Check>
    void guarded(Check check);
    struct Taken
    {
        DueReminders missed;
        DueReminders due;
    };
    void raiseDue();
    // Marks (or, read-only, remembers) and returns what has come by now, within the bounds; the missed ones apart.
    Taken takeDue(const QDateTime &now);
    Taken takeDueReadOnly(const QDateTime &now);
    // Whether a reminder at that time came while Voronka was closed (in the start's missed window).
    bool isMissed(const QDateTime &remindAt) const;
    void emitTaken(const Taken &taken);
    // Runs then() (what follows a take: arming the timer, noting the time seen), then raises what was taken; the
    // taken reminders are marked already, so they are raised even when then() fails (and its error goes on).
    template<typename Then>
    void raiseAfter(const Taken &taken, Then then);
    void arm();
    // Writes now as the user's last-seen time when force or when lastSeenIntervalMs has passed since the last write.
    void noteSeen(bool force);
    QString lastSeenKey() const;

    DataContext m_context;
    QTimer m_reminderTimer;
    QTimer m_watchTimer;
    QDateTime m_nextReminderAt;
    qint64 m_dataVersion = 0;
    qint64 m_ownChanges = 0; // Database::ownChanges() when last looked at
    QDateTime m_lastSeenWritten; // invalid: not written by this service yet
    // The start's missed window, (m_missedAfter, m_missedBefore): what came while Voronka was closed. It lasts
    // until every reminder in it is raised; m_missedAfter is invalid on the first start (no last-seen time).
    QDateTime m_missedAfter;
    QDateTime m_missedBefore;
    int m_listedAtMost = listedAtMost;
    int m_markedPerCheck = markedPerCheck;
    bool m_started = false;
    bool m_failing = false;
    // In a read-only base nothing can be marked: the reminders raised are remembered here (id and time).
    QSet<QPair<qint64, QDateTime>> m_raisedReadOnly;
};

} // namespace voronka
