#pragma once

#include "storage/DataContext.h"
#include "storage/PlanRepository.h"

#include <QCoreApplication>

namespace voronka {

// The head's changes to plans: a person's targets for a month (by hand, or the funnel calculator's result for next
// month) and a role's norm. Each checks everything first and writes in one transaction; a refusal throws ReportError
// (NotAllowed for anyone but the head on a base with sign-in, BadInput for an unknown metric, a negative target, a
// month that is not YYYY-MM or a person who does not exist) and writes nothing.
class PlanEditor
{
    Q_DECLARE_TR_FUNCTIONS(PlanEditor)

public:
    explicit PlanEditor(DataContext context);

    void setPlans(const QList<PlanTarget> &targets);
    void setNorm(UserRole role, const QString &metric, qint64 monthly);

private:
    void requireHead() const;
    void check(const QString &metric, qint64 target) const;

    DataContext m_context;
};

} // namespace voronka
