#pragma once

#include "common/WorkerThread.h"

#include <QObject>
#include <QString>

namespace voronka {

class Database;

// Fills the search index with what imports left waiting for it (SearchBacklog), on a worker thread with its own
// connection, in short steps that let colleagues save meanwhile. The window starts it after it shows and again
// whenever the base changed and companies wait (an import here or on another desktop); searches find the waiting
// companies meanwhile, only slower. Closing the window stops it between two steps: the rest waits for the next start.
class BackgroundSearchIndex : public QObject
{
    Q_OBJECT

public:
    // The base is the window's (for the quick look whether anything waits); the worker opens its own connection.
    BackgroundSearchIndex(Database &db, QObject *parent = nullptr);
    // Stops the fill under way between two steps and waits for it.
    ~BackgroundSearchIndex() override;

    // Starts a fill when companies wait and none runs; returns whether one runs now.
    bool startIfPending();
    bool isRunning() const { return m_running; }

signals:
    // Queued to the receiver's thread when a fill ends; message is empty unless it failed.
    void finished(qint64 indexed, const QString &message);

private:
    Database &m_db;
    WorkerThread m_worker{QStringLiteral("searchIndexFill")};
    bool m_running = false; // until its finished() is emitted
};

} // namespace voronka
