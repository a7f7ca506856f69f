#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace voronka {

// The days a report covers, as the user's calendar has them: from first to last inclusive, in zone. An event
// belongs to the period when its UTC time falls in [startUtc, endUtc): a payment at 23:30 local on the last day is
// in, whatever the offset that day (a month with a change to or from summer time is as long as it is).
class ReportPeriod
{
public:
    ReportPeriod() = default;
    ReportPeriod(const QDate &first, const QDate &last, const QTimeZone &zone);
    // The calendar month holding day.
    static ReportPeriod month(const QDate &day, const QTimeZone &zone);

    // Both dates valid, first not after last, and a valid zone.
    bool isValid() const;
    // Valid and one calendar month from its first day to its last, as plans and pay are counted.
    bool isWholeMonth() const;
    const QDate &first() const { return m_first; }
    const QDate &last() const { return m_last; }
    const QTimeZone &zone() const { return m_zone; }
    qint64 days() const { return m_first.daysTo(m_last) + 1; }
    QDateTime startUtc() const; // the first day's local midnight
    QDateTime endUtc() const; // the local midnight after the last day
    // The period of the same length just before: a whole month before a whole month ("November" before
    // "December"), otherwise as many days.
    ReportPeriod previous() const;
    bool contains(const QDateTime &time) const;

    bool operator==(const ReportPeriod &) const = default;

private:
    QDate m_first;
    QDate m_last;
    QTimeZone m_zone;
};

} // namespace voronka
