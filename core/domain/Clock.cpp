#include "Clock.h"

namespace voronka {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace voronka
