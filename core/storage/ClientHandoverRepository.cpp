#include "ClientHandoverRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "domain/CompanyStage.h"
#include "domain/UserRole.h"

#include <QCoreApplication>

namespace voronka {

ClientHandoverRepository::ClientHandoverRepository(DataContext context)
    : m_context(context)
{
}

qint64 ClientHandoverRepository::broughtBy(qint64 companyId) const
{
    return SqlStatement::scalar(m_context.db.connection(),
                                QStringLiteral("SELECT brought_by FROM companies WHERE id = ?"), {companyId})
        .toLongLong();
}

QDateTime ClientHandoverRepository::clientSince(qint64 companyId) const
{
    return fromStoredTime(SqlStatement::scalar(
        m_context.db.connection(), QStringLiteral("SELECT client_since FROM companies WHERE id = ?"), {companyId}));
}

void ClientHandoverRepository::recordHandover(qint64 companyId, qint64 broughtBy, const QDateTime &clientSince)
{
    // Part of the handover whose stage and owner were just saved under the company's version (which that save
    // bumped), so no version of its own.
    SqlStatement update(m_context.db.connection(),
                        QStringLiteral("UPDATE companies SET brought_by = ?, client_since = ? WHERE id = ?"));
    update.bind({nullIfZero(broughtBy), toStoredTime(clientSince), companyId}).exec();
    if (update.rowsAffected() == 0)
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("CompanyRepository", "The company no longer exists: someone deleted it."));
}

// A company counts on its account manager's load while it is a client, also while being won back.
qint64 ClientHandoverRepository::clientCount(qint64 userId) const
{
    return SqlStatement::scalar(
               m_context.db.connection(),
               QStringLiteral("SELECT count(*) FROM companies WHERE owner_id = ? AND stage IN (?, ?)"),
               {userId, companyStageKey(CompanyStage::Client), companyStageKey(CompanyStage::Reactivation)})
        .toLongLong();
}

QList<AccountManagerLoad> ClientHandoverRepository::accountManagerLoads() const
{
    SqlStatement select(
        m_context.db.connection(),
        QStringLiteral("SELECT u.id, count(c.id) FROM users u LEFT JOIN companies c ON c.owner_id = u.id "
                       "AND c.stage IN (?, ?) WHERE u.role = ? AND u.active = 1 "
                       "GROUP BY u.id ORDER BY u.id"));
    select
        .bind({companyStageKey(CompanyStage::Client), companyStageKey(CompanyStage::Reactivation),
               userRoleKey(UserRole::AccountManager)})
        .exec();
    QList<AccountManagerLoad> loads;
    while (select.next())
        loads.append({select.value(0).toLongLong(), select.value(1).toLongLong()});
    return loads;
}

} // namespace voronka
