#include "BackgroundFunnelBackfill.h"

#include "storage/ActivityHoursFill.h"
#include "storage/Database.h"
#include "storage/FunnelSpanBackfill.h"
#include "storage/StorageError.h"

namespace voronka {

namespace {
WorkerTestGate gate;
} // namespace

BackgroundFunnelBackfill::BackgroundFunnelBackfill(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

BackgroundFunnelBackfill::~BackgroundFunnelBackfill()
{
    m_worker.stop();
}

void BackgroundFunnelBackfill::setGateForTest(WorkerTestGate::Gate gateForTest)
{
    gate.set(std::move(gateForTest));
}

bool BackgroundFunnelBackfill::startIfNeeded()
{
    if (m_running)
        return true;
    if (m_done || m_db.isReadOnly())
        return false;
    try {
        if (FunnelSpanBackfill(m_db).isFinished() && ActivityHoursFill(m_db).isFinished()) {
            m_done = true;
            return false;
        }
    } catch (const StorageError &) {
        return false; // the base is busy or gone for a moment: the next start tries again
    }
    m_running = m_worker.start([this, path = m_db.path()](const WorkerThread::Stopped &stopped) {
        gate.pass(stopped);
        bool done = false;
        QString message;
        try {
            const std::unique_ptr<Database> db = Database::openExisting(path);
            // The calls counted by the hour first: seconds on the biggest base, where the history takes minutes.
            ActivityHoursFill(*db).run();
            done = FunnelSpanBackfill(*db).run([this, &stopped](int percent) {
                if (stopped())
                    return false;
                QMetaObject::invokeMethod(
                    this, [this, percent] { emit progressed(percent); }, Qt::QueuedConnection);
                return true;
            });
        } catch (const StorageError &error) {
            message = error.message();
        }
        m_worker.reportFinished();
        QMetaObject::invokeMethod(
            this,
            [this, done, message] {
                m_worker.wait(); // its last moments: a start from finished() must find it ended
                m_running = false;
                m_done = done;
                emit finished(done, message);
            },
            Qt::QueuedConnection);
    });
    return m_running;
}

} // namespace voronka
