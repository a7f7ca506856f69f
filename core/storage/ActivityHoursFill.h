#pragma once

#include "WriteSteps.h"

#include <QtGlobal>

#include <optional>

namespace voronka {

class Database;

// Counts the calls and meetings a base had before schema step 23 into activity_hours (023_activity_hours.sql), a range
// of activity ids per short write step, so that opening an old big base never holds the write lock for seconds. The
// step left a marker in settings (the next id and the last one to count); the triggers leave the ids between them to
// this fill, whatever happens to those rows meanwhile, so a row added, changed or deleted between two steps is counted
// once as it then is. Each step counts its range and moves the marker on in one transaction; the last removes it.
class ActivityHoursFill
{
public:
    // mostIdsPerStep caps a step's range (tests take a few ids a step); 0 leaves the size to the pacing alone.
    explicit ActivityHoursFill(Database &db, StepPacing pacing = {}, qint64 mostIdsPerStep = 0);

    // Whether everything is counted (one look at settings): until then activity_hours must not be read.
    bool isFinished() const;
    // Counts step after step until finished. Returns isFinished(). Several connections may run at once.
    bool run();
    // One step of at most `ids` activity ids in a transaction of its own; returns whether it was the last.
    bool step(qint64 ids);

private:
    struct Left
    {
        qint64 nextId = 0;
        qint64 lastId = 0;
    };
    std::optional<Left> left() const;
    bool fill(qint64 ids);

    Database &m_db;
    StepPacing m_pacing;
    qint64 m_mostIdsPerStep;
};

} // namespace voronka
