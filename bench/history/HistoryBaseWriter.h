#pragma once

#include "HistoryStories.h"

#include <QString>

#include <functional>

namespace voronka {
class Database;
struct DataContext;
} // namespace voronka

namespace voronka::bench {

// How many rows of each kind a history base got.
struct HistoryCounts
{
    qint64 batches = 0;
    qint64 companies = 0;
    qint64 deals = 0;
    qint64 companyMoves = 0;
    qint64 dealSteps = 0;
    qint64 activities = 0;
    qint64 payments = 0;
};

// Stores planned stories (HistoryStories) in a new base that has the department and nothing else: the import
// batches (state done), the companies with their contacts, phones and search text (CompanyBulkWriter, each batch's
// companies at the batch's time, the others at theirs) and their state as their stories left them, the deals, then
// the stage_history rows with their derived columns, the activities and the payments, in the order they happened.
// Bulk inserts on SQLite's own handle in transactions of about 50,000 rows; throws StorageError.
class HistoryBaseWriter
{
public:
    using Progress = std::function<void(const QString &)>;

    HistoryBaseWriter(Database &db, const HistoryStories &stories);

    // The department a base has (the demo's people, DemoBase::fill): the head, the collector, the first callerCount
    // callers, the closers and the account manager, and the lost reasons list.
    static HistoryPeople department(const DataContext &context, int callerCount);

    HistoryCounts write(const Progress &progress = {});

private:
    void writeBatches(HistoryCounts &counts);
    void writeCompanies(HistoryCounts &counts, const Progress &progress);
    void writeDeals(HistoryCounts &counts);
    void writeEvents(HistoryCounts &counts, const Progress &progress);

    Database &m_db;
    const HistoryStories &m_stories;
    std::vector<qint64> m_batchIds;
    std::vector<qint64> m_companyIds;
    std::vector<qint64> m_dealIds;
};

} // namespace voronka::bench
