#include "SignInTokenRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"

namespace voronka {

SignInTokenRepository::SignInTokenRepository(Database &db)
    : m_db(db)
{
}

void SignInTokenRepository::add(const QString &tokenHash, qint64 userId, const QDateTime &createdAt)
{
    SqlStatement::run(m_db.connection(),
                      QStringLiteral("INSERT INTO signin_tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)"),
                      {tokenHash, userId, toStoredTime(createdAt)});
}

std::optional<SignInToken> SignInTokenRepository::find(const QString &tokenHash) const
{
    SqlStatement select(m_db.connection(),
                        QStringLiteral("SELECT user_id, created_at FROM signin_tokens WHERE token_hash = ?"));
    select.bind(tokenHash).exec();
    if (!select.next())
        return std::nullopt;
    return SignInToken{select.value(0).toLongLong(), fromStoredTime(select.value(1))};
}

void SignInTokenRepository::remove(const QString &tokenHash)
{
    SqlStatement::run(m_db.connection(), QStringLiteral("DELETE FROM signin_tokens WHERE token_hash = ?"), {tokenHash});
}

void SignInTokenRepository::removeAllOf(qint64 userId)
{
    SqlStatement::run(m_db.connection(), QStringLiteral("DELETE FROM signin_tokens WHERE user_id = ?"), {userId});
}

} // namespace voronka
