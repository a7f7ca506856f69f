#pragma once

#include <QString>

namespace voronka {

// Argon2id password hashes in libsodium's own text form ("$argon2id$v=19$m=...", salt and parameters included), at
// libsodium's interactive limits (about 0.1 s and 64 MiB per hash), so that a copied base does not give away its
// passwords cheaply. The password itself is never stored, logged or kept longer than the call.
class PasswordHash
{
public:
    // Longer is refused: a pasted file is not a password, and hashing megabytes would stall sign-in.
    static constexpr int maximumLength = 1024;

    // Throws TeamError BadPassword for an empty or too long password.
    static QString make(const QString &password);
    // False for a wrong password, and for a hash that is empty or not libsodium's.
    static bool matches(const QString &hash, const QString &password);
};

} // namespace voronka
