#pragma once

#include "WriteSteps.h"

#include <QtGlobal>

#include <functional>
#include <optional>

namespace voronka {

class Database;

// Fills the columns schema step 20 added to stage_history (020_funnel_spans.sql: left_at, left_to, cohort_at, opens,
// lost_reason) for the rows that were there before the step, company by company in short write steps, so that
// opening an old big base never holds the write lock for a minute. The step left a marker in settings (the highest
// row to fill, the next and the last company); each step fills a range of companies and moves the marker on in its
// own transaction, the last one removes it. A step computes a company's rows from their facts alone (the times, the
// stages, the deals, when the company and the deal were made, the comment against the lost reasons), the same way
// StageHistoryRepository::record fills a new move, so a move recorded between two steps, before or after its company's
// step, ends the same; a step done twice (a kill before its commit) writes the same again. A base without the marker
// (a new one, or one that ran step 20 when it still filled everything at once) needs nothing.
class FunnelSpanBackfill
{
public:
    // mostCompaniesPerStep caps a step's range of company ids (tests take a few companies a step); 0 leaves the size
    // to the pacing alone.
    explicit FunnelSpanBackfill(Database &db, StepPacing pacing = {}, qint64 mostCompaniesPerStep = 0);

    // Whether nothing is left to fill (one look at settings).
    bool isFinished() const;
    // How far it is, by the companies' ids, from 0 to 100 (100 when finished).
    int percentDone() const;

    // Fills step after step until finished or keepGoing, asked before each step with percentDone(), says stop; what
    // is left waits for the next run. Returns isFinished(). Several connections may run at once: each step takes what
    // is left when it starts.
    bool run(const std::function<bool(int percentDone)> &keepGoing = {});
    // One step of at most `companies` company ids in a transaction of its own; returns whether it was the last.
    bool step(qint64 companies);

private:
    struct Left
    {
        qint64 upToRow = 0; // the rows up to this id are the step's; later ones were written by record()
        qint64 nextCompany = 0;
        qint64 lastCompany = 0;
    };
    std::optional<Left> left() const;
    static int percentOf(const Left &left);
    bool fill(qint64 companies);

    Database &m_db;
    StepPacing m_pacing;
    qint64 m_mostCompaniesPerStep;
};

} // namespace voronka
