#pragma once

#include "ActivityReport.h"

#include <QCoreApplication>

#include <optional>

namespace voronka {

// One metric of a person's month: the plan, the actual and where they should be by now.
struct PlanLine
{
    QString metric; // a PlanMetrics key
    qint64 plan = 0;
    bool ownPlan = false; // set for this person and month; otherwise their role's norm
    qint64 actual = 0;
    qint64 pace = 0; // the plan in proportion to the part of the month gone by (the whole plan once it is over)
    bool behind() const { return actual < pace; }
};

struct PersonPlan
{
    User person;
    QList<PlanLine> lines; // the metrics of their roles' norms, and any planned for them, in PlanMetrics order
};

// Plan against actual for one month (seed 003: each role's monthly norm against what they did). The plan is the one
// the head set for the person and month, or their role's norm; the actual is the activity report's; the pace is
// measured against the context clock's now in the month's time zone. The head sees everyone, anyone else themselves.
class PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(PlanReport)

public:
    explicit PlanReport(DataContext context);

    // period must be one whole month (ReportError BadInput otherwise).
    QList<PersonPlan> compute(const ReportPeriod &period, const ReportSlice &slice) const;
    // Everyone's plans whoever is asking (ActivityReport::department): for a department's bonus, never to show.
    QList<PersonPlan> department(const ReportPeriod &period) const;
    // The line of the person's main figure (PlanMetrics::mainMetric of their first role that has one among their
    // lines); none for a person without one (the head).
    static std::optional<PlanLine> mainLine(const PersonPlan &person);
    // "2026-12" for December 2026: how plans name a month.
    static QString monthKey(const QDate &day);

private:
    void checkMonth(const ReportPeriod &period) const;
    QList<PersonPlan> plansOf(const ReportPeriod &period, const QList<PersonActuals> &actuals) const;

    DataContext m_context;
};

} // namespace voronka
