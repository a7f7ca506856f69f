#include "PasswordHash.h"

#include "TeamError.h"

#include <QCoreApplication>

#include <sodium.h>

namespace voronka {

namespace {
// The password's UTF-8 bytes, wiped when they go.
class PasswordBytes
{
public:
    explicit PasswordBytes(const QString &password)
        : m_bytes(password.toUtf8())
    {
    }
    ~PasswordBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    PasswordBytes(const PasswordBytes &) = delete;
    PasswordBytes &operator=(const PasswordBytes &) = delete;

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

void initialise()
{
    // Safe to call from any thread, any number of times; fails only when no source of randomness exists.
    if (sodium_init() < 0)
        throw TeamError(TeamError::Kind::BadPassword,
                        QCoreApplication::translate("PasswordHash", "The system has no source of randomness."));
}
} // namespace

QString PasswordHash::make(const QString &password)
{
    if (password.isEmpty())
        throw TeamError(TeamError::Kind::BadPassword,
                        QCoreApplication::translate("PasswordHash", "The password is empty."));
    if (password.size() > maximumLength)
        throw TeamError(TeamError::Kind::BadPassword,
                        QCoreApplication::translate("PasswordHash", "The password is longer than %1 characters.")
                            .arg(maximumLength));
    initialise();
    const PasswordBytes bytes(password);
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, bytes.data(), bytes.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        throw TeamError(TeamError::Kind::BadPassword,
                        QCoreApplication::translate("PasswordHash", "Not enough memory to protect the password."));
    return QString::fromLatin1(hash);
}

bool PasswordHash::matches(const QString &hash, const QString &password)
{
    if (hash.isEmpty() || password.isEmpty() || password.size() > maximumLength)
        return false;
    initialise();
    const QByteArray stored = hash.toLatin1();
    const PasswordBytes bytes(password);
    return crypto_pwhash_str_verify(stored.constData(), bytes.data(), bytes.size()) == 0;
}

} // namespace voronka
