#include "BackgroundBackup.h"

#include "storage/StorageError.h"

#include <QDir>

namespace voronka {

namespace {
WorkerTestGate testGate;
} // namespace

BackgroundBackup::BackgroundBackup(QObject *parent)
    : QObject(parent)
{
}

BackgroundBackup::~BackgroundBackup()
{
    cancel();
}

void BackgroundBackup::setGateForTest(WorkerTestGate::Gate gate)
{
    testGate.set(std::move(gate));
}

bool BackgroundBackup::isRunning() const
{
    return m_worker.isRunning();
}

void BackgroundBackup::cancel()
{
    m_worker.stop();
}

bool BackgroundBackup::start(Kind kind, const BackupPlace &place, const QDateTime &now)
{
    // The worker reports through queued calls on this object: they run on its thread, and are dropped when it is
    // gone. Progress is sent at most once per step (tens of milliseconds).
    return m_worker.start([this, kind, place, now](const WorkerThread::Stopped &cancelled) {
        testGate.pass(cancelled);
        BackupControl control;
        control.cancelled = cancelled;
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
                result = cancelled() ? Result::Cancelled : Result::NotNeeded;
        } catch (const StorageError &error) {
            result = error.kind() == StorageError::Kind::Damaged ? Result::Damaged : Result::Failed;
            message = error.message();
        }
        if (cancelled())
            return; // the owner is going: nobody waits for the result
        m_worker.reportFinished();
        QMetaObject::invokeMethod(
            this, [this, result, message] { emit finished(result, message); }, Qt::QueuedConnection);
    });
}

} // namespace voronka
