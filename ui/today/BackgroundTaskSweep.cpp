#include "BackgroundTaskSweep.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>

namespace voronka {

namespace {
QMutex gateMutex;
BackgroundTaskSweep::Gate testGate;
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

void BackgroundTaskSweep::setGateForTest(Gate gate)
{
    const QMutexLocker lock(&gateMutex);
    testGate = std::move(gate);
}

bool BackgroundTaskSweep::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundTaskSweep::stop()
{
    if (!m_thread)
        return;
    m_stop->store(true);
    m_thread->wait();
    m_thread.reset();
}

bool BackgroundTaskSweep::start()
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait(); // ended already: only its result may still be on its way
    auto stopFlag = std::make_shared<std::atomic_bool>(false);
    m_stop = stopFlag;
    // The worker reports through a queued call on this object: it runs on this object's thread, and is dropped when
    // the object is gone.
    m_thread.reset(QThread::create([this, stopFlag] {
        Gate gate;
        {
            const QMutexLocker lock(&gateMutex);
            gate = testGate;
        }
        if (gate)
            gate([stopFlag] { return stopFlag->load(); });
        TaskRulesReport report;
        QString failure;
        try {
            DatabaseOptions options;
            options.createIfMissing = false;
            // A connection belongs to the thread that opened it: the window's cannot be used here.
            const std::unique_ptr<Database> db = Database::open(m_databasePath, options);
            report = TaskRules(DataContext{*db, m_clock, m_userId}).run([stopFlag] { return stopFlag->load(); });
        } catch (const StorageError &error) {
            failure = error.message();
        } catch (const std::exception &error) {
            failure = QString::fromUtf8(error.what());
        }
        if (stopFlag->load())
            return; // the owner is going: nobody waits for the result
        QMetaObject::invokeMethod(
            this,
            [this, report, failure] {
                if (failure.isEmpty())
                    emit finished(report);
                else
                    emit failed(failure);
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("taskRuleSweep"));
    m_thread->start();
    return true;
}

} // namespace voronka
