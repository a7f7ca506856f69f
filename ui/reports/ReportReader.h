#pragma once

#include "ReportFigures.h"
#include "common/WorkerThread.h"
#include "storage/DataContext.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace voronka {

class BackgroundReader;

// Computes the Reports section's figures on a worker with its own read-only connection (BackgroundReader, with the
// window's viewer), so that a year of history on a big base never keeps the window waiting. Each read has a
// generation: a newer read makes the older ones stale, and a stale read is skipped if it has not started, stops
// between its reports if it has, and its result is dropped if it comes anyway, so a filter changed meanwhile never
// shows the figures of the filter before.
class ReportReader
{
public:
    using Show = std::function<void(const ReportFigures &figures)>;
    using Failed = std::function<void(const QString &message)>;

    // receiver: the section, on the window's thread; a result that comes after it is gone is dropped.
    ReportReader(QObject *receiver, DataContext context);
    // Waits for the read running on the worker (its result is dropped).
    ~ReportReader();
    ReportReader(const ReportReader &) = delete;
    ReportReader &operator=(const ReportReader &) = delete;

    // Computes request on the worker, then show(figures), or failed(why) when the base could not be read, on the
    // receiver's thread, unless a newer read was asked for meanwhile.
    void read(const ReportRequest &request, Show show, Failed failed);
    // A read is under way: asked for, its result not shown yet.
    bool isReading() const { return m_reading != 0; }
    // The reads asked for so far; the last one is the only one whose result is shown.
    quint64 generation() const { return m_generation->load(); }

    // Test seam: every read passes this gate on the worker before it computes; stopped() turns true once a newer read
    // is asked for.
    static void setGateForTest(WorkerTestGate::Gate gate);

private:
    QObject *m_receiver;
    DataContext m_context;
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_reading = 0; // the read under way, 0: none
    std::unique_ptr<BackgroundReader> m_worker; // last: destroyed (waiting for its read) first
};

} // namespace voronka
