#pragma once

#include "SecretStore.h"

#include <optional>

namespace voronka {

// The operating system's keychain through QtKeychain: the macOS Keychain, the Windows Credential Store, the Secret
// Service or KWallet on Linux. Never a file: QtKeychain's plain-text fallback stays off, so where no keychain runs
// (a Linux session without one, a terminal without D-Bus) available() is false and nothing is kept.
class KeychainSecretStore : public SecretStore
{
public:
    bool available() override;
    QString read(const QString &key) override;
    bool write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;

private:
    std::optional<bool> m_available; // asked once
};

} // namespace voronka
