#pragma once

#include "ActivityReport.h"
#include "FunnelFigures.h"
#include "PayrollReport.h"
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
    // persons: login by user id, for the lines' "person".
    static QJsonObject payroll(const ReportPeriod &period, const PayrollStatement &statement,
                               const QHash<qint64, QString> &logins);

private:
    static QJsonObject period(const ReportPeriod &period);
    static QJsonObject figures(const FunnelFigures &figures);
};

} // namespace voronka
