#pragma once

#include "storage/DataContext.h"
#include "storage/MeetingListQuery.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace voronka {

// A closer's meetings as a booking sees them: their day, and the meetings a new one would collide with. A closer
// is one person in one city at a time: two meetings closer together than meetingMinutes (the meeting itself and
// the way to the next one) cannot both be kept.
class CloserSchedule
{
public:
    static constexpr int meetingMinutes = 90;

    explicit CloserSchedule(DataContext context);

    // The closer's open meetings on the given day of the zone, soonest first.
    QList<MeetingListRow> day(qint64 closerId, const QDate &date, const QTimeZone &zone) const;
    // The closer's open meetings that a meeting starting at start would overlap, soonest first; the meeting
    // exceptTaskId (one being moved) is left out.
    QList<MeetingListRow> overlapping(qint64 closerId, const QDateTime &start, qint64 exceptTaskId = 0) const;
    // Whether meetings starting at a and at b overlap.
    static bool overlaps(const QDateTime &a, const QDateTime &b);

private:
    DataContext m_context;
};

} // namespace voronka
