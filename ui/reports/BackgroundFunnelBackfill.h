#pragma once

#include "common/WorkerThread.h"

#include <QObject>
#include <QString>

namespace voronka {

class Database;

// Prepares the history of a base upgraded from before schema steps 20 and 23 for the reports (FunnelSpanBackfill,
// ActivityHoursFill), on a worker thread with its own connection, in short steps that let colleagues save meanwhile.
// The window starts it after it shows; the funnel report says how far it is until it ends. Closing the window stops it
// between two steps: the rest is done at the next start (or by `voronka report`, `voronka index`).
class BackgroundFunnelBackfill : public QObject
{
    Q_OBJECT

public:
    // The base is the window's (for the quick look whether anything is left); the worker opens its own connection.
    BackgroundFunnelBackfill(Database &db, QObject *parent = nullptr);
    // Stops the backfill under way between two steps and waits for it.
    ~BackgroundFunnelBackfill() override;

    // Starts the backfill when the base needs it and none runs; returns whether one runs now.
    bool startIfNeeded();
    bool isRunning() const { return m_running; }

    static void setGateForTest(WorkerTestGate::Gate gate);

signals:
    // Queued to the receiver's thread before each step.
    void progressed(int percentDone);
    // Queued when the worker ends: done says whether the history is ready; message is empty unless it failed.
    void finished(bool done, const QString &message);

private:
    Database &m_db;
    WorkerThread m_worker{QStringLiteral("funnelBackfill")};
    bool m_running = false; // until its finished() is emitted
    bool m_done = false; // nothing left: only an upgrade at the base's open leaves work, so no look is needed again
};

} // namespace voronka
