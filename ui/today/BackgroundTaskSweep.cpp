#include "BackgroundTaskSweep.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

namespace voronka {

namespace {
WorkerTestGate testGate;
} // namespace

BackgroundTaskSweep::BackgroundTaskSweep(QString databasePath, const Clock &clock, qint64 userId, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_userId(userId)
{
}

BackgroundTaskSweep::~BackgroundTaskSweep()
{
    stop();
}

void BackgroundTaskSweep::setGateForTest(WorkerTestGate::Gate gate)
{
    testGate.set(std::move(gate));
}

bool BackgroundTaskSweep::isRunning() const
{
    return m_worker.isRunning();
}

void BackgroundTaskSweep::stop()
{
    m_worker.stop();
}

bool BackgroundTaskSweep::start()
{
    // The worker reports through a queued call on this object: it runs on this object's thread, and is dropped when
    // the object is gone.
    return m_worker.start([this](const WorkerThread::Stopped &stopped) {
        testGate.pass(stopped);
        TaskRulesReport report;
        QString failure;
        try {
            const std::unique_ptr<Database> db = Database::openExisting(m_databasePath);
            report = TaskRules(DataContext{*db, m_clock, m_userId}).run(stopped);
        } catch (const StorageError &error) {
            failure = error.message();
        } catch (const std::exception &error) {
            failure = QString::fromUtf8(error.what());
        }
        if (stopped())
            return; // the owner is going: nobody waits for the result
        m_worker.reportFinished(); // a sweep started on this result must not find this one still running
        QMetaObject::invokeMethod(
            this,
            [this, report, failure] {
                if (failure.isEmpty())
                    emit finished(report);
                else
                    emit failed(failure);
            },
            Qt::QueuedConnection);
    });
}

} // namespace voronka
