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

// Another clock's time moved by a fixed amount: records written "a few days ago", as the demo base needs.
class ShiftedClock final : public Clock
{
public:
    ShiftedClock(const Clock &base, qint64 seconds)
        : m_base(base)
        , m_seconds(seconds)
    {
    }
    QDateTime nowUtc() const override { return m_base.nowUtc().addSecs(m_seconds); }

private:
    const Clock &m_base;
    qint64 m_seconds;
};

} // namespace voronka
