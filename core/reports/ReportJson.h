#pragma once

#include "ActivityReport.h"
#include "FunnelFigures.h"
#include "PlanReport.h"

#include <QJsonObject>

namespace voronka {

// The reports as JSON for scripts (`voronka report --json`). The keys are stable and documented in docs/reports.md;
// a new key may be added, none is renamed or removed.
class ReportJson
{
public:
    static QJsonObject funnel(const FunnelComparison &comparison);
    static QJsonObject activity(const ReportPeriod &period, const QList<PersonActuals> &lines);
    static QJsonObject plan(const ReportPeriod &period, const QList<PersonPlan> &plans);

private:
    static QJsonObject period(const ReportPeriod &period);
    static QJsonObject figures(const FunnelFigures &figures);
};

} // namespace voronka
