#include "ActivityReport.h"

#include "ReportError.h"
#include "ReportScope.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace voronka {

ActivityReport::ActivityReport(DataContext context)
    : m_context(context)
{
}

QList<PersonActuals> ActivityReport::compute(const ReportPeriod &period, const ReportSlice &slice) const
{
    if (!period.isValid())
        throw ReportError(
            ReportError::Kind::BadInput,
            QCoreApplication::translate("ActivityReport", "The period must end on or after its first day."));
    if (slice.kind != ReportSlice::Kind::Everyone && slice.kind != ReportSlice::Kind::Person)
        throw ReportError(ReportError::Kind::BadInput,
                          QCoreApplication::translate("ActivityReport", "The activity report is by person."));
    const FunnelFilter filter = ReportScope(m_context.db.viewer()).filterFor(slice);
    return lines(period, filter.userId, filter.region);
}

QList<PersonActuals> ActivityReport::department(const ReportPeriod &period) const
{
    return lines(period, 0, {});
}

QList<PersonActuals> ActivityReport::lines(const ReportPeriod &period, qint64 userId, const QString &region) const
{
    const QHash<qint64, PersonActivity> work = PersonActivityQuery(m_context).of(
        period.startUtc(), period.endUtc(), period.first(), period.last(), userId, region);

    QList<PersonActuals> lines;
    for (const User &user : UserRepository(m_context).list(false)) {
        if (userId != 0 && user.id != userId)
            continue;
        if (!user.active && !work.contains(user.id))
            continue;
        lines.append({user, work.value(user.id)});
    }
    std::sort(lines.begin(), lines.end(), [](const PersonActuals &a, const PersonActuals &b) {
        return a.person.fullName.localeAwareCompare(b.person.fullName) < 0;
    });
    return lines;
}

} // namespace voronka
