#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace voronka {

// `voronka report funnel|activity|plan|payroll --db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--as LOGIN] [--user
// LOGIN]
// [--view cohort|period] [--region R] [--source S] [--time-zone ZONE] [--json|--csv]`: the numbers the Reports section
// shows, from the same core code (FunnelReport, ActivityReport, PlanReport, PayrollReport, ReportTables,
// ReportJson). The period
// defaults to the current month in the computer's time zone; signed in (--as), a person gets their own figures only, as
// in the window.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace voronka
