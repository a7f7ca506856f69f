#include "ImportBatchRepository.h"

#include "CompanySearchIndex.h"
#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "WriteSteps.h"
#include "WriteTransaction.h"
#include "domain/Clock.h"
#include "domain/TextNormalization.h"

#include <QCoreApplication>
#include <QSet>

namespace voronka {

const QStringList &ImportBatchRepository::mergeableFields()
{
    static const QStringList fields
        = {QStringLiteral("inn"),     QStringLiteral("city"),    QStringLiteral("region"),
           QStringLiteral("address"), QStringLiteral("website"), QStringLiteral("industry")};
    return fields;
}

ImportBatchRepository::ImportBatchRepository(DataContext context, StepPacing pacing)
    : m_context(context)
    , m_pacing(pacing)
{
}

qint64 ImportBatchRepository::begin(const ImportBatch &batch)
{
    const QVariant now = toStoredTime(m_context.clock.nowUtc());
    SqlStatement insert(m_context.db.connection(),
                        QStringLiteral("INSERT INTO import_batches (file_name, user_id, owner_id, tag, encoding, "
                                       "delimiter, duplicate_policy, started_at, created_at, state, heartbeat_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'loading', ?)"));
    insert.bind({batch.fileName, nullIfZero(m_context.userId), nullIfZero(batch.ownerId), nullIfEmpty(batch.tag),
                 nullIfEmpty(batch.encoding), nullIfEmpty(batch.delimiter), nullIfEmpty(batch.duplicatePolicy), now,
                 now, now});
    insert.exec();
    return insert.lastInsertId();
}

void ImportBatchRepository::heartbeat(qint64 batchId)
{
    SqlStatement update(m_context.db.connection(),
                        QStringLiteral("UPDATE import_batches SET heartbeat_at = ? "
                                       "WHERE id = ? AND state = 'loading'"));
    update.bind({toStoredTime(m_context.clock.nowUtc()), batchId}).exec();
    if (update.rowsAffected() == 0)
        throw StorageError(StorageError::Kind::StaleVersion,
                           QCoreApplication::translate("ImportBatchRepository",
                                                       "Import number %1 was taken for abandoned and removed.")
                               .arg(batchId));
}

void ImportBatchRepository::finish(const ImportBatch &batch)
{
    SqlStatement::run(m_context.db.connection(),
                      QStringLiteral("UPDATE import_batches SET state = 'done', finished_at = ?, rows_read = ?, "
                                     "imported = ?, merged = ?, duplicates = ?, rejected = ?, encoding = ?, "
                                     "delimiter = ? WHERE id = ?"),
                      {toStoredTime(m_context.clock.nowUtc()), batch.rowsRead, batch.imported, batch.merged,
                       batch.duplicates, batch.rejected, nullIfEmpty(batch.encoding), nullIfEmpty(batch.delimiter),
                       batch.id});
}

namespace {
const QString batchColumns = QStringLiteral(
    "SELECT b.id, b.file_name, b.user_id, u.full_name, b.owner_id, b.tag, b.encoding, b.delimiter, "
    "b.duplicate_policy, b.started_at, b.finished_at, b.undone_at, b.rows_read, b.imported, b.merged, b.duplicates, "
    "b.rejected, b.state, b.heartbeat_at FROM import_batches b LEFT JOIN users u ON u.id = b.user_id ");

ImportBatch readBatch(const SqlStatement &row)
{
    ImportBatch batch;
    batch.id = row.value(0).toLongLong();
    batch.fileName = row.value(1).toString();
    batch.userId = row.value(2).toLongLong();
    batch.userName = row.value(3).toString();
    batch.ownerId = row.value(4).toLongLong();
    batch.tag = row.value(5).toString();
    batch.encoding = row.value(6).toString();
    batch.delimiter = row.value(7).toString();
    batch.duplicatePolicy = row.value(8).toString();
    batch.startedAt = fromStoredTime(row.value(9));
    batch.finishedAt = fromStoredTime(row.value(10));
    batch.undoneAt = fromStoredTime(row.value(11));
    batch.rowsRead = row.value(12).toLongLong();
    batch.imported = row.value(13).toLongLong();
    batch.merged = row.value(14).toLongLong();
    batch.duplicates = row.value(15).toLongLong();
    batch.rejected = row.value(16).toLongLong();
    batch.state = importBatchStateFromKey(row.value(17).toString()).value_or(ImportBatchState::Done);
    batch.heartbeatAt = fromStoredTime(row.value(18));
    return batch;
}
} // namespace

QList<ImportBatch> ImportBatchRepository::list() const
{
    SqlStatement select(m_context.db.connection(), batchColumns + QStringLiteral("ORDER BY b.id DESC"));
    select.exec();
    QList<ImportBatch> batches;
    while (select.next())
        batches.append(readBatch(select));
    return batches;
}

std::optional<ImportBatch> ImportBatchRepository::find(qint64 id) const
{
    SqlStatement select(m_context.db.connection(), batchColumns + QStringLiteral("WHERE b.id = ?"));
    select.bind(id).exec();
    if (!select.next())
        return std::nullopt;
    ImportBatch batch = readBatch(select);
    select.done();
    return batch;
}

QList<ImportBatch> ImportBatchRepository::unfinished() const
{
    if (m_context.db.schemaVersion() < stateSchemaVersion)
        return {};
    SqlStatement select(m_context.db.connection(),
                        batchColumns + QStringLiteral("WHERE b.state IN ('loading', 'removing') ORDER BY b.id"));
    select.exec();
    QList<ImportBatch> batches;
    while (select.next())
        batches.append(readBatch(select));
    return batches;
}

std::optional<ImportBatch> ImportBatchRepository::liveImport(const QDateTime &aliveSince) const
{
    SqlStatement select(
        m_context.db.connection(),
        batchColumns + QStringLiteral("WHERE b.state = 'loading' AND b.heartbeat_at >= ? ORDER BY b.id LIMIT 1"));
    select.bind(toStoredTime(aliveSince)).exec();
    if (!select.next())
        return std::nullopt;
    ImportBatch batch = readBatch(select);
    select.done();
    return batch;
}

qint64 ImportBatchRepository::companyCount(qint64 batchId) const
{
    return SqlStatement::scalar(m_context.db.connection(),
                                QStringLiteral("SELECT count(*) FROM companies WHERE import_batch_id = ?"), {batchId})
        .toLongLong();
}

bool ImportBatchRepository::fillEmptyField(qint64 batchId, qint64 companyId, const QString &field, const QString &given)
{
    const QString value = normalizedLine(given);
    if (value.isEmpty())
        return false;
    if (!mergeableFields().contains(field))
        throw StorageError(StorageError::Kind::InvalidData, QStringLiteral("Not a mergeable field: ") + field);
    // The field name comes from the fixed list above, never from input.
    SqlStatement update(m_context.db.connection(),
                        QStringLiteral("UPDATE companies SET %1 = ?, version = version + 1, updated_at = ?, "
                                       "updated_by = ? WHERE id = ? AND (%1 IS NULL OR %1 = '')")
                            .arg(field));
    update.bind({value, toStoredTime(m_context.clock.nowUtc()), nullIfZero(m_context.userId), companyId}).exec();
    if (update.rowsAffected() == 0)
        return false;
    SqlStatement::run(m_context.db.connection(),
                      QStringLiteral("INSERT INTO import_merge_fields (batch_id, company_id, field, value) "
                                     "VALUES (?, ?, ?, ?)"),
                      {batchId, companyId, field, value});
    return true;
}

qint64 ImportBatchRepository::editedSince(qint64 batchId) const
{
    return SqlStatement::scalar(m_context.db.connection(),
                                QStringLiteral("SELECT count(*) FROM companies WHERE import_batch_id = ? "
                                               "AND version > 1"),
                                {batchId})
        .toLongLong();
}

ImportUndoSummary ImportBatchRepository::undo(qint64 batchId)
{
    const auto batch = find(batchId);
    if (!batch)
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("ImportBatchRepository", "There is no import number %1.").arg(batchId));
    if (batch->undoneAt.isValid() || batch->state == ImportBatchState::Undone)
        throw StorageError(
            StorageError::Kind::InvalidData,
            QCoreApplication::translate("ImportBatchRepository", "Import number %1 was already undone.").arg(batchId));
    if (batch->state != ImportBatchState::Done)
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("ImportBatchRepository",
                                                       "Import number %1 is not complete; it cannot be undone.")
                               .arg(batchId));
    {
        // One short transaction hides every company of the batch; the deletions follow in steps.
        WriteTransaction transaction(m_context.db);
        SqlStatement hide(m_context.db.connection(),
                          QStringLiteral("UPDATE import_batches SET state = 'removing', heartbeat_at = ?, "
                                         "undone_by = ? WHERE id = ? AND state = 'done'"));
        hide.bind({toStoredTime(m_context.clock.nowUtc()), nullIfZero(m_context.userId), batchId}).exec();
        if (hide.rowsAffected() == 0)
            throw StorageError(StorageError::Kind::StaleVersion,
                               QCoreApplication::translate("ImportBatchRepository",
                                                           "Import number %1 is being undone by someone else.")
                                   .arg(batchId));
        transaction.commit();
    }
    return removeInSteps(batchId);
}

void ImportBatchRepository::setRemoving(qint64 batchId)
{
    WriteTransaction transaction(m_context.db);
    SqlStatement::run(m_context.db.connection(),
                      QStringLiteral("UPDATE import_batches SET state = 'removing', heartbeat_at = ? WHERE id = ?"),
                      {toStoredTime(m_context.clock.nowUtc()), batchId});
    transaction.commit();
}

ImportUndoSummary ImportBatchRepository::discard(qint64 batchId)
{
    setRemoving(batchId);
    return removeInSteps(batchId);
}

bool ImportBatchRepository::claim(const ImportBatch &batch)
{
    WriteTransaction transaction(m_context.db);
    SqlStatement take(m_context.db.connection(),
                      QStringLiteral("UPDATE import_batches SET state = 'removing', heartbeat_at = ? WHERE id = ? "
                                     "AND state IN ('loading', 'removing') AND heartbeat_at IS ?"));
    take.bind({toStoredTime(m_context.clock.nowUtc()), batch.id, toStoredTime(batch.heartbeatAt)}).exec();
    const bool taken = take.rowsAffected() == 1;
    transaction.commit();
    return taken;
}

ImportUndoSummary ImportBatchRepository::removeInSteps(qint64 batchId)
{
    const QSqlDatabase db = m_context.db.connection();
    ImportUndoSummary summary;
    WriteSteps steps(m_context.db, m_pacing);
    const auto heartbeat = [&] {
        SqlStatement::run(db, QStringLiteral("UPDATE import_batches SET heartbeat_at = ? WHERE id = ?"),
                          {toStoredTime(m_context.clock.nowUtc()), batchId});
    };

    // Companies that stay but lose what the merge gave them need their search text rebuilt afterwards (the
    // batch's own companies go, so they are left out: a big list would otherwise bring all of them here).
    QSet<qint64> mergedCompanies;
    for (const QString &table : {QStringLiteral("contacts"), QStringLiteral("phones"), QStringLiteral("emails"),
                                 QStringLiteral("activities"), QStringLiteral("import_merge_fields")}) {
        const QString batchColumn = table == QLatin1String("import_merge_fields") ? QStringLiteral("batch_id")
                                                                                  : QStringLiteral("import_batch_id");
        SqlStatement companies(db,
                               QStringLiteral("SELECT DISTINCT x.company_id FROM %1 x JOIN companies c ON "
                                              "c.id = x.company_id WHERE x.%2 = ? AND c.import_batch_id IS NOT ?")
                                   .arg(table, batchColumn));
        companies.bind({batchId, batchId}).exec();
        while (companies.next())
            mergedCompanies.insert(companies.value(0).toLongLong());
    }

    // The fields merges filled, restored first: the batch's own companies may be among them, and their rows go
    // with them below (cascade).
    const qint64 filled
        = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM import_merge_fields WHERE batch_id = ?"),
                               {batchId})
              .toLongLong();
    qint64 lastMergeRow = 0;
    const QVariant now = toStoredTime(m_context.clock.nowUtc());
    const QVariant user = nullIfZero(m_context.userId);
    steps.repeat(
        [&](qint64 limit) {
            SqlStatement rows(db,
                              QStringLiteral("SELECT max(id), count(*) FROM (SELECT id FROM import_merge_fields "
                                             "WHERE batch_id = ? AND id > ? ORDER BY id LIMIT ?)"));
            rows.bind({batchId, lastMergeRow, limit}).exec();
            rows.next();
            const qint64 upTo = rows.value(0).toLongLong();
            const qint64 count = rows.value(1).toLongLong();
            rows.done();
            if (count == 0)
                return qint64(0);
            for (const QString &field : mergeableFields()) {
                // The field name comes from the fixed list, never from input.
                SqlStatement clear(db,
                                   QStringLiteral("UPDATE companies SET %1 = NULL, version = version + 1, "
                                                  "updated_at = ?, updated_by = ? WHERE id IN (SELECT company_id "
                                                  "FROM import_merge_fields m WHERE m.batch_id = ? AND m.id > ? AND "
                                                  "m.id <= ? AND m.field = '%1' AND m.value = companies.%1)")
                                       .arg(field));
                clear.bind({now, user, batchId, lastMergeRow, upTo}).exec();
                summary.fieldsCleared += clear.rowsAffected();
            }
            lastMergeRow = upTo;
            return count;
        },
        heartbeat);
    summary.fieldsKept = filled - summary.fieldsCleared;

    summary.companiesRemoved = steps.repeat(
        [&](qint64 limit) {
            // The same companies in every statement: the batch's first ones by id. Their search text is in the
            // index or still waits in the backlog (SearchBacklog), and goes in the same step as they do.
            for (const QString &search :
                 {QStringLiteral("company_search WHERE rowid"), QStringLiteral("search_backlog WHERE company_id")}) {
                SqlStatement::run(db,
                                  QStringLiteral("DELETE FROM %1 IN (SELECT id FROM companies "
                                                 "WHERE import_batch_id = ? ORDER BY id LIMIT ?)")
                                      .arg(search),
                                  {batchId, limit});
            }
            SqlStatement remove(db,
                                QStringLiteral("DELETE FROM companies WHERE id IN (SELECT id FROM companies "
                                               "WHERE import_batch_id = ? ORDER BY id LIMIT ?)"));
            remove.bind({batchId, limit}).exec();
            return qint64(remove.rowsAffected());
        },
        heartbeat);

    for (const QString &table : {QStringLiteral("contacts"), QStringLiteral("phones"), QStringLiteral("emails"),
                                 QStringLiteral("activities")}) {
        summary.rowsRemovedFromOthers += steps.repeat(
            [&](qint64 limit) {
                SqlStatement remove(db,
                                    QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM %1 "
                                                   "WHERE import_batch_id = ? LIMIT ?)")
                                        .arg(table));
                remove.bind({batchId, limit}).exec();
                return qint64(remove.rowsAffected());
            },
            heartbeat);
    }

    const QList<qint64> toRefresh(mergedCompanies.cbegin(), mergedCompanies.cend());
    qint64 refreshed = 0;
    CompanySearchIndex index(m_context.db);
    steps.repeat(
        [&](qint64 limit) {
            const qint64 end = std::min<qint64>(refreshed + limit, toRefresh.size());
            for (qint64 i = refreshed; i < end; ++i)
                index.refresh(toRefresh.at(i));
            const qint64 count = end - refreshed;
            refreshed = end;
            return count;
        },
        heartbeat);

    // The last step: an undo is recorded on the batch (when, by whom); a batch that never finished leaves nothing.
    WriteTransaction transaction(m_context.db);
    SqlStatement::run(db, QStringLiteral("DELETE FROM import_batches WHERE id = ? AND finished_at IS NULL"), {batchId});
    SqlStatement::run(db,
                      QStringLiteral("UPDATE import_batches SET state = 'undone', undone_at = ?, heartbeat_at = ?, "
                                     "undone_by = coalesce(undone_by, ?) WHERE id = ?"),
                      {toStoredTime(m_context.clock.nowUtc()), toStoredTime(m_context.clock.nowUtc()), user, batchId});
    transaction.commit();
    return summary;
}

} // namespace voronka
