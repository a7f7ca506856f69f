#include "BackgroundBackup.h"

#include "storage/StorageError.h"

#include <QDir>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

namespace voronka {

namespace {
QMutex gateMutex;
BackgroundBackup::Gate testGate;
} // namespace

BackgroundBackup::BackgroundBackup(QObject *parent)
    : QObject(parent)
{
}

BackgroundBackup::~BackgroundBackup()
{
    cancel();
}

void BackgroundBackup::setGateForTest(Gate gate)
{
    const QMutexLocker lock(&gateMutex);
    testGate = std::move(gate);
}

bool BackgroundBackup::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundBackup::cancel()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_thread->wait();
    m_thread.reset();
}

bool BackgroundBackup::start(Kind kind, const BackupPlace &place, const QDateTime &now)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait(); // ended already: only its results may still be on their way
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    // The worker reports through queued calls on this object: they run on its thread, and are dropped when it is
    // gone. Progress is sent at most once per step (tens of milliseconds).
    m_thread.reset(QThread::create([this, kind, place, now, cancelFlag] {
        BackupControl control;
        control.cancelled = [cancelFlag] { return cancelFlag->load(); };
        Gate gate;
        {
            const QMutexLocker lock(&gateMutex);
            gate = testGate;
        }
        if (gate)
            gate(control.cancelled);
        control.progress = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
        };
        Result result = Result::Made;
        QString message;
        try {
            const std::optional<BackupFile> made = kind == Kind::FirstToday
                ? BackupService::backupIfFirstToday(place, now, control)
                : BackupService::backupNow(place, now, control);
            if (made)
                message = QDir::toNativeSeparators(made->path);
            else
                result = cancelFlag->load() ? Result::Cancelled : Result::NotNeeded;
        } catch (const StorageError &error) {
            result = error.kind() == StorageError::Kind::Damaged ? Result::Damaged : Result::Failed;
            message = error.message();
        }
        if (cancelFlag->load())
            return; // the owner is going: nobody waits for the result
        QMetaObject::invokeMethod(
            this, [this, result, message] { emit finished(result, message); }, Qt::QueuedConnection);
    }));
    m_thread->start();
    return true;
}

} // namespace voronka
