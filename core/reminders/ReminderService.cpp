#include "ReminderService.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/Timestamps.h"
#include "storage/WriteTransaction.h"

#include <algorithm>

namespace voronka {

ReminderService::ReminderService(DataContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_reminderTimer.setSingleShot(true);
    // A coarse timer may be 5% late: three minutes on an hour.
    m_reminderTimer.setTimerType(Qt::PreciseTimer);
    m_watchTimer.setInterval(watchIntervalMs);
    connect(&m_reminderTimer, &QTimer::timeout, this, &ReminderService::checkNow);
    connect(&m_watchTimer, &QTimer::timeout, this, &ReminderService::checkExternalChanges);
}

ReminderService::~ReminderService()
{
    stop();
}

QString ReminderService::lastSeenKey() const
{
    return QStringLiteral("reminders/last_seen/%1").arg(m_context.userId);
}

QDateTime ReminderService::lastSeenAt() const
{
    return fromStoredTime(SettingsRepository(m_context.db).value(lastSeenKey()));
}

void ReminderService::noteSeen(bool force)
{
    if (m_context.db.isReadOnly())
        return;
    const QDateTime now = m_context.clock.nowUtc();
    if (!force && m_lastSeenWritten.isValid() && m_lastSeenWritten.msecsTo(now) < lastSeenIntervalMs
        && now >= m_lastSeenWritten)
        return;
    SettingsRepository(m_context.db).setValue(lastSeenKey(), toStoredTime(now).toString());
    m_lastSeenWritten = now;
}

void ReminderService::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_reminderTimer.stop();
    m_watchTimer.stop();
    try {
        noteSeen(true);
    } catch (const StorageError &) {
        // Closing with the base locked: the last heartbeat (a few minutes old at most) stands.
    }
}

template<typename Check>
void ReminderService::guarded(Check check)
{
    try {
        check();
        m_failing = false;
    } catch (const StorageError &error) {
        if (!m_failing)
            emit checkFailed(error.message());
        m_failing = true;
    }
}

template<typename Then>
void ReminderService::raiseAfter(const Taken &taken, Then then)
{
    try {
        then();
    } catch (const StorageError &) {
        emitTaken(taken); // marked already: raised whatever fails after
        throw;
    }
    emitTaken(taken);
}

void ReminderService::start()
{
    if (m_started)
        return;
    m_started = true;
    m_watchTimer.start();
    guarded([this] {
        m_dataVersion = m_context.db.dataVersion();
        const QDateTime startedAt = m_context.clock.nowUtc();
        // Due by the last time Voronka ran for this user: it came while the app was open (and was due then), so it
        // is due now, not "missed while away".
        m_missedAfter = lastSeenAt();
        m_missedBefore = startedAt;
        Taken taken;
        try {
            taken = takeDue(startedAt);
        } catch (const StorageError &) {
            // The start could not take them (the base is locked): they come at the next check, as due.
            m_missedBefore = {};
            throw;
        }
        raiseAfter(taken, [this] {
            noteSeen(true);
            arm();
            m_ownChanges = m_context.db.ownChanges();
        });
    });
}

void ReminderService::setBounds(int listed, int markedEachCheck)
{
    m_listedAtMost = std::max(0, listed);
    m_markedPerCheck = std::max(1, markedEachCheck);
}

int ReminderService::armedIntervalMs() const
{
    return m_reminderTimer.isActive() ? m_reminderTimer.interval() : -1;
}

void ReminderService::snooze(qint64 taskId, const QDateTime &untilUtc)
{
    TaskRepository tasks(m_context);
    Task task = tasks.find(taskId).value_or(Task{});
    tasks.snooze(task, untilUtc);
    m_raisedReadOnly.remove({taskId, task.remindAt()});
    tasksChanged();
}

void ReminderService::done(qint64 taskId)
{
    TaskRepository tasks(m_context);
    Task task = tasks.find(taskId).value_or(Task{});
    tasks.complete(task);
    tasksChanged();
}

void ReminderService::tasksChanged()
{
    if (!m_started)
        return;
    guarded([this] {
        // Our own commits leave data_version as it is; whatever others did is read now anyway.
        m_dataVersion = m_context.db.dataVersion();
        raiseDue();
        m_ownChanges = m_context.db.ownChanges();
    });
}

void ReminderService::checkNow()
{
    if (m_started)
        guarded([this] {
            raiseDue();
            noteSeen(false);
        });
}

void ReminderService::checkExternalChanges()
{
    if (!m_started)
        return;
    guarded([this] {
        // A colleague's write step may hold the file for most of a second: the watch does not wait for it on the
        // window's thread. Skipping loses nothing: the next check, a few seconds later, sees that commit.
        const std::optional<qint64> version = m_context.db.dataVersionWithoutWaiting();
        if (!version)
            return;
        const bool changed = *version != m_dataVersion;
        m_dataVersion = *version;
        const bool wroteHere = m_context.db.ownChanges() != m_ownChanges;
        // After a failed check the reminders are taken again, whatever changed.
        if (changed || wroteHere || m_failing
            || (m_nextReminderAt.isValid() && m_nextReminderAt <= m_context.clock.nowUtc()))
            raiseDue();
        else
            arm(); // the clock may have been set back: the interval is measured again
        noteSeen(false);
        // The service's own writes (reminders marked, the last-seen time) count as seen.
        m_ownChanges = m_context.db.ownChanges();
        if (changed)
            emit changedElsewhere();
        if (wroteHere)
            emit changedHere();
    });
}

void ReminderService::raiseDue()
{
    // Armed at once while a backlog is left: the next check takes the next part of it.
    raiseAfter(takeDue(m_context.clock.nowUtc()), [this] { arm(); });
}

void ReminderService::emitTaken(const Taken &taken)
{
    if (taken.missed.marked() > 0)
        emit missed(taken.missed.listed, taken.missed.notListed);
    if (taken.due.marked() > 0)
        emit due(taken.due.listed, taken.due.notListed);
}

bool ReminderService::isMissed(const QDateTime &remindAt) const
{
    return m_missedBefore.isValid() && remindAt < m_missedBefore
        && (!m_missedAfter.isValid() || remindAt > m_missedAfter);
}

ReminderService::Taken ReminderService::takeDue(const QDateTime &now)
{
    if (m_context.db.isReadOnly())
        return takeDueReadOnly(now);
    TaskRepository tasks(m_context);
    Taken taken;
    // Nothing due, no write lock: the checks run every few seconds on the window's thread, and BEGIN IMMEDIATE would
    // wait there for every step of a colleague's import or undo (up to a second each) while a read goes on.
    const QDateTime next = tasks.nextReminderAt(m_context.userId);
    if (!next.isValid() || next > now) {
        m_missedBefore = {}; // nothing due, none of the start's missed ones left either
        return taken;
    }
    // One transaction for both takes: the missed ones are not marked unless the due ones can be (and all raised).
    WriteTransaction transaction(m_context.db);
    int left = m_markedPerCheck;
    if (m_missedBefore.isValid()) {
        // Stored times have milliseconds: "after the last-seen time" is from a millisecond later.
        taken.missed
            = tasks.takeDueReminders(m_context.userId, now, m_listedAtMost, left,
                                     m_missedAfter.isValid() ? m_missedAfter.addMSecs(1) : QDateTime(), m_missedBefore);
        left -= taken.missed.marked();
    }
    if (left > 0)
        taken.due = tasks.takeDueReminders(m_context.userId, now, m_listedAtMost, left);
    transaction.commit();
    // Every missed one is raised once a check has room left; what else comes in that window came due meanwhile.
    if (left > 0)
        m_missedBefore = {};
    return taken;
}

ReminderService::Taken ReminderService::takeDueReadOnly(const QDateTime &now)
{
    // Nothing can be marked: the raised ones are remembered (a read-only base has no backlog to spread either).
    QList<Task> came = TaskRepository(m_context).listDueReminders(m_context.userId, now);
    came.removeIf([this](const Task &task) { return m_raisedReadOnly.contains({task.id, task.remindAt()}); });
    Taken taken;
    for (const Task &task : std::as_const(came)) {
        m_raisedReadOnly.insert({task.id, task.remindAt()});
        DueReminders &into = isMissed(task.remindAt()) ? taken.missed : taken.due;
        if (into.listed.size() < m_listedAtMost)
            into.listed.append(task);
        else
            ++into.notListed;
    }
    m_missedBefore = {};
    return taken;
}

void ReminderService::arm()
{
    const QDateTime now = m_context.clock.nowUtc();
    // Raised reminders stay unmarked in a read-only base, and all that have come by now were raised: the next one
    // is the first after now.
    m_nextReminderAt
        = TaskRepository(m_context).nextReminderAt(m_context.userId, m_context.db.isReadOnly() ? now : QDateTime());
    if (!m_nextReminderAt.isValid()) {
        m_reminderTimer.stop();
        return;
    }
    const qint64 untilNext = now.msecsTo(m_nextReminderAt);
    m_reminderTimer.start(int(std::clamp<qint64>(untilNext, 0, maxTimerIntervalMs)));
}

} // namespace voronka
