#include "ReportPeriod.h"

namespace voronka {

ReportPeriod::ReportPeriod(const QDate &first, const QDate &last, const QTimeZone &zone)
    : m_first(first)
    , m_last(last)
    , m_zone(zone)
{
}

ReportPeriod ReportPeriod::month(const QDate &day, const QTimeZone &zone)
{
    const QDate first(day.year(), day.month(), 1);
    return {first, first.addMonths(1).addDays(-1), zone};
}

bool ReportPeriod::isValid() const
{
    return m_first.isValid() && m_last.isValid() && m_first <= m_last && m_zone.isValid();
}

QDateTime ReportPeriod::startUtc() const
{
    return m_first.startOfDay(m_zone).toUTC();
}

QDateTime ReportPeriod::endUtc() const
{
    return m_last.addDays(1).startOfDay(m_zone).toUTC();
}

bool ReportPeriod::isWholeMonth() const
{
    return isValid() && *this == month(m_first, m_zone);
}

ReportPeriod ReportPeriod::previous() const
{
    const bool wholeMonths = m_first.day() == 1 && m_last.addDays(1).day() == 1;
    if (wholeMonths) {
        const int months = (m_last.year() - m_first.year()) * 12 + m_last.month() - m_first.month() + 1;
        return {m_first.addMonths(-months), m_first.addDays(-1), m_zone};
    }
    return {m_first.addDays(-days()), m_first.addDays(-1), m_zone};
}

bool ReportPeriod::contains(const QDateTime &time) const
{
    return time >= startUtc() && time < endUtc();
}

} // namespace voronka
