#pragma once

#include "domain/Clock.h"

namespace voronka {

// A clock whose "now" is set by hand: the demo walks it through the department's last six months so that every row
// the funnel writes carries the moment it happened at, and tests move it instead of waiting.
class SettableClock : public Clock
{
public:
    explicit SettableClock(QDateTime startUtc = {});

    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace voronka
