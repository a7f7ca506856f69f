#include "BackgroundSearchIndex.h"

#include "storage/Database.h"
#include "storage/SearchBacklog.h"
#include "storage/StorageError.h"

namespace voronka {

BackgroundSearchIndex::BackgroundSearchIndex(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

BackgroundSearchIndex::~BackgroundSearchIndex()
{
    m_worker.stop();
}

bool BackgroundSearchIndex::startIfPending()
{
    if (m_running)
        return true;
    if (m_db.isReadOnly())
        return false;
    try {
        if (!SearchBacklog(m_db).pending())
            return false;
    } catch (const StorageError &) {
        return false; // the base is busy or gone for a moment: the next change tries again
    }
    m_running = m_worker.start([this, path = m_db.path()](const WorkerThread::Stopped &stopped) {
        qint64 indexed = 0;
        QString message;
        try {
            const std::unique_ptr<Database> db = Database::openExisting(path);
            indexed = SearchBacklog(*db).fill([&stopped](qint64) { return !stopped(); });
        } catch (const StorageError &error) {
            message = error.message();
        }
        QMetaObject::invokeMethod(
            this,
            [this, indexed, message] {
                m_worker.wait(); // its last moments: a fill started from finished() must find it ended
                m_running = false;
                emit finished(indexed, message);
            },
            Qt::QueuedConnection);
    });
    return m_running;
}

} // namespace voronka
