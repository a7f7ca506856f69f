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

    bool operator==(const Workload &) const = default;
    Workload &operator+=(const Workload &other);
};

class WorkloadQuery
{
public:
    explicit WorkloadQuery(Database &db);

    // Two ranges of the companies_owner_stage index.
    Workload of(qint64 userId) const;
    // How many companies each person holds, at any stage (people holding none are absent).
    QHash<qint64, qint64> companiesByOwner() const;
    // Every active person's, by user id (a person who carries nothing is absent): the same two statements for the
    // whole team, each a range of the index per person.
    QHash<qint64, Workload> ofActivePeople() const;

private:
    Database &m_db;
};

} // namespace voronka
