#pragma once

#include "domain/Clock.h"
#include "domain/Company.h"
#include "storage/DataContext.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>

#include <map>
#include <memory>

namespace voronka::stress {

struct WriterOptions
{
    QString dbPath;
    QString logPath;
    QString csvPath; // the list each import reads
    int writer = 1; // this process's number, written into every log line
    quint32 seed = 1;
    int companies = 8; // the companies with ids 1..companies that edits and moves fight over
    int seconds = 5; // the run ends after this long ...
    int operations = 0; // ... or after this many operations (0: no limit)
    int importEvery = 8; // every Nth operation is an import (0: none)
    // A person's think time between two saves, drawn anew each time (0, 0: none, as a script hammering the base).
    int thinkMinMs = 0;
    int thinkMaxMs = 0;
};

// One user hammering a shared base through the real core classes, as a desktop would: edits from a copy of the
// company read some time ago (so colleagues' changes meanwhile make them stale), stage moves and imports.
// After each acknowledged write it appends a JSON line to the log, written straight to the file so that a
// SIGKILL right after a commit loses at most the line of that one write. A save refused because the base stayed
// busy for the whole busy timeout is logged ("busy") and tried again, as a user would; the last line ("done") counts
// those refusals and says how often and how long at most this process's connection waited for a lock.
class StressWriter
{
public:
    explicit StressWriter(const WriterOptions &options);

    void run();

private:
    void edit(qint64 id);
    void move(qint64 id);
    void import();
    // Runs write against the cached copy; a StaleVersion is logged as a conflict, the row re-read and the write
    // tried again, as the conflict dialog's "keep mine" would.
    template<typename Write>
    void withFreshCopy(qint64 id, const Write &write);
    void reread(qint64 id);
    void log(QJsonObject line);
    void think();

    WriterOptions m_options;
    QRandomGenerator m_random;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DataContext> m_context;
    std::map<qint64, Company> m_copies;
    QFile m_log;
    qint64 m_sequence = 0;
    qint64 m_conflicts = 0;
    qint64 m_busy = 0;
};

} // namespace voronka::stress
