#pragma once

#include <QDateTime>

namespace voronka {

// Time source; code that depends on "now" takes a Clock so that tests can drive time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

} // namespace voronka
