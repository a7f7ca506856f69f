#pragma once

#include "DataContext.h"

#include <QString>
#include <QVariantList>

namespace voronka {

// Optimistic locking for a table whose rows carry version/updated_at/updated_by:
// an update or delete names the version it read, and zero rows touched means someone else got there first.
class VersionedTable
{
public:
    // table and noun come from code, never from input; noun is the translated word used in messages.
    VersionedTable(DataContext context, QString table, QString noun);

    // Sets the given columns ("name = ?, city = ?"), bumps the version and stamps the change.
    // Returns the new version; throws StorageError StaleVersion or NotFound.
    qint64 update(qint64 id, qint64 expectedVersion, const QString &assignments, const QVariantList &values);
    void remove(qint64 id, qint64 expectedVersion);
    // The created_at/updated_at/updated_by values for a new row, in that order.
    QVariantList creationStamp() const;

private:
    [[noreturn]] void throwConflict(qint64 id) const;

    DataContext m_context;
    QString m_table;
    QString m_noun;
};

} // namespace voronka
