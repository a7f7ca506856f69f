#include "DemoClock.h"

namespace voronka {

QDateTime DemoClock::nowUtc() const
{
    return m_now;
}

void DemoClock::set(const QDateTime &utc)
{
    m_now = utc.toUTC();
}

} // namespace voronka
