#pragma once

#include "domain/SettableClock.h"

namespace voronka::test {

// The tests' clock: a settable clock that starts on a fixed working morning.
class FakeClock final : public SettableClock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC))
        : SettableClock(std::move(start))
    {
    }
};

} // namespace voronka::test
