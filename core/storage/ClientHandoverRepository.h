#pragma once

#include "DataContext.h"
#include "domain/AccountManagerChoice.h"

#include <QDateTime>

namespace voronka {

// Who brought a client and who serves it: the brought_by and client_since columns of companies, and the
// account managers' loads. The stage and owner themselves are saved by CompanyFunnelRepository under the
// company's version; these columns are written in the same transaction as that save.
class ClientHandoverRepository
{
public:
    explicit ClientHandoverRepository(DataContext context);

    // The closer who brought the company in; 0 while it has not become a client.
    qint64 broughtBy(qint64 companyId) const;
    // When the first payment made it a client; invalid before.
    QDateTime clientSince(qint64 companyId) const;
    // Records the handover facts; throws StorageError NotFound for a missing company.
    void recordHandover(qint64 companyId, qint64 broughtBy, const QDateTime &clientSince);
    // Clients (and clients in reactivation) the user owns.
    qint64 clientCount(qint64 userId) const;
    // Every active account manager with the clients they own, by user id (the choice among them is the domain's:
    // leastLoadedAccountManager).
    QList<AccountManagerLoad> accountManagerLoads() const;

private:
    DataContext m_context;
};

} // namespace voronka
