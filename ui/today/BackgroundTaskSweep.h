#pragma once

#include "common/WorkerThread.h"
#include "reminders/TaskRules.h"

#include <QObject>
#include <QString>

namespace voronka {

class Clock;

// Sweeps the task rules (TaskRules) on a worker thread with a connection of its own, so that the first start of a
// day after a long break, with thousands of tasks to make, neither freezes the window nor keeps colleagues from
// saving (the sweep writes in short steps). Signals arrive on the thread that owns this object. Going away stops
// the sweep between two steps and waits for the worker: what it made so far stays, the next sweep makes the rest.
class BackgroundTaskSweep : public QObject
{
    Q_OBJECT

public:
    // The clock is read on the worker thread: it must outlive this object and be safe to read from another thread
    // (the system clock is; a test's clock must not be moved while a sweep runs).
    BackgroundTaskSweep(QString databasePath, const Clock &clock, qint64 userId, QObject *parent = nullptr);
    ~BackgroundTaskSweep() override;

    // Starts a sweep unless one is running (then false).
    bool start();
    bool isRunning() const;
    // Stops the running sweep at its next step and waits for the worker (a step: a fraction of a second).
    void stop();

    // Test seam: called on the worker before the sweep opens its connection, so a test can see where it runs or
    // hold it while it drives the window; the gate is given the question whether the sweep was stopped meanwhile.
    static void setGateForTest(WorkerTestGate::Gate gate);

signals:
    // The sweep ended: what it made, in how many steps.
    void finished(const voronka::TaskRulesReport &report);
    // The base could not be swept (locked by a colleague's long write, gone): the StorageError's message.
    void failed(const QString &message);

private:
    QString m_databasePath;
    const Clock &m_clock;
    qint64 m_userId = 0;
    WorkerThread m_worker{QStringLiteral("taskRuleSweep")};
};

} // namespace voronka
