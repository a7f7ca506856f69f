#pragma once

#include "DataContext.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace voronka {

// One change of one field, as the audit_log table keeps it.
struct AuditEntry
{
    qint64 id = 0;
    QString table; // "companies", "deals" or "payments"
    qint64 rowId = 0;
    qint64 userId = 0; // 0: unknown (before anyone logged in)
    QString userName; // empty when unknown or the user is gone
    QDateTime changedAt; // UTC
    QString field; // the column, "created" / "deleted" for a whole row, or "imported" (newValue: the file)
    QString oldValue; // as stored: stage and step keys, kopecks, user ids, UTC times
    QString newValue;
};

// Reads the audit trail. The schema's triggers write it (see 009_audit.sql for why), inside the writer's own
// transaction, for companies, deals and payments, except a company's creation: an imported company's entry is its
// import batch, and a company written one by one gets its 'created' row from its writer (012_import_audit.sql).
class AuditLog
{
public:
    explicit AuditLog(DataContext context);

    // The company's own changes and those of its deals and payments, newest first. An imported company's creation
    // is its batch: field "imported", the file as the new value, who imported it, when the company was written.
    QList<AuditEntry> forCompany(qint64 companyId) const;

    // Writes the 'created' row of a company written without an import batch, within the caller's transaction.
    static void recordCompanyCreated(const QSqlDatabase &db, qint64 companyId, qint64 userId, const QString &storedAt,
                                     const QString &name);
    // The same as one statement for a bulk writer to prepare once; binds company id (twice), user id or NULL,
    // the stored time and the name.
    static QString companyCreatedStatement();

private:
    DataContext m_context;
};

} // namespace voronka
