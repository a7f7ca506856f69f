#include "UnfinishedBatchCleaner.h"

#include "domain/Clock.h"
#include "storage/ImportBatchRepository.h"

#include <QLocale>

namespace voronka {

UnfinishedBatchCleaner::UnfinishedBatchCleaner(DataContext context, StepPacing pacing)
    : m_context(context)
    , m_pacing(pacing)
{
}

QList<RemovedImport> UnfinishedBatchCleaner::run()
{
    ImportBatchRepository batches(m_context, m_pacing);
    const QDateTime aliveSince = m_context.clock.nowUtc().addSecs(-ImportBatchRepository::abandonedAfterSeconds);
    QList<RemovedImport> removed;
    for (const ImportBatch &batch : batches.unfinished()) {
        if (batch.heartbeatAt.isValid() && batch.heartbeatAt >= aliveSince)
            continue; // its process is still at work
        // Another cleaner (a colleague's window starting at the same time) may take it first.
        if (!batches.claim(batch))
            continue;
        const qint64 companies = batches.companyCount(batch.id);
        batches.removeInSteps(batch.id);
        removed.append({batch, companies});
    }
    return removed;
}

QString UnfinishedBatchCleaner::message(const RemovedImport &removed)
{
    const ImportBatch &batch = removed.batch;
    const QString started = QLocale().toString(batch.startedAt.toLocalTime(), QLocale::ShortFormat);
    const QString user = batch.userName.isEmpty() ? tr("the command line") : batch.userName;
    if (batch.finishedAt.isValid()) {
        return tr("An unfinished undo of the import of %1 by %2 (started %3) was completed: %n companies removed",
                  nullptr, int(removed.companies))
            .arg(batch.fileName, user, started);
    }
    return tr("An unfinished import of %1 by %2 (started %3) was removed: %n companies", nullptr,
              int(removed.companies))
        .arg(batch.fileName, user, started);
}

} // namespace voronka
