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
    // The batch entry sorts as the oldest of its time (id 0). A company imported before 011 also has a 'created'
    // row from the trigger; then that row alone says it.
    SqlStatement select(
        m_context.db.connection(),
        QStringLiteral("SELECT a.id, a.table_name, a.row_id, a.user_id, u.full_name, a.changed_at, "
                       "a.field, a.old_value, a.new_value FROM audit_log a "
                       "LEFT JOIN users u ON u.id = a.user_id WHERE a.company_id = ? "
                       "UNION ALL "
                       "SELECT 0, 'companies', c.id, b.user_id, u.full_name, c.created_at, 'imported', NULL, "
                       "b.file_name FROM companies c JOIN import_batches b ON b.id = c.import_batch_id "
                       "LEFT JOIN users u ON u.id = b.user_id WHERE c.id = ? AND NOT EXISTS "
                       "(SELECT 1 FROM audit_log a WHERE a.company_id = c.id AND a.table_name = 'companies' "
                       "AND a.row_id = c.id AND a.field = 'created') "
                       "ORDER BY 6 DESC, 1 DESC"));
    select.bind({companyId, companyId}).exec();
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

QString AuditLog::companyCreatedStatement()
{
    return QStringLiteral(
        "INSERT INTO audit_log (table_name, row_id, company_id, user_id, changed_at, field, new_value) "
        "VALUES ('companies', ?, ?, ?, ?, 'created', ?)");
}

void AuditLog::recordCompanyCreated(const QSqlDatabase &db, qint64 companyId, qint64 userId, const QString &storedAt,
                                    const QString &name)
{
    SqlStatement::run(db, companyCreatedStatement(),
                      {companyId, companyId, userId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(userId),
                       storedAt, name});
}

} // namespace voronka
