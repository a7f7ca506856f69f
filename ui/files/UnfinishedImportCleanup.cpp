#include "UnfinishedImportCleanup.h"

#include "domain/Clock.h"
#include "import/UnfinishedBatchCleaner.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

namespace voronka {

UnfinishedImportCleanup::UnfinishedImportCleanup(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
}

UnfinishedImportCleanup::~UnfinishedImportCleanup()
{
    m_worker.wait(); // a removal is not stopped half-way: the next start would only have to finish it
}

void UnfinishedImportCleanup::start()
{
    m_worker.start([this](const WorkerThread::Stopped &) {
        try {
            const std::unique_ptr<Database> db = Database::openExisting(m_databasePath);
            const SystemClock clock;
            for (const RemovedImport &removed : UnfinishedBatchCleaner(DataContext{*db, clock, 0}).run())
                emit this->removed(UnfinishedBatchCleaner::message(removed));
        } catch (const StorageError &error) {
            emit failed(error.message());
        }
        emit finished();
    });
}

} // namespace voronka
