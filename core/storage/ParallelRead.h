#pragma once

#include <QThread>

#include <exception>
#include <functional>
#include <memory>

namespace voronka {

class Database;

// A read run on its own thread and its own read-only connection to the caller's base (with the caller's viewer), while
// the caller's thread goes on with another: a report that reads two periods of a million rows each reads them at the
// same time on two cores. It runs on the caller's own connection after all, when wait() is called, where a second
// connection would see otherwise (the caller's open transaction, whose changes no other connection sees) or gain
// nothing (a single core).
// The read's exception, if any, is thrown by wait(); the destructor waits for a read still running and drops what it
// threw (the caller is already leaving through an exception of its own).
class ParallelRead
{
public:
    using Read = std::function<void(Database &)>;

    ParallelRead(Database &db, Read read);
    ~ParallelRead();
    ParallelRead(const ParallelRead &) = delete;
    ParallelRead &operator=(const ParallelRead &) = delete;

    // Waits for the read to finish (or runs it, when it runs on the caller's connection); throws what it threw.
    void wait();
    // Whether the read runs on a second connection (for tests).
    bool isParallel() const { return m_thread != nullptr; }

    // Called on the read's thread with each second connection, before the read: the reports bench traces the
    // statements run there too. Set before any read starts; empty by default.
    static void setOpenedHook(std::function<void(Database &)> hook);

private:
    Database &m_db;
    Read m_read;
    std::unique_ptr<QThread> m_thread;
    std::exception_ptr m_failure;
    bool m_waited = false;
};

} // namespace voronka
