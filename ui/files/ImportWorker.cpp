#include "ImportWorker.h"

#include "domain/Clock.h"
#include "import/ImportError.h"
#include "import/ImportReport.h"
#include "import/ImportService.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QFile>

namespace voronka {

ImportWorker::ImportWorker(QString databasePath, qint64 userId, QString filePath, ImportOptions options)
    : m_databasePath(std::move(databasePath))
    , m_userId(userId)
    , m_filePath(std::move(filePath))
    , m_options(std::move(options))
    , m_report(std::make_shared<MemoryImportReport>())
{
}

ImportWorker::~ImportWorker() = default;

void ImportWorker::requestCancel()
{
    m_cancelRequested.store(true);
    // Wakes a worker held by setHoldAtRows().
    m_cancelRequested.notify_all();
}

std::shared_ptr<const MemoryImportReport> ImportWorker::report() const
{
    return m_report;
}

void ImportWorker::run()
{
    ImportResult result;
    try {
        QFile file(m_filePath);
        if (!file.open(QIODevice::ReadOnly))
            throw ImportError(ImportError::Kind::Unreadable,
                              tr("%1 cannot be read: %2").arg(m_filePath, file.errorString()));
        // Scoped: the connection is closed on this thread before anyone hears that the import ended.
        const std::unique_ptr<Database> db = Database::openExisting(m_databasePath);
        const SystemClock clock;
        ImportService service(DataContext{*db, clock, m_userId});
        result = service.run(&file, m_options, m_report.get(), [this](const ImportProgress &step) {
            if (!step.waitingFor.isEmpty()) {
                emit waiting(step.waitingFor);
                return !m_cancelRequested.load();
            }
            emit progress(step.bytesRead, step.totalBytes, step.rows);
            if (m_holdAtRows > 0 && step.rows >= m_holdAtRows)
                m_cancelRequested.wait(false);
            return !m_cancelRequested.load();
        });
    } catch (const ImportError &error) {
        emit failed(error.message(), int(error.kind()));
        return;
    } catch (const StorageError &error) {
        emit failed(error.message(), int(ImportError::Kind::Storage));
        return;
    } catch (const std::exception &error) {
        emit failed(QString::fromLocal8Bit(error.what()), int(ImportError::Kind::Storage));
        return;
    }
    emit finished(result);
}

} // namespace voronka
