#pragma once

#include "domain/Viewer.h"

#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace voronka {

class Database;
class StorageError;

// Reads a base on a worker thread with its own read-only connection, for reads that can take longer than a window
// may wait (a count over a million companies, a search on a cold disk). A QSqlDatabase connection belongs to the
// thread that opened it, so the worker opens its own on first use (and again after a failure). Work runs in the
// order it was posted; each piece posts its result back itself (QMetaObject::invokeMethod with a receiver on the
// window's thread, so that a result for a receiver destroyed meanwhile is dropped). The worker's connection looks at
// the base as the window's does (the viewer given), so that a read on the worker shows no more than one on the
// window's own connection would.
class BackgroundReader
{
public:
    using Work = std::function<void(Database &)>;
    // Called on the worker thread when the base cannot be opened or a read fails.
    using Failure = std::function<void(const StorageError &)>;

    // viewer: whose part of the base the reads see; the window passes its connection's (Database::viewer()).
    BackgroundReader(QString databasePath, Viewer viewer);
    // Waits for the piece of work running now; the ones not started yet are dropped.
    ~BackgroundReader();
    BackgroundReader(const BackgroundReader &) = delete;
    BackgroundReader &operator=(const BackgroundReader &) = delete;

    void post(Work work, Failure failed);

private:
    class Worker;

    std::shared_ptr<std::atomic<bool>> m_closing = std::make_shared<std::atomic<bool>>(false);
    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread
};

} // namespace voronka
