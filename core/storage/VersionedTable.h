#pragma once

#include "ColumnValues.h"
#include "DataContext.h"

#include <QString>
#include <QVariantList>

namespace voronka {

// What a user is told when a row changed or vanished under them; whole sentences, so each language can
// inflect them properly. changedBy takes %1 = who, %2 = when; changed takes %1 = when.
struct ConflictMessages
{
    QString deleted;
    QString changedBy;
    QString changed;
};

// Optimistic locking for a table whose rows carry version/updated_at/updated_by:
// an update or delete names the version it read, and zero rows touched means someone else got there first.
class VersionedTable
{
public:
    // table comes from code, never from input.
    VersionedTable(DataContext context, QString table, ConflictMessages messages);

    // Sets the given columns ("name = ?, city = ?"), bumps the version and stamps the change.
    // Returns the new version; throws StorageError StaleVersion or NotFound.
    qint64 update(qint64 id, qint64 expectedVersion, const QString &assignments, const QVariantList &values);
    void remove(qint64 id, qint64 expectedVersion);
    // The created_at/updated_at/updated_by values for a new row, in that order.
    QVariantList creationStamp() const;
    // Adds the same three columns to a new row's values.
    void stampCreation(ColumnValues &values) const;

private:
    [[noreturn]] void throwConflict(qint64 id) const;

    DataContext m_context;
    QString m_table;
    ConflictMessages m_messages;
};

} // namespace voronka
