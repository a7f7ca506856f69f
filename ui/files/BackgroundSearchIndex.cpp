#include "BackgroundSearchIndex.h"

#include "storage/Database.h"
#include "storage/SearchBacklog.h"
#include "storage/StorageError.h"

#include <QThread>

namespace voronka {

BackgroundSearchIndex::BackgroundSearchIndex(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

BackgroundSearchIndex::~BackgroundSearchIndex()
{
    if (m_thread) {
        m_stop = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundSearchIndex::startIfPending()
{
    if (m_thread)
        return true;
    if (m_db.isReadOnly())
        return false;
    try {
        if (!SearchBacklog(m_db).pending())
            return false;
    } catch (const StorageError &) {
        return false; // the base is busy or gone for a moment: the next change tries again
    }
    const QString path = m_db.path();
    m_thread = QThread::create([this, path] {
        qint64 indexed = 0;
        QString message;
        try {
            DatabaseOptions options;
            options.createIfMissing = false;
            const std::unique_ptr<Database> db = Database::open(path, options);
            indexed = SearchBacklog(*db).fill([this](qint64) { return !m_stop.load(); });
        } catch (const StorageError &error) {
            message = error.message();
        }
        QMetaObject::invokeMethod(
            this, [this, indexed, message] { onWorkerDone(indexed, message); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("searchIndexFill"));
    m_thread->start();
    return true;
}

void BackgroundSearchIndex::onWorkerDone(qint64 indexed, const QString &message)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit finished(indexed, message);
}

} // namespace voronka
