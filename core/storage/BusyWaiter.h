#pragma once

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <atomic>

namespace voronka {

// How often one connection found the base busy, and how long it waited at most.
struct BusyStatistics
{
    bool fair = false; // the connection polls with BusyWaiter; false: Qt's busy timeout (SQLite's default handler)
    qint64 waits = 0; // statements that found the file locked and waited (each counted once)
    qint64 polls = 0; // lock attempts made while waiting
    qint64 longestWaitMs = 0; // the longest of those waits
};

// The busy handler of Voronka's connections. SQLite's default handler (what QSQLITE_BUSY_TIMEOUT installs) sleeps
// longer and longer between attempts, up to 100 ms, and keeps no queue: a waiting save misses the few milliseconds
// between the commits of a writer that commits often, and can starve for the whole timeout while the other commits
// thousands of times. Polling every 1–5 ms (jittered, so that two waiters do not poll in step) takes the lock within
// a few ms of the holder's commit; the total wait stays the configured timeout.
//
// One waiter belongs to one connection and is called on that connection's thread; statistics() may be read from any
// thread.
class BusyWaiter
{
public:
    explicit BusyWaiter(int timeoutMs);

    BusyWaiter(const BusyWaiter &) = delete;
    BusyWaiter &operator=(const BusyWaiter &) = delete;

    // Installs the handler on the open connection. False when its SQLite handle cannot be used (another SQLite
    // library than the one linked): the connection then keeps Qt's busy timeout. The waiter must outlive the
    // connection.
    bool install(const QSqlDatabase &connection);

    BusyStatistics statistics() const;

    // While false, a busy file fails the statement at once (SQLite's SQLITE_BUSY) instead of waiting: for a look
    // that can simply be made again later, on a thread that must not wait for another connection's commit.
    void setWaiting(bool waiting) { m_waitingAllowed = waiting; }

    // The pause before the next lock attempt, in ms (1–5).
    static constexpr int shortestPauseMs = 1;
    static constexpr int longestPauseMs = 5;

private:
    static int onBusy(void *waiter, int previousCalls);
    bool waitOnce(int previousCalls);
    void noteWaited();

    int m_timeoutMs;
    QRandomGenerator m_jitter;
    QElapsedTimer m_waiting;
    bool m_waitingAllowed = true;
    std::atomic<bool> m_fair{false};
    std::atomic<qint64> m_waits{0};
    std::atomic<qint64> m_polls{0};
    std::atomic<qint64> m_longestWaitMs{0};
};

} // namespace voronka
