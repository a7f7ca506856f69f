#include "VisibleCompanies.h"

#include "Database.h"
#include "ImportBatchRepository.h"
#include "SqlStatement.h"

namespace voronka {

VisibleCompanies::VisibleCompanies(Database &db)
    : m_db(db)
{
    // A base from before stepped imports (opened read-only by an older-schema check) has every batch complete.
    if (db.schemaVersion() < ImportBatchRepository::stateSchemaVersion)
        return;
    // Served by the partial index import_batches_unfinished: no row is read when every batch is complete.
    SqlStatement select(db.connection(),
                        QStringLiteral("SELECT id FROM import_batches "
                                       "WHERE state IN ('loading', 'removing') ORDER BY id"));
    select.exec();
    while (select.next())
        m_hiddenBatches.append(select.value(0).toLongLong());
}

QString VisibleCompanies::placeholders() const
{
    return QStringList(m_hiddenBatches.size(), QStringLiteral("?")).join(QLatin1Char(','));
}

QVariantList VisibleCompanies::batchValues() const
{
    QVariantList values;
    for (const qint64 id : m_hiddenBatches)
        values.append(id);
    return values;
}

SqlCondition VisibleCompanies::condition(const QString &alias) const
{
    if (!hidesAny())
        return {};
    const QString column
        = alias.isEmpty() ? QStringLiteral("import_batch_id") : alias + QStringLiteral(".import_batch_id");
    return {QStringLiteral("(%1 IS NULL OR %1 NOT IN (%2))").arg(column, placeholders()), batchValues()};
}

SqlCondition VisibleCompanies::companyIdCondition(const QString &column) const
{
    if (!hidesAny())
        return {};
    return {QStringLiteral("%1 NOT IN (SELECT id FROM companies WHERE import_batch_id IN (%2))")
                .arg(column, placeholders()),
            batchValues()};
}

SqlCondition VisibleCompanies::hiddenCondition() const
{
    if (!hidesAny())
        return {};
    return {QStringLiteral("import_batch_id IN (%1)").arg(placeholders()), batchValues()};
}

qint64 VisibleCompanies::hiddenCount() const
{
    if (!hidesAny())
        return 0;
    SqlStatement count(m_db.connection(),
                       QStringLiteral("SELECT count(*) FROM companies WHERE ") + hiddenCondition().sql);
    for (const qint64 id : m_hiddenBatches)
        count.bind(id);
    count.exec();
    const qint64 hidden = count.next() ? count.value(0).toLongLong() : 0;
    count.done();
    return hidden;
}

} // namespace voronka
