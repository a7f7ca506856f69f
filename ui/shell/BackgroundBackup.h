#pragma once

#include "common/WorkerThread.h"
#include "storage/BackupService.h"

#include <QObject>
#include <QString>

namespace voronka {

// Makes a backup on a worker thread with connections of its own (BackupService's stepped copy and the check of the
// copy), so the window stays usable while a big base is copied. Signals arrive on the thread that owns this object.
// Going away cancels the backup and waits for the worker, which leaves no partial file behind.
class BackgroundBackup : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        FirstToday, // only when no backup of the base is from today
        Now,
    };
    Q_ENUM(Kind)
    enum class Result {
        Made,
        NotNeeded, // today's backup exists already
        Cancelled,
        Failed, // message says why (a full disk, a folder that cannot be written, a base too busy to copy)
        Damaged, // the check of the copy found damage in the base: message says what and what to do
    };
    Q_ENUM(Result)

    explicit BackgroundBackup(QObject *parent = nullptr);
    ~BackgroundBackup() override;

    // Starts a backup unless one is running (then false).
    bool start(Kind kind, const BackupPlace &place, const QDateTime &now);
    bool isRunning() const;
    // Stops the running backup and waits for the worker to end (a step or a part of the check: milliseconds).
    void cancel();

    // Test seam: called on the worker before the backup starts, so a test can hold it while it drives the window;
    // the gate is given the question whether the backup was cancelled meanwhile.
    static void setGateForTest(WorkerTestGate::Gate gate);

signals:
    void progressed(qint64 done, qint64 total);
    void finished(voronka::BackgroundBackup::Result result, const QString &message);

private:
    WorkerThread m_worker{QStringLiteral("backup")};
};

} // namespace voronka
