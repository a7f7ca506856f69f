#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

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
    bool isRunning() const { return m_thread != nullptr; }

signals:
    // Queued to the receiver's thread when a fill ends; message is empty unless it failed.
    void finished(qint64 indexed, const QString &message);

private:
    void onWorkerDone(qint64 indexed, const QString &message);

    Database &m_db;
    QThread *m_thread = nullptr;
    std::atomic_bool m_stop = false;
};

} // namespace voronka
