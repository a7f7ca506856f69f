#pragma once

#include "DataContext.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace voronka {

// A soft lock: who is calling a company, until when.
struct CompanyLease
{
    qint64 companyId = 0;
    qint64 userId = 0;
    QString userName; // the holder's full name, for "being called by …"
    QDateTime acquiredAt; // UTC
    QDateTime expiresAt; // UTC
};

// Leases on companies, so two callers do not phone the same company at once. A lease is a row with an expiry,
// not a file lock: one whose time has passed counts as free and is overwritten by the next acquire, so a desktop
// that crashed or lost the share holds nothing for long. Times come from the context's clock.
class CompanyLeaseRepository
{
public:
    static constexpr int defaultTtlSeconds = 5 * 60;

    explicit CompanyLeaseRepository(DataContext context);

    // Takes the lease for userId for ttlSeconds from now when the company is free or its lease has expired, and
    // renews it when userId holds it already. Returns the lease in force afterwards: userId's when it was taken,
    // the colleague's when someone else holds it. Throws StorageError (NotFound for a company that is gone,
    // ReadOnly, Locked).
    CompanyLease acquire(qint64 companyId, qint64 userId, int ttlSeconds = defaultTtlSeconds);
    // Gives the lease back; a lease held by someone else is left alone. Returns whether userId held it.
    bool release(qint64 companyId, qint64 userId);
    // Who holds the company now; nothing when it is free or the lease has expired.
    std::optional<CompanyLease> holder(qint64 companyId) const;

private:
    DataContext m_context;
};

} // namespace voronka
