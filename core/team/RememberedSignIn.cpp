#include "RememberedSignIn.h"

#include "SignIn.h"
#include "TeamError.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SignInTokenRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

#include <sodium.h>

namespace voronka {

namespace {
constexpr int tokenBytes = 32;
} // namespace

RememberedSignIn::RememberedSignIn(DataContext context)
    : m_context(context)
{
}

QString RememberedSignIn::hashOf(const QString &token)
{
    const QByteArray bytes = token.toUtf8();
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), size_t(hash.size()),
                       reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), nullptr, 0);
    return QString::fromLatin1(hash.toHex());
}

QString RememberedSignIn::remember(qint64 userId)
{
    const std::optional<User> user = UserRepository(m_context).find(userId);
    if (!user || !user->active) {
        throw TeamError(TeamError::Kind::InactiveUser,
                        QCoreApplication::translate("RememberedSignIn", "Only an active person can be remembered."));
    }
    if (sodium_init() < 0)
        throw TeamError(TeamError::Kind::BadInput, QStringLiteral("libsodium cannot start."));
    QByteArray random(tokenBytes, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    const QString token
        = QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    SignInTokenRepository(m_context.db).add(hashOf(token), userId, m_context.clock.nowUtc());
    return token;
}

std::optional<User> RememberedSignIn::signIn(const QString &token)
{
    if (token.isEmpty() || !SignIn(m_context).required())
        return std::nullopt;
    const QString hash = hashOf(token);
    SignInTokenRepository tokens(m_context.db);
    const std::optional<SignInToken> found = tokens.find(hash);
    if (!found)
        return std::nullopt;
    if (found->createdAt.addDays(lifetimeDays) < m_context.clock.nowUtc()) {
        if (!m_context.db.isReadOnly())
            tokens.remove(hash);
        return std::nullopt;
    }
    const std::optional<User> user = UserRepository(m_context).find(found->userId);
    if (!user || !user->active)
        return std::nullopt;
    return user;
}

void RememberedSignIn::forget(const QString &token)
{
    if (!token.isEmpty())
        SignInTokenRepository(m_context.db).remove(hashOf(token));
}

} // namespace voronka
