#include "BackgroundReader.h"

#include "Database.h"
#include "StorageError.h"

#include <QObject>

#include <utility>

namespace voronka {

class BackgroundReader::Worker : public QObject
{
public:
    Worker(QString databasePath, Viewer viewer, std::shared_ptr<std::atomic<bool>> closing)
        : m_databasePath(std::move(databasePath))
        , m_viewer(std::move(viewer))
        , m_closing(std::move(closing))
    {
    }

    void run(const Work &work, const Failure &failed)
    {
        if (m_closing->load())
            return;
        try {
            if (!m_db) {
                DatabaseOptions options;
                options.createIfMissing = false;
                options.readOnly = true;
                options.acceptOlderSchema = true;
                m_db = Database::open(m_databasePath, options);
                m_db->setViewer(m_viewer);
            }
            work(*m_db);
        } catch (const StorageError &error) {
            m_db.reset(); // a vanished or replaced file: open afresh next time
            failed(error);
        }
    }

private:
    QString m_databasePath;
    Viewer m_viewer;
    std::shared_ptr<std::atomic<bool>> m_closing;
    std::unique_ptr<Database> m_db;
};

BackgroundReader::BackgroundReader(QString databasePath, Viewer viewer)
    : m_worker(new Worker(std::move(databasePath), std::move(viewer), m_closing))
{
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("background reader"));
    m_thread.start();
}

BackgroundReader::~BackgroundReader()
{
    m_closing->store(true);
    // The worker's connection is closed on its own thread, after the piece running now.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundReader::post(Work work, Failure failed)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, work = std::move(work), failed = std::move(failed)] { worker->run(work, failed); },
        Qt::QueuedConnection);
}

} // namespace voronka
