#pragma once

#include "DataContext.h"
#include "domain/CompanyFunnelState.h"

#include <optional>

namespace voronka {

// Reads and saves a company's funnel state (stage, owner, next action, call attempts, parking, lost reason)
// under the company's optimistic version, so a move never overwrites a colleague's change to the card.
class CompanyFunnelRepository
{
public:
    explicit CompanyFunnelRepository(DataContext context);

    std::optional<CompanyFunnelState> find(qint64 companyId) const;
    // The company as the user last read it: throws StorageError NotFound when it was deleted, StaleVersion (with
    // who changed it and when) when someone changed it since expectedVersion.
    CompanyFunnelState findAtVersion(qint64 companyId, qint64 expectedVersion);
    // Saves the state if the company is still at state.version; bumps state.version.
    // Throws StorageError StaleVersion (with who changed it) or NotFound.
    void save(CompanyFunnelState &state);
    // Marks one of the company's phones as a wrong number; throws StorageError NotFound when the phone
    // is not the company's.
    void flagWrongNumber(qint64 companyId, qint64 phoneId);
    // The company has a number not flagged wrong (one the first line can still dial).
    bool hasNumberToCall(qint64 companyId) const;

private:
    DataContext m_context;
};

} // namespace voronka
