#include "SettableClock.h"

namespace voronka {

SettableClock::SettableClock(QDateTime startUtc)
    : m_now(startUtc.toUTC())
{
}

} // namespace voronka
