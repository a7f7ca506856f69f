#pragma once

#include "common/WorkerThread.h"

#include <QObject>
#include <QString>

namespace voronka {

// Removes, after the window is up, what an import or an undo killed half-way left in the base
// (UnfinishedBatchCleaner). A big leftover takes seconds to remove, so it runs on a worker thread with its own
// connection (a QSqlDatabase connection belongs to the thread that opened it), never before the window.
class UnfinishedImportCleanup : public QObject
{
    Q_OBJECT

public:
    UnfinishedImportCleanup(QString databasePath, QObject *parent = nullptr);
    // Waits for the removal under way to end: the base must not be closed under it.
    ~UnfinishedImportCleanup() override;

    void start();

signals:
    // One per batch removed, queued to the receiver's thread.
    void removed(const QString &message);
    void failed(const QString &message);
    void finished();

private:
    QString m_databasePath;
    WorkerThread m_worker{QStringLiteral("unfinishedImportCleanup")};
};

} // namespace voronka
