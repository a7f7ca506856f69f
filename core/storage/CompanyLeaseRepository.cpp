#include "CompanyLeaseRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "WriteTransaction.h"
#include "domain/Clock.h"

#include <QCoreApplication>

namespace voronka {

CompanyLeaseRepository::CompanyLeaseRepository(DataContext context)
    : m_context(context)
{
}

CompanyLease CompanyLeaseRepository::acquire(qint64 companyId, qint64 userId, int ttlSeconds)
{
    const QDateTime now = m_context.clock.nowUtc();
    WriteTransaction transaction(m_context.db);
    if (!SqlStatement::scalar(m_context.db.connection(), QStringLiteral("SELECT count(*) FROM companies WHERE id = ?"),
                              {companyId})
             .toBool())
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("CompanyLeaseRepository", "The company no longer exists: someone deleted it."));
    // One statement decides, so two desktops acquiring at once cannot both win. A renewal keeps the time the
    // lease was first taken.
    SqlStatement::run(m_context.db.connection(),
                      QStringLiteral("INSERT INTO company_leases (company_id, user_id, acquired_at, expires_at) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (company_id) DO UPDATE SET "
                                     "acquired_at = CASE WHEN user_id = excluded.user_id AND expires_at > "
                                     "excluded.acquired_at THEN acquired_at ELSE excluded.acquired_at END, "
                                     "user_id = excluded.user_id, expires_at = excluded.expires_at "
                                     "WHERE user_id = excluded.user_id OR expires_at <= excluded.acquired_at"),
                      {companyId, userId, toStoredTime(now), toStoredTime(now.addSecs(ttlSeconds))});
    const std::optional<CompanyLease> lease = holder(companyId);
    transaction.commit();
    // The statement leaves either our lease or a colleague's unexpired one.
    return lease.value_or(CompanyLease{});
}

bool CompanyLeaseRepository::release(qint64 companyId, qint64 userId)
{
    SqlStatement remove(m_context.db.connection(),
                        QStringLiteral("DELETE FROM company_leases WHERE company_id = ? AND user_id = ?"));
    remove.bind({companyId, userId}).exec();
    return remove.rowsAffected() > 0;
}

std::optional<CompanyLease> CompanyLeaseRepository::holder(qint64 companyId) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT l.user_id, coalesce(u.full_name, ''), l.acquired_at, l.expires_at "
                                       "FROM company_leases l LEFT JOIN users u ON u.id = l.user_id "
                                       "WHERE l.company_id = ? AND l.expires_at > ?"));
    select.bind({companyId, toStoredTime(m_context.clock.nowUtc())}).exec();
    if (!select.next())
        return std::nullopt;
    CompanyLease lease;
    lease.companyId = companyId;
    lease.userId = select.value(0).toLongLong();
    lease.userName = select.value(1).toString();
    lease.acquiredAt = fromStoredTime(select.value(2));
    lease.expiresAt = fromStoredTime(select.value(3));
    select.done();
    return lease;
}

} // namespace voronka
