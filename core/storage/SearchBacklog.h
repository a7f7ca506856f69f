#pragma once

#include "WriteSteps.h"

#include <QtGlobal>

#include <functional>

namespace voronka {

class Database;

// The companies whose search text waits for the search index (013_search_backlog.sql): an import writes its
// companies' text here, and fill() moves it into company_search after the batch has landed, in short write steps,
// on whichever connection has the time (a window's worker, `voronka index`). Searches scan what waits here
// meanwhile (CompanySearchIndex), so nothing imported is ever missing from a result.
class SearchBacklog
{
public:
    explicit SearchBacklog(Database &db, StepPacing pacing = {});

    // Whether any company waits (one look at the table, for deciding whether searches scan it).
    bool pending() const;
    qint64 size() const;

    // Moves waiting companies into the index, the lowest ids first, until none wait or keepGoing (asked before
    // each step with how many were moved so far) says stop; what is left waits for the next fill. Returns how many
    // were moved. Several connections may fill at once: each step takes what waits when it starts.
    qint64 fill(const std::function<bool(qint64 moved)> &keepGoing = {});

private:
    qint64 fillStep(qint64 limit);

    Database &m_db;
    StepPacing m_pacing;
};

} // namespace voronka
