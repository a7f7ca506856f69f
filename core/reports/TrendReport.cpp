#include "TrendReport.h"

#include "ReportError.h"
#include "ReportScope.h"
#include "domain/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <algorithm>

namespace voronka {

TrendReport::TrendReport(DataContext context)
    : m_context(context)
{
}

QList<ReportPeriod> TrendReport::weeks(const ReportPeriod &period)
{
    QList<ReportPeriod> weeks;
    if (!period.isValid())
        return weeks;
    QDate monday = period.first().addDays(1 - period.first().dayOfWeek());
    while (monday <= period.last()) {
        weeks.append(
            ReportPeriod(std::max(monday, period.first()), std::min(monday.addDays(6), period.last()), period.zone()));
        monday = monday.addDays(7);
    }
    return weeks;
}

QList<WeekTrend> TrendReport::compute(const ReportPeriod &period, const ReportSlice &slice) const
{
    if (!period.isValid())
        throw ReportError(ReportError::Kind::BadInput,
                          QCoreApplication::translate("TrendReport", "The period must end on or after its first day."));
    const FunnelFilter filter = ReportScope(m_context.db.viewer()).filterFor(slice);
    // The weeks to come have nothing yet: drawn as zeros, the lines would drop to the floor after today.
    const QDate today = m_context.clock.nowUtc().toTimeZone(period.zone()).date();
    QList<ReportPeriod> each = weeks(period);
    each.removeIf([&today](const ReportPeriod &week) { return week.first() > today; });
    QList<TimeRange> ranges;
    for (const ReportPeriod &week : each)
        ranges.append({week.startUtc(), week.endUtc()});
    const QList<TrendCounts> counts = WeeklyTrendQuery(m_context).counts(ranges, filter);
    QList<WeekTrend> trends;
    for (qsizetype n = 0; n < each.size(); ++n)
        trends.append({each.at(n).first(), each.at(n).last(), counts.value(n)});
    return trends;
}

} // namespace voronka
