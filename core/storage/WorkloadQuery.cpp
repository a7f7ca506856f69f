#include "WorkloadQuery.h"

#include "Database.h"
#include "SqlStatement.h"

namespace voronka {

namespace {
// A closer's companies by size class: the meeting and deal stages only (a calling company is a caller's work, or an
// inquiry not met yet), so a caller's tens of thousands of cold and calling companies are never read for their size.
QString sizesStatement(const QString &owners)
{
    return QStringLiteral("SELECT owner_id, coalesce(size_class, ''), count(*) FROM companies "
                          "WHERE owner_id %1 AND stage IN ('meeting', 'deal') GROUP BY 1, 2")
        .arg(owners);
}

// Clients are counted on the index alone: their size does not matter.
QString clientsStatement(const QString &owners)
{
    return QStringLiteral("SELECT owner_id, count(*) FROM companies "
                          "WHERE owner_id %1 AND stage IN ('client', 'reactivation') GROUP BY 1")
        .arg(owners);
}

const QString oneOwner = QStringLiteral("= ?");
const QString activeOwners = QStringLiteral("IN (SELECT id FROM users WHERE active = 1)");

void addSizes(SqlStatement &select, QHash<qint64, Workload> &loads)
{
    while (select.next()) {
        Workload &load = loads[select.value(0).toLongLong()];
        const QString size = select.value(1).toString();
        const qint64 count = select.value(2).toLongLong();
        if (size == QLatin1String("key"))
            load.key += count;
        else if (size == QLatin1String("large"))
            load.large += count;
        else
            load.smallOrMedium += count;
    }
}

void addClients(SqlStatement &select, QHash<qint64, Workload> &loads)
{
    while (select.next())
        loads[select.value(0).toLongLong()].clients += select.value(1).toLongLong();
}
} // namespace

Workload &Workload::operator+=(const Workload &other)
{
    smallOrMedium += other.smallOrMedium;
    large += other.large;
    key += other.key;
    clients += other.clients;
    return *this;
}

WorkloadQuery::WorkloadQuery(Database &db)
    : m_db(db)
{
}

Workload WorkloadQuery::of(qint64 userId) const
{
    QHash<qint64, Workload> loads;
    SqlStatement sizes(m_db.connection(), sizesStatement(oneOwner));
    sizes.bind(userId).exec();
    addSizes(sizes, loads);
    SqlStatement clients(m_db.connection(), clientsStatement(oneOwner));
    clients.bind(userId).exec();
    addClients(clients, loads);
    return loads.value(userId);
}

QHash<qint64, Workload> WorkloadQuery::ofActivePeople() const
{
    QHash<qint64, Workload> loads;
    SqlStatement sizes(m_db.connection(), sizesStatement(activeOwners));
    sizes.exec();
    addSizes(sizes, loads);
    SqlStatement clients(m_db.connection(), clientsStatement(activeOwners));
    clients.exec();
    addClients(clients, loads);
    return loads;
}

QHash<qint64, qint64> WorkloadQuery::companiesByOwner() const
{
    QHash<qint64, qint64> held;
    SqlStatement count(m_db.connection(),
                       QStringLiteral("SELECT owner_id, count(*) FROM companies "
                                      "WHERE owner_id IS NOT NULL GROUP BY owner_id"));
    count.exec();
    while (count.next())
        held.insert(count.value(0).toLongLong(), count.value(1).toLongLong());
    return held;
}

} // namespace voronka
