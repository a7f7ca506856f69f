#pragma once

#include "domain/User.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace voronka {

class SecretStore;

// "Remember me on this computer" for one base: the token RememberedSignIn gives is kept in the keychain under the
// base's path, and signs the person in at the next start. Offered only where a keychain is available and the base
// can be written.
class RememberedUser
{
    Q_DECLARE_TR_FUNCTIONS(RememberedUser)

public:
    RememberedUser(DataContext context, SecretStore &store);

    bool offered();
    // Whom the kept token signs in; a token the base refuses (expired, password changed) is dropped from the keychain.
    std::optional<User> signIn();
    // After signing in with a password: keep a new token, or drop any kept one. Returns why the person could not be
    // remembered, or an empty string.
    QString keep(const User &user, bool remember);
    // Signing out: the kept token is dropped here and in the base.
    void forget();

private:
    QString key() const;

    DataContext m_context;
    SecretStore &m_store;
};

} // namespace voronka
