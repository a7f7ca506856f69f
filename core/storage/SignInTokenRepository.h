#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace voronka {

class Database;

// A remembered sign-in as the base keeps it: whose it is and when it was given, under the token's hash.
struct SignInToken
{
    qint64 userId = 0;
    QDateTime createdAt;
};

// The hashes of "remember me" tokens (RememberedSignIn makes and checks them).
class SignInTokenRepository
{
public:
    explicit SignInTokenRepository(Database &db);

    void add(const QString &tokenHash, qint64 userId, const QDateTime &createdAt);
    std::optional<SignInToken> find(const QString &tokenHash) const;
    void remove(const QString &tokenHash);
    // Every token of the person: their password changed, or they left.
    void removeAllOf(qint64 userId);

private:
    Database &m_db;
};

} // namespace voronka
