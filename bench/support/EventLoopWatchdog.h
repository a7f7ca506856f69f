#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace voronka::bench {

// Measures how long the event loop is kept from running: a timer every 10 ms that records how late it fires. The
// longest lateness since reset() is the longest stall of the loop, whether the work ran in an event handler or
// in the code that called processEvents (both keep the timer from firing).
class EventLoopWatchdog : public QObject
{
public:
    static constexpr int intervalMs = 10;

    explicit EventLoopWatchdog(QObject *parent = nullptr);

    void start();
    // Forgets the stalls so far; the next fire is due one interval from now.
    void reset();
    // The longest lateness since reset() (or start()), including the one pending now.
    double longestStallMs() const;

private:
    void fired();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_dueNs = 0;
    double m_longestMs = 0;
};

} // namespace voronka::bench
