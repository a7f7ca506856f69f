#include "EventLoopWatchdog.h"

#include <algorithm>

namespace voronka::bench {

EventLoopWatchdog::EventLoopWatchdog(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopWatchdog::fired);
}

void EventLoopWatchdog::start()
{
    m_clock.start();
    reset();
    m_timer.start();
}

void EventLoopWatchdog::reset()
{
    m_dueNs = m_clock.nsecsElapsed() + qint64(intervalMs) * 1000000;
    m_longestMs = 0;
}

double EventLoopWatchdog::longestStallMs() const
{
    // A stall still going on (the loop has not run since) counts too.
    const double pendingMs = double(m_clock.nsecsElapsed() - m_dueNs) / 1e6;
    return std::max(m_longestMs, pendingMs);
}

void EventLoopWatchdog::fired()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_longestMs = std::max(m_longestMs, double(now - m_dueNs) / 1e6);
    m_dueNs = now + qint64(intervalMs) * 1000000;
}

} // namespace voronka::bench
