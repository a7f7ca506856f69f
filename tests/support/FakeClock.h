#pragma once

#include "domain/Clock.h"

namespace voronka::test {

// A clock tests move by hand.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }

    QDateTime nowUtc() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime &now) { m_now = now.toUTC(); }

private:
    QDateTime m_now;
};

} // namespace voronka::test
