#pragma once

#include <QHash>
#include <QtGlobal>

namespace voronka {

class Database;

// What a person carries now, by the measures capacity limits are set in (seed 004): a closer's companies at the
// meeting and deal stages by size class, an account manager's clients.
struct Workload
{
    qint64 smallOrMedium = 0;
    qint64 large = 0;
    qint64 key = 0;
    qint64 clients = 0; // at the client or reactivation stage
};

class WorkloadQuery
{
public:
    explicit WorkloadQuery(Database &db);

    // One range of the companies_owner index.
    Workload of(qint64 userId) const;
    // How many companies each person holds, at any stage (people holding none are absent).
    QHash<qint64, qint64> companiesByOwner() const;

private:
    Database &m_db;
};

} // namespace voronka
