#pragma once

#include "domain/SettableClock.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace voronka {

class Database;

// The demo's history as dated steps, run in the order they happened with the clock set to each step's time, so
// that the stories of many companies interleave as a real department's days do (a closer's diary fills with
// meetings booked by both callers, invoice numbers rise with their dates).
class DemoTimeline
{
public:
    using Step = std::function<void()>;

    // Adds a step; steps at the same time run in the order they were added.
    void add(const QDateTime &at, Step step);
    // Runs every step in time order. The writes are committed in steps of at most maxStepMs of work each, so
    // that no write transaction holds a shared file for long; a step that throws rolls back only the writes
    // since the last commit, and the exception goes on to the caller.
    void run(Database &db, SettableClock &clock, int maxStepMs = 250);
    int size() const;

private:
    struct Entry
    {
        QDateTime at;
        qsizetype order = 0;
        Step step;
    };
    QList<Entry> m_entries;
};

} // namespace voronka
