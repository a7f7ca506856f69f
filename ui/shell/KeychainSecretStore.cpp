#include "KeychainSecretStore.h"

#include <QEventLoop>
#include <QtGlobal>

#include <qt6keychain/keychain.h>

namespace voronka {

namespace {
const QString service = QStringLiteral("Voronka");

// Runs a keychain job to its end (the keychain answers through the event loop; the wait is a few milliseconds, or
// the time the person takes to unlock their keychain).
void finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
} // namespace

bool KeychainSecretStore::available()
{
    if (m_available)
        return *m_available;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The Secret Service and KWallet are D-Bus services: without a session bus there is no keychain to ask, and
    // asking would wait for D-Bus to time out.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        m_available = false;
        return false;
    }
#endif
    QKeychain::ReadPasswordJob probe(service);
    probe.setKey(QStringLiteral("probe"));
    finish(probe);
    m_available = probe.error() == QKeychain::NoError || probe.error() == QKeychain::EntryNotFound;
    return *m_available;
}

QString KeychainSecretStore::read(const QString &key)
{
    if (!available())
        return {};
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    finish(job);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

bool KeychainSecretStore::write(const QString &key, const QString &secret)
{
    if (!available())
        return false;
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(secret);
    finish(job);
    return job.error() == QKeychain::NoError;
}

void KeychainSecretStore::remove(const QString &key)
{
    if (!available())
        return;
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    finish(job);
}

} // namespace voronka
