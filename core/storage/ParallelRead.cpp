#include "ParallelRead.h"

#include "Database.h"

namespace voronka {

namespace {
std::function<void(Database &)> openedHook;
} // namespace

void ParallelRead::setOpenedHook(std::function<void(Database &)> hook)
{
    openedHook = std::move(hook);
}

ParallelRead::ParallelRead(Database &db, Read read)
    : m_db(db)
    , m_read(std::move(read))
{
    if (db.transactionDepth() > 0 || QThread::idealThreadCount() < 2)
        return;
    m_thread.reset(QThread::create([this, path = db.path(), viewer = db.viewer()] {
        try {
            // A QSqlDatabase connection belongs to the thread that opened it: opened, read and closed here.
            DatabaseOptions options;
            options.createIfMissing = false;
            options.readOnly = true;
            options.acceptOlderSchema = true; // as the caller's connection already does
            const std::unique_ptr<Database> own = Database::open(path, options);
            own->setViewer(viewer);
            if (openedHook)
                openedHook(*own);
            m_read(*own);
        } catch (...) {
            m_failure = std::current_exception();
        }
    }));
    m_thread->setObjectName(QStringLiteral("parallel read"));
    m_thread->start();
}

ParallelRead::~ParallelRead()
{
    if (m_thread)
        m_thread->wait();
}

void ParallelRead::wait()
{
    if (m_waited)
        return;
    m_waited = true;
    if (!m_thread) {
        m_read(m_db);
        return;
    }
    m_thread->wait();
    if (m_failure)
        std::rethrow_exception(m_failure);
}

} // namespace voronka
