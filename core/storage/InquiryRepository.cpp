#include "InquiryRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "domain/Clock.h"

namespace voronka {

InquiryRepository::InquiryRepository(DataContext context)
    : m_context(context)
{
}

qint64 InquiryRepository::add(const InquiryRow &row)
{
    SqlStatement insert(
        m_context.db.connection(),
        QStringLiteral("INSERT INTO inquiries (company_id, contact_name, phone, email, request, source, "
                       "routed_to, rule, task_id, created_at, created_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind({row.companyId, row.contactName, row.phone, row.email, row.request, row.sourceKey,
                 nullIfZero(row.routedTo), row.rule, nullIfZero(row.taskId), toStoredTime(m_context.clock.nowUtc()),
                 nullIfZero(m_context.userId)});
    insert.exec();
    return insert.lastInsertId();
}

qint64 InquiryRepository::countForCompany(qint64 companyId) const
{
    return SqlStatement::scalar(m_context.db.connection(),
                                QStringLiteral("SELECT count(*) FROM inquiries WHERE company_id = ?"), {companyId})
        .toLongLong();
}

} // namespace voronka
