#include "UnfinishedImportCleanup.h"

#include "domain/Clock.h"
#include "import/UnfinishedBatchCleaner.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QThread>

namespace voronka {

UnfinishedImportCleanup::UnfinishedImportCleanup(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
}

UnfinishedImportCleanup::~UnfinishedImportCleanup()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void UnfinishedImportCleanup::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        try {
            DatabaseOptions options;
            options.createIfMissing = false;
            const std::unique_ptr<Database> db = Database::open(m_databasePath, options);
            const SystemClock clock;
            for (const RemovedImport &removed : UnfinishedBatchCleaner(DataContext{*db, clock, 0}).run())
                emit this->removed(UnfinishedBatchCleaner::message(removed));
        } catch (const StorageError &error) {
            emit failed(error.message());
        }
        emit finished();
    });
    m_thread->setObjectName(QStringLiteral("unfinishedImportCleanup"));
    m_thread->start();
}

} // namespace voronka
