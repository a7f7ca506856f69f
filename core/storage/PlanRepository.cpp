#include "PlanRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "domain/Clock.h"

namespace voronka {

PlanRepository::PlanRepository(DataContext context)
    : m_context(context)
{
}

QHash<QString, qint64> PlanRepository::norms(UserRole role) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT metric, monthly FROM plan_norms WHERE role = ?"));
    select.bind(userRoleKey(role)).exec();
    QHash<QString, qint64> norms;
    while (select.next())
        norms.insert(select.value(0).toString(), select.value(1).toLongLong());
    return norms;
}

void PlanRepository::setNorm(UserRole role, const QString &metric, qint64 monthly)
{
    SqlStatement::run(m_context.db.connection(),
                      QStringLiteral("INSERT INTO plan_norms (role, metric, monthly) VALUES (?, ?, ?) "
                                     "ON CONFLICT (role, metric) DO UPDATE SET monthly = excluded.monthly"),
                      {userRoleKey(role), metric, monthly});
}

QHash<qint64, QHash<QString, qint64>> PlanRepository::plans(const QString &month) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT user_id, metric, target FROM plans WHERE month = ?"));
    select.bind(month).exec();
    QHash<qint64, QHash<QString, qint64>> plans;
    while (select.next())
        plans[select.value(0).toLongLong()].insert(select.value(1).toString(), select.value(2).toLongLong());
    return plans;
}

void PlanRepository::setPlans(const QList<PlanTarget> &targets)
{
    const QVariant now = toStoredTime(m_context.clock.nowUtc());
    for (const PlanTarget &target : targets)
        SqlStatement::run(
            m_context.db.connection(),
            QStringLiteral("INSERT INTO plans (user_id, month, metric, target, set_at, set_by) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (month, user_id, metric) DO UPDATE "
                           "SET target = excluded.target, set_at = excluded.set_at, "
                           "set_by = excluded.set_by"),
            {target.userId, target.month, target.metric, target.target, now, nullIfZero(m_context.userId)});
}

} // namespace voronka
