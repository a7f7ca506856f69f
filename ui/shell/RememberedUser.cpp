#include "RememberedUser.h"

#include "SecretStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "team/RememberedSignIn.h"
#include "team/TeamError.h"

#include <QFileInfo>

namespace voronka {

RememberedUser::RememberedUser(DataContext context, SecretStore &store)
    : m_context(context)
    , m_store(store)
{
}

QString RememberedUser::key() const
{
    // One person per base on this computer's account: a second base (a share, a copy) has its own.
    const QFileInfo file(m_context.db.path());
    return QStringLiteral("sign-in:")
        + (file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath());
}

bool RememberedUser::offered()
{
    return !m_context.db.isReadOnly() && m_store.available();
}

std::optional<User> RememberedUser::signIn()
{
    if (!m_store.available())
        return std::nullopt;
    const QString token = m_store.read(key());
    if (token.isEmpty())
        return std::nullopt;
    std::optional<User> user;
    try {
        user = RememberedSignIn(m_context).signIn(token);
    } catch (const StorageError &) {
        return std::nullopt; // a busy base: the password then
    }
    if (!user)
        m_store.remove(key());
    return user;
}

QString RememberedUser::keep(const User &user, bool remember)
{
    forget();
    if (!remember)
        return {};
    try {
        RememberedSignIn remembered(m_context);
        const QString token = remembered.remember(user.id);
        if (!m_store.write(key(), token)) {
            remembered.forget(token);
            return tr("This computer's keychain did not take the sign-in: you will be asked for your password next "
                      "time.");
        }
    } catch (const StorageError &error) {
        return error.message();
    } catch (const TeamError &error) {
        return error.message();
    }
    return {};
}

void RememberedUser::forget()
{
    if (!m_store.available())
        return;
    const QString token = m_store.read(key());
    if (token.isEmpty())
        return;
    m_store.remove(key());
    try {
        if (!m_context.db.isReadOnly())
            RememberedSignIn(m_context).forget(token);
    } catch (const StorageError &) {
        // The keychain no longer has it, so it signs nobody in here; the base drops it when it expires.
    }
}

} // namespace voronka
