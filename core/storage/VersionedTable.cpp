#include "VersionedTable.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "domain/Clock.h"

#include <QLocale>

namespace voronka {

VersionedTable::VersionedTable(DataContext context, QString table, ConflictMessages messages)
    : m_context(context)
    , m_table(std::move(table))
    , m_messages(std::move(messages))
{
}

qint64 VersionedTable::update(qint64 id, qint64 expectedVersion, const QString &assignments, const QVariantList &values)
{
    SqlStatement statement(m_context.db.connection(),
                           QStringLiteral("UPDATE %1 SET %2, version = version + 1, updated_at = ?, updated_by = ? "
                                          "WHERE id = ? AND version = ?")
                               .arg(m_table, assignments));
    for (const auto &value : values)
        statement.bind(value);
    statement.bind({toStoredTime(m_context.clock.nowUtc()), nullIfZero(m_context.userId), id, expectedVersion});
    statement.exec();
    if (statement.rowsAffected() == 0)
        throwConflict(id);
    return expectedVersion + 1;
}

void VersionedTable::remove(qint64 id, qint64 expectedVersion)
{
    SqlStatement statement(m_context.db.connection(),
                           QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?").arg(m_table));
    statement.bind({id, expectedVersion}).exec();
    if (statement.rowsAffected() == 0)
        throwConflict(id);
}

QVariantList VersionedTable::creationStamp() const
{
    const QVariant now = toStoredTime(m_context.clock.nowUtc());
    return {now, now, nullIfZero(m_context.userId)};
}

void VersionedTable::stampCreation(ColumnValues &values) const
{
    values.creationStamp(toStoredTime(m_context.clock.nowUtc()).toString(), m_context.userId);
}

void VersionedTable::throwConflict(qint64 id) const
{
    SqlStatement who(
        m_context.db.connection(),
        QStringLiteral("SELECT t.updated_at, u.full_name FROM %1 t LEFT JOIN users u ON u.id = t.updated_by "
                       "WHERE t.id = ?")
            .arg(m_table));
    who.bind(id).exec();
    if (!who.next())
        throw StorageError(StorageError::Kind::NotFound, m_messages.deleted);
    const QDateTime when = fromStoredTime(who.value(0)).toLocalTime();
    const QString name = who.value(1).toString();
    who.done();
    const QString whenText = QLocale().toString(when, QLocale::ShortFormat);
    throw StorageError(StorageError::Kind::StaleVersion,
                       name.isEmpty() ? m_messages.changed.arg(whenText) : m_messages.changedBy.arg(name, whenText));
}

} // namespace voronka
