#pragma once

#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace voronka {

// Runs one long job at a time on a thread of its own, for the window's jobs on its base (a backup, the task-rule
// sweep, filling the search index, removing an unfinished import), each with a connection it opens on that thread
// (a QSqlDatabase connection belongs to the thread that opened it). The job is asked whether it should stop, and
// reports back with a queued QMetaObject::invokeMethod on its owner, which runs on the owner's thread and is dropped
// once the owner is gone. Going away asks the job to stop and waits for it.
class WorkerThread
{
public:
    using Stopped = std::function<bool()>;
    using Job = std::function<void(const Stopped &stopped)>;

    explicit WorkerThread(QString name);
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // Starts job unless one is running (then false).
    bool start(Job job);
    // The job is at work: started, and not yet past reportFinished() (or its end).
    bool isRunning() const;
    // Called by the job (on its thread) just before it posts its result to the owner: from then on the job is done
    // but for returning, so an owner that starts the next job on that result waits for the thread's last instructions
    // instead of finding it still running and refusing.
    void reportFinished();
    // Asks the running job to stop (its stopped() turns true) and waits for it to end.
    void stop();
    // Waits for the job to end without asking it to stop.
    void wait();

private:
    QString m_name;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_stop;
    std::atomic_bool m_finished{true};
};

// A test seam of a kind of job: a test sets a gate that every job of that kind passes on its worker before it starts,
// to see where the job runs or to hold it while the test drives the window; the gate is given the job's stopped().
class WorkerTestGate
{
public:
    using Gate = std::function<void(const WorkerThread::Stopped &stopped)>;

    void set(Gate gate);
    void pass(const WorkerThread::Stopped &stopped) const;

private:
    mutable QMutex m_mutex;
    Gate m_gate;
};

} // namespace voronka
