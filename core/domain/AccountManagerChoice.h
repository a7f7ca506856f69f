#pragma once

#include <QList>

#include <optional>

namespace voronka {

// An active account manager and the clients (and clients in reactivation) they serve now.
struct AccountManagerLoad
{
    qint64 userId = 0;
    qint64 clients = 0;
};

// Who a new client is handed to when the head names nobody: the account manager with the fewest clients, and among
// equals the lowest user id (the longest on the team), so every desktop reaches the same answer. nullopt when there
// is no account manager at all.
std::optional<qint64> leastLoadedAccountManager(const QList<AccountManagerLoad> &loads);

} // namespace voronka
