#include "AuditLog.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"

namespace voronka {

AuditLog::AuditLog(DataContext context)
    : m_context(context)
{
}

QList<AuditEntry> AuditLog::forCompany(qint64 companyId) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT a.id, a.table_name, a.row_id, a.user_id, u.full_name, a.changed_at, "
                                       "a.field, a.old_value, a.new_value FROM audit_log a "
                                       "LEFT JOIN users u ON u.id = a.user_id WHERE a.company_id = ? "
                                       "ORDER BY a.changed_at DESC, a.id DESC"));
    select.bind(companyId).exec();
    QList<AuditEntry> entries;
    while (select.next()) {
        AuditEntry entry;
        entry.id = select.value(0).toLongLong();
        entry.table = select.value(1).toString();
        entry.rowId = select.value(2).toLongLong();
        entry.userId = select.value(3).toLongLong();
        entry.userName = select.value(4).toString();
        entry.changedAt = fromStoredTime(select.value(5));
        entry.field = select.value(6).toString();
        entry.oldValue = select.value(7).toString();
        entry.newValue = select.value(8).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace voronka
