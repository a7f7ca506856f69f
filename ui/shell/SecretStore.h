#pragma once

#include <QString>

namespace voronka {

// Where a secret survives between starts: the operating system's keychain (KeychainSecretStore), or a test's memory.
// Every call answers at once; a store that cannot keep anything says so through available().
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    virtual bool available() = 0;
    virtual QString read(const QString &key) = 0; // empty: nothing kept
    virtual bool write(const QString &key, const QString &secret) = 0; // false: not kept
    virtual void remove(const QString &key) = 0;
};

} // namespace voronka
