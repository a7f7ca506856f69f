#include "CloserSchedule.h"

#include <cstdlib>

namespace voronka {

CloserSchedule::CloserSchedule(DataContext context)
    : m_context(context)
{
}

QList<MeetingListRow> CloserSchedule::day(qint64 closerId, const QDate &date, const QTimeZone &zone) const
{
    QList<MeetingListRow> meetings;
    if (closerId == 0)
        return meetings;
    // A closer's open meetings are a few dozen at most: read them all and keep the day's.
    for (const MeetingListRow &row : MeetingListQuery(m_context).rows(closerId)) {
        if (row.dueAt.toTimeZone(zone).date() == date)
            meetings.append(row);
    }
    return meetings;
}

QList<MeetingListRow> CloserSchedule::overlapping(qint64 closerId, const QDateTime &start, qint64 exceptTaskId) const
{
    QList<MeetingListRow> meetings;
    if (closerId == 0 || !start.isValid())
        return meetings;
    for (const MeetingListRow &row : MeetingListQuery(m_context).rows(closerId)) {
        if (row.taskId != exceptTaskId && overlaps(row.dueAt, start))
            meetings.append(row);
    }
    return meetings;
}

bool CloserSchedule::overlaps(const QDateTime &a, const QDateTime &b)
{
    return std::llabs(a.secsTo(b)) < qint64(meetingMinutes) * 60;
}

} // namespace voronka
