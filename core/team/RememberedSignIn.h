#pragma once

#include "domain/User.h"
#include "storage/DataContext.h"

#include <QString>

#include <optional>

namespace voronka {

// "Remember me on this computer": a random token the window keeps in the operating system's keychain, which signs the
// person in at the next start without their password. The base stores the token's hash only, so a copy of the base
// signs nobody in; a token lasts lifetimeDays, and a password change or deactivation ends every token of the person
// (UserAdministration). Where no keychain is available the window offers no "remember me" at all.
class RememberedSignIn
{
public:
    static constexpr int lifetimeDays = 30;

    explicit RememberedSignIn(DataContext context);

    // A new token for an active person; throws TeamError InactiveUser otherwise.
    QString remember(qint64 userId);
    // Whom the token signs in: nothing for a token that is unknown, older than lifetimeDays (deleted then), of a
    // deactivated person, or on a base without sign-in.
    std::optional<User> signIn(const QString &token);
    // The person chose not to be remembered any more, or signed in without "remember me".
    void forget(const QString &token);

    // What the base keeps of a token (exposed for tests: the token itself is never stored).
    static QString hashOf(const QString &token);

private:
    DataContext m_context;
};

} // namespace voronka
