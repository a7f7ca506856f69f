#include "PlanReport.h"

#include "PlanMetrics.h"
#include "ReportError.h"
#include "domain/Clock.h"
#include "storage/PlanRepository.h"

namespace voronka {

PlanReport::PlanReport(DataContext context)
    : m_context(context)
{
}

QString PlanReport::monthKey(const QDate &day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

void PlanReport::checkMonth(const ReportPeriod &period) const
{
    if (!period.isWholeMonth())
        throw ReportError(ReportError::Kind::BadInput, tr("Plans are monthly: choose a whole month."));
}

QList<PersonPlan> PlanReport::compute(const ReportPeriod &period, const ReportSlice &slice) const
{
    checkMonth(period);
    return plansOf(period, ActivityReport(m_context).compute(period, slice));
}

QList<PersonPlan> PlanReport::department(const ReportPeriod &period) const
{
    checkMonth(period);
    return plansOf(period, ActivityReport(m_context).department(period));
}

QList<PersonPlan> PlanReport::plansOf(const ReportPeriod &period, const QList<PersonActuals> &actuals) const
{
    const PlanRepository repository(m_context);
    const QHash<qint64, QHash<QString, qint64>> plans = repository.plans(monthKey(period.first()));
    QHash<UserRole, QHash<QString, qint64>> norms;

    // The share of the month gone by, on the clock, in seconds of the month's own length.
    const QDateTime now = m_context.clock.nowUtc();
    const qint64 length = period.startUtc().secsTo(period.endUtc());
    const double share = now <= period.startUtc() ? 0.0
        : now >= period.endUtc()                  ? 1.0
                                                  : double(period.startUtc().secsTo(now)) / double(length);

    QList<PersonPlan> result;
    for (const PersonActuals &actual : actuals) {
        QHash<QString, qint64> targets;
        for (UserRole role : actual.person.roles()) {
            if (!norms.contains(role))
                norms.insert(role, repository.norms(role));
            for (auto it = norms[role].cbegin(); it != norms[role].cend(); ++it)
                targets.insert(it.key(), std::max(targets.value(it.key()), it.value()));
        }
        const QHash<QString, qint64> own = plans.value(actual.person.id);
        for (auto it = own.cbegin(); it != own.cend(); ++it)
            targets.insert(it.key(), it.value());
        if (targets.isEmpty())
            continue; // the head: nobody plans the head's own calls
        PersonPlan person{actual.person, {}};
        for (const QString &metric : PlanMetrics::all()) {
            if (!targets.contains(metric))
                continue;
            PlanLine line;
            line.metric = metric;
            line.plan = targets.value(metric);
            line.ownPlan = own.contains(metric);
            line.actual = PlanMetrics::actual(actual.work, metric);
            line.pace = qint64(double(line.plan) * share);
            person.lines.append(line);
        }
        result.append(person);
    }
    return result;
}

std::optional<PlanLine> PlanReport::mainLine(const PersonPlan &person)
{
    for (const UserRole role : person.person.roles()) {
        const QString metric = PlanMetrics::mainMetric(role);
        for (const PlanLine &line : person.lines) {
            if (!metric.isEmpty() && line.metric == metric)
                return line;
        }
    }
    return std::nullopt;
}

} // namespace voronka
