#include "WorkloadQuery.h"

#include "Database.h"
#include "SqlStatement.h"

namespace voronka {

WorkloadQuery::WorkloadQuery(Database &db)
    : m_db(db)
{
}

Workload WorkloadQuery::of(qint64 userId) const
{
    SqlStatement select(m_db.connection(),
                        QStringLiteral("SELECT stage, coalesce(size_class, ''), count(*) FROM companies "
                                       "WHERE owner_id = ? AND stage IN ('calling', 'meeting', 'deal', 'client', "
                                       "'reactivation') GROUP BY 1, 2"));
    select.bind(userId).exec();
    Workload load;
    while (select.next()) {
        const QString stage = select.value(0).toString();
        const QString size = select.value(1).toString();
        const qint64 count = select.value(2).toLongLong();
        if (stage == QLatin1String("client") || stage == QLatin1String("reactivation"))
            load.clients += count;
        else if (stage == QLatin1String("calling"))
            continue; // a caller's work, or an inquiry not yet met: not a closer's load
        else if (size == QLatin1String("key"))
            load.key += count;
        else if (size == QLatin1String("large"))
            load.large += count;
        else
            load.smallOrMedium += count;
    }
    return load;
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
