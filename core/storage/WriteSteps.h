#pragma once

#include <QElapsedTimer>

#include <functional>

namespace voronka {

class Database;
class WriteTransaction;

// How a long write (an import, its undo) is cut into short transactions, so that the lock on a shared file is
// never held for long: a step ends when its writing and its expected commit take about stepMs together, then a
// pause lets the writers that waited in the busy handler take the lock before the next step starts.
//
// Why most of a second and not less: on a 1,000,000-company base every step rewrites the index pages its rows
// touched (names, phones, e-mails land all over their indexes) and syncs them, whatever its size. A 1M import took
// 110 s in 250 ms steps and 61 s in 1 s steps (docs/performance.md, "Import"); a colleague's save waits one step.
struct StepPacing
{
    int stepMs = 900;
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
    // Whether the step started at the last restart() has written long enough to fill the step with its commit,
    // expected to take as long as the last one.
    bool stepIsFull() const { return m_step.elapsed() + m_lastCommitMs >= m_pacing.stepMs; }
    void restart() { m_step.start(); }
    // Commits a step's transaction, timing the commit for stepIsFull().
    void commit(WriteTransaction &transaction);

private:
    Database &m_db;
    StepPacing m_pacing;
    QElapsedTimer m_step;
    qint64 m_lastCommitMs = 0;
};

} // namespace voronka
