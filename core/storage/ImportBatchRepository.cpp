#include "ImportBatchRepository.h"

#include "CompanySearchIndex.h"
#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "WriteTransaction.h"
#include "domain/Clock.h"
#include "domain/TextNormalization.h"

#include <QCoreApplication>
#include <QSet>

namespace voronka {

const QStringList &ImportBatchRepository::mergeableFields()
{
    static const QStringList fields = {QStringLiteral("inn"), QStringLiteral("city"), QStringLiteral("address"),
                                       QStringLiteral("website"), QStringLiteral("industry")};
    return fields;
}

ImportBatchRepository::ImportBatchRepository(DataContext context)
    : m_context(context)
{
}

qint64 ImportBatchRepository::begin(const ImportBatch &batch)
{
    const QVariant now = toStoredTime(m_context.clock.nowUtc());
    SqlStatement insert(m_context.db.connection(),
                        QStringLiteral("INSERT INTO import_batches (file_name, user_id, owner_id, tag, encoding, "
                                       "delimiter, duplicate_policy, started_at, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind({batch.fileName, nullIfZero(m_context.userId), nullIfZero(batch.ownerId), nullIfEmpty(batch.tag),
                 nullIfEmpty(batch.encoding), nullIfEmpty(batch.delimiter), nullIfEmpty(batch.duplicatePolicy), now,
                 now});
    insert.exec();
    return insert.lastInsertId();
}

void ImportBatchRepository::finish(const ImportBatch &batch)
{
    SqlStatement::run(m_context.db.connection(),
                      QStringLiteral("UPDATE import_batches SET finished_at = ?, rows_read = ?, imported = ?, "
                                     "merged = ?, duplicates = ?, rejected = ?, encoding = ?, delimiter = ? "
                                     "WHERE id = ?"),
                      {toStoredTime(m_context.clock.nowUtc()), batch.rowsRead, batch.imported, batch.merged,
                       batch.duplicates, batch.rejected, nullIfEmpty(batch.encoding), nullIfEmpty(batch.delimiter),
                       batch.id});
}

namespace {
const QString batchColumns = QStringLiteral(
    "SELECT b.id, b.file_name, b.user_id, u.full_name, b.owner_id, b.tag, b.encoding, b.delimiter, "
    "b.duplicate_policy, b.started_at, b.finished_at, b.undone_at, b.rows_read, b.imported, b.merged, b.duplicates, "
    "b.rejected FROM import_batches b LEFT JOIN users u ON u.id = b.user_id ");

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
    if (batch->undoneAt.isValid())
        throw StorageError(
            StorageError::Kind::InvalidData,
            QCoreApplication::translate("ImportBatchRepository", "Import number %1 was already undone.").arg(batchId));

    const QSqlDatabase db = m_context.db.connection();
    const QVariant now = toStoredTime(m_context.clock.nowUtc());
    const QVariant user = nullIfZero(m_context.userId);
    ImportUndoSummary summary;
    WriteTransaction transaction(m_context.db);

    // Companies that stay but lose what the merge gave them need their search text rebuilt afterwards.
    QSet<qint64> mergedCompanies;
    for (const QString &table : {QStringLiteral("contacts"), QStringLiteral("phones"), QStringLiteral("emails"),
                                 QStringLiteral("activities"), QStringLiteral("import_merge_fields")}) {
        const QString batchColumn = table == QLatin1String("import_merge_fields") ? QStringLiteral("batch_id")
                                                                                  : QStringLiteral("import_batch_id");
        SqlStatement companies(
            db, QStringLiteral("SELECT DISTINCT company_id FROM %1 WHERE %2 = ?").arg(table, batchColumn));
        companies.bind(batchId).exec();
        while (companies.next())
            mergedCompanies.insert(companies.value(0).toLongLong());
    }

    SqlStatement::run(db,
                      QStringLiteral("DELETE FROM company_search WHERE rowid IN "
                                     "(SELECT id FROM companies WHERE import_batch_id = ?)"),
                      {batchId});
    SqlStatement removeCompanies(db, QStringLiteral("DELETE FROM companies WHERE import_batch_id = ?"));
    removeCompanies.bind(batchId).exec();
    summary.companiesRemoved = removeCompanies.rowsAffected();

    for (const QString &table : {QStringLiteral("contacts"), QStringLiteral("phones"), QStringLiteral("emails"),
                                 QStringLiteral("activities")}) {
        SqlStatement remove(db, QStringLiteral("DELETE FROM %1 WHERE import_batch_id = ?").arg(table));
        remove.bind(batchId).exec();
        summary.rowsRemovedFromOthers += remove.rowsAffected();
    }

    qint64 filled = 0;
    for (const QString &field : mergeableFields()) {
        SqlStatement clear(db,
                           QStringLiteral("UPDATE companies SET %1 = NULL, version = version + 1, updated_at = ?, "
                                          "updated_by = ? WHERE id IN (SELECT company_id FROM import_merge_fields "
                                          "m WHERE m.batch_id = ? AND m.field = '%1' AND m.value = companies.%1)")
                               .arg(field));
        clear.bind({now, user, batchId}).exec();
        summary.fieldsCleared += clear.rowsAffected();
    }
    filled = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM import_merge_fields WHERE batch_id = ?"),
                                  {batchId})
                 .toLongLong();
    summary.fieldsKept = filled - summary.fieldsCleared;

    CompanySearchIndex index(m_context.db);
    for (const qint64 companyId : std::as_const(mergedCompanies))
        index.refresh(companyId);

    SqlStatement::run(db, QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"), {now, batchId});
    transaction.commit();
    return summary;
}

} // namespace voronka
