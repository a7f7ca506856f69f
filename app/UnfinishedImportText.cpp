#include "UnfinishedImportText.h"

#include "storage/DatabaseInfo.h"

#include <QCoreApplication>
#include <QLocale>
#include <QObject>

namespace voronka {

QString UnfinishedImportText::line(const UnfinishedImport &pending)
{
    const ImportBatch &batch = pending.batch;
    const QString user = batch.userName.isEmpty() ? QObject::tr("the command line") : batch.userName;
    const QString started = QLocale().toString(batch.startedAt.toLocalTime(), QLocale::ShortFormat);
    if (batch.state == ImportBatchState::Removing)
        return QObject::tr("%1 companies of the import of %2 by %3 (started %4), being removed")
            .arg(pending.companies)
            .arg(batch.fileName, user, started);
    return QObject::tr("%1 companies of an unfinished import of %2 by %3 (started %4)")
        .arg(pending.companies)
        .arg(batch.fileName, user, started);
}

QJsonObject UnfinishedImportText::json(const UnfinishedImport &pending)
{
    const ImportBatch &batch = pending.batch;
    return {{QStringLiteral("batch"), batch.id},
            {QStringLiteral("file"), batch.fileName},
            {QStringLiteral("user"), batch.userName},
            {QStringLiteral("state"), importBatchStateKey(batch.state)},
            {QStringLiteral("started_at"), batch.startedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("heartbeat_at"), batch.heartbeatAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("companies"), pending.companies}};
}

} // namespace voronka
