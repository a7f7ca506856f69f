#pragma once

#include "domain/Clock.h"

namespace voronka {

// The demo's "now", set by the demo as it walks through the department's last six months, so that every row the
// funnel writes carries the moment it happened at (the funnel never calls now() itself: it reads its Clock).
class DemoClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    void set(const QDateTime &utc);

private:
    QDateTime m_now;
};

} // namespace voronka
