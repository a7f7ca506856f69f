#include "AccountManagerChoice.h"

#include <algorithm>
#include <tuple>

namespace voronka {

std::optional<qint64> leastLoadedAccountManager(const QList<AccountManagerLoad> &loads)
{
    const auto lighter = [](const AccountManagerLoad &a, const AccountManagerLoad &b) {
        return std::tie(a.clients, a.userId) < std::tie(b.clients, b.userId);
    };
    const auto chosen = std::min_element(loads.cbegin(), loads.cend(), lighter);
    if (chosen == loads.cend())
        return std::nullopt;
    return chosen->userId;
}

} // namespace voronka
