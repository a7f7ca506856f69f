#pragma once

#include <QtGlobal>

namespace voronka {

class Database;

// What one person holds, for the head deciding to whom it passes when they leave.
struct Holdings
{
    qint64 companies = 0; // at any stage
    qint64 clients = 0; // of those, clients (in reactivation or not)
    qint64 openDeals = 0; // neither paid nor lost
    qint64 openTasks = 0;
};

class HoldingsQuery
{
public:
    explicit HoldingsQuery(Database &db);

    // A range of companies_owner and of tasks_open_due; the person's deals are read through the deals_step index.
    Holdings of(qint64 userId) const;

private:
    Database &m_db;
};

} // namespace voronka
