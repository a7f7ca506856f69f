#include "LostReasonRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "VersionedTable.h"
#include "WriteTransaction.h"

#include <QCoreApplication>

namespace voronka {

namespace {
VersionedTable reasonsTable(DataContext context)
{
    return {
        context,
        QStringLiteral("lost_reasons"),
        {QCoreApplication::translate("LostReasonRepository", "The reason no longer exists: someone deleted it."),
         QCoreApplication::translate("LostReasonRepository", "The reason was changed by %1 at %2 since you opened it."),
         QCoreApplication::translate("LostReasonRepository", "The reason was changed at %1 since you opened it.")}};
}
} // namespace

LostReasonRepository::LostReasonRepository(DataContext context)
    : m_context(context)
{
}

QList<LostReason> LostReasonRepository::list(bool activeOnly) const
{
    return select(activeOnly ? QStringLiteral("active = 1") : QStringLiteral("1 = 1"), {});
}

std::optional<LostReason> LostReasonRepository::find(qint64 id) const
{
    const QList<LostReason> reasons = select(QStringLiteral("id = ?"), {id});
    if (reasons.isEmpty())
        return std::nullopt;
    return reasons.first();
}

void LostReasonRepository::validate(const LostReason &reason) const
{
    const QString title = reason.title.trimmed();
    if (title.isEmpty())
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("LostReasonRepository", "A lost reason needs a text."));
    // The column is NOCASE; asking first gives a clear message instead of a constraint error.
    const QVariant other = SqlStatement::scalar(
        m_context.db.connection(), QStringLiteral("SELECT id FROM lost_reasons WHERE title = ? AND id <> ?"),
        {title, reason.id});
    if (!other.isNull())
        throw StorageError(
            StorageError::Kind::InvalidData,
            QCoreApplication::translate("LostReasonRepository", "The reason \"%1\" is already in the list.")
                .arg(title));
}

void LostReasonRepository::create(LostReason &reason)
{
    WriteTransaction transaction(m_context.db);
    validate(reason);
    SqlStatement insert(m_context.db.connection(),
                        QStringLiteral("INSERT INTO lost_reasons (title, position, active, created_at, updated_at, "
                                       "updated_by) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind({reason.title.trimmed(), reason.position, reason.active ? 1 : 0});
    for (const auto &value : reasonsTable(m_context).creationStamp())
        insert.bind(value);
    insert.exec();
    const qint64 id = insert.lastInsertId();
    transaction.commit();
    reason.id = id;
    reason.title = reason.title.trimmed();
    reason.version = 1;
}

void LostReasonRepository::update(LostReason &reason)
{
    WriteTransaction transaction(m_context.db);
    validate(reason);
    const qint64 version = reasonsTable(m_context).update(
        reason.id, reason.version, QStringLiteral("title = ?, position = ?, active = ?"),
        {reason.title.trimmed(), reason.position, reason.active ? 1 : 0});
    transaction.commit();
    reason.version = version;
    reason.title = reason.title.trimmed();
}

QList<LostReason> LostReasonRepository::select(const QString &where, const QVariantList &values) const
{
    // where comes from this class, never from input.
    SqlStatement statement(m_context.db.connection(),
                           QStringLiteral("SELECT id, title, position, active, version FROM lost_reasons WHERE %1 "
                                          "ORDER BY position, id")
                               .arg(where));
    for (const auto &value : values)
        statement.bind(value);
    statement.exec();
    QList<LostReason> reasons;
    while (statement.next()) {
        LostReason reason;
        reason.id = statement.value(0).toLongLong();
        reason.title = statement.value(1).toString();
        reason.position = statement.value(2).toInt();
        reason.active = statement.value(3).toInt() != 0;
        reason.version = statement.value(4).toLongLong();
        reasons.append(reason);
    }
    return reasons;
}

} // namespace voronka
