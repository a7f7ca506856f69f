#pragma once

#include <QElapsedTimer>

#include <functional>

namespace voronka {

class Database;

// How a long write (an import, its undo) is cut into short transactions, so that the lock on a shared file is
// never held for long: a step ends after about stepMs of writing, then a pause lets the writers that waited in
// the busy handler take the lock before the next step starts.
struct StepPacing
{
    int stepMs = 250;
    bool letWaitersIn = true; // tests of the steps alone leave it out
};

// Runs a long write as a series of short transactions.
class WriteSteps
{
public:
    WriteSteps(Database &db, StepPacing pacing = {});

    // Calls chunk(limit) in one WriteTransaction after another until it returns fewer than limit (done); limit
    // grows or shrinks so that each step takes about pacing.stepMs. inEachStep runs inside every step's
    // transaction after the chunk (a heartbeat). Returns the sum of what chunk returned.
    qint64 repeat(const std::function<qint64(qint64 limit)> &chunk, const std::function<void()> &inEachStep = {});

    // The pause between two steps (the caller's own steps, such as an import's).
    void pause() const;
    // What every long write job (an import, its undo, the demo base's fill) owes the colleagues sharing the file:
    // after each commit but the last, a pause just longer than the longest between two lock attempts of a waiting
    // connection (BusyWaiter), so that a colleague's waiting save takes the lock before the job's next step does. A
    // job that began again at once would win nearly every time.
    static void letWaitersIn();
    // Whether the step started at the last restart() has written long enough.
    bool stepIsFull() const { return m_step.elapsed() >= m_pacing.stepMs; }
    void restart() { m_step.start(); }

private:
    Database &m_db;
    StepPacing m_pacing;
    QElapsedTimer m_step;
};

} // namespace voronka
