#pragma once

#include "DataContext.h"
#include "domain/UserRole.h"

#include <QHash>
#include <QList>
#include <QString>

namespace voronka {

// One monthly target: a role's norm, or a person's plan for a month.
struct PlanTarget
{
    qint64 userId = 0; // 0 for a role's norm
    QString month; // "2026-12"; empty for a norm
    QString metric; // an activity report key ("meetings_booked", "payments_kopecks" ...)
    qint64 target = 0;

    bool operator==(const PlanTarget &) const = default;
};

// plan_norms and plans (schema step 21).
class PlanRepository
{
public:
    explicit PlanRepository(DataContext context);

    // The role's monthly norm per metric.
    QHash<QString, qint64> norms(UserRole role) const;
    void setNorm(UserRole role, const QString &metric, qint64 monthly);
    // The plans set for a month: by user id, then metric.
    QHash<qint64, QHash<QString, qint64>> plans(const QString &month) const;
    // Stores the targets (a person's plan for a month each), replacing those of the same person, month and metric;
    // inside the caller's transaction.
    void setPlans(const QList<PlanTarget> &targets);

private:
    DataContext m_context;
};

} // namespace voronka
