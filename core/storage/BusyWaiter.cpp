#include "BusyWaiter.h"

#include "SqliteHandle.h"

#include <QThread>

#include <sqlite3.h>

namespace voronka {

BusyWaiter::BusyWaiter(int timeoutMs)
    : m_timeoutMs(timeoutMs)
    , m_jitter(QRandomGenerator::global()->generate())
{
}

bool BusyWaiter::install(const QSqlDatabase &connection)
{
    sqlite3 *handle = sqliteHandleOf(connection);
    if (!handle)
        return false;
    // Replaces the handler sqlite3_busy_timeout() installed for Qt; the timeout is kept here instead.
    if (sqlite3_busy_handler(handle, &BusyWaiter::onBusy, this) != SQLITE_OK)
        return false;
    m_fair = true;
    return true;
}

BusyStatistics BusyWaiter::statistics() const
{
    BusyStatistics statistics;
    statistics.fair = m_fair;
    statistics.waits = m_waits;
    statistics.polls = m_polls;
    statistics.longestWaitMs = m_longestWaitMs;
    return statistics;
}

int BusyWaiter::onBusy(void *waiter, int previousCalls)
{
    return static_cast<BusyWaiter *>(waiter)->waitOnce(previousCalls) ? 1 : 0;
}

bool BusyWaiter::waitOnce(int previousCalls)
{
    if (!m_waitingAllowed)
        return false; // not a wait: nothing to count
    // SQLite counts the calls of one wait from 0; a new wait starts the clock again.
    if (previousCalls == 0) {
        ++m_waits;
        m_waiting.start();
    }
    noteWaited();
    if (m_waiting.elapsed() >= m_timeoutMs)
        return false; // SQLite returns SQLITE_BUSY: the caller's StorageError::Locked
    ++m_polls;
    QThread::msleep(m_jitter.bounded(shortestPauseMs, longestPauseMs + 1));
    // The lock may be taken right after this pause, with no further call: the wait counts up to here.
    noteWaited();
    return true;
}

void BusyWaiter::noteWaited()
{
    const qint64 waited = m_waiting.elapsed();
    qint64 longest = m_longestWaitMs;
    while (waited > longest && !m_longestWaitMs.compare_exchange_weak(longest, waited)) { }
}

} // namespace voronka
