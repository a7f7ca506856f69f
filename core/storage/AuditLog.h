#pragma once

#include "DataContext.h"

#include <QDateTime>
#include <QList>
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
    QString field; // the column, or "created" / "deleted" for a whole row
    QString oldValue; // as stored: stage and step keys, kopecks, user ids, UTC times
    QString newValue;
};

// Reads the audit trail. The schema's triggers write it (see 009_audit.sql for why), inside the writer's own
// transaction, for companies, deals and payments.
class AuditLog
{
public:
    explicit AuditLog(DataContext context);

    // The company's own changes and those of its deals and payments, newest first.
    QList<AuditEntry> forCompany(qint64 companyId) const;

private:
    DataContext m_context;
};

} // namespace voronka
