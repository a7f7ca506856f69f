#include "CommandLineSignIn.h"

#include "CommandLineOutput.h"
#include "ExitCode.h"
#include "TerminalPassword.h"
#include "domain/Viewer.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"
#include "team/SignIn.h"
#include "team/TeamSettings.h"

#include <memory>

namespace voronka {

namespace {
// Overwrites a password's characters before its memory goes back.
void wipe(QString &password)
{
    password.fill(QChar(0));
    password.clear();
}
} // namespace

QCommandLineOption CommandLineSignIn::option()
{
    return QCommandLineOption(QStringLiteral("as"),
                              tr("Act as this user; on a base with sign-in on, the password is read from %1 or typed "
                                 "on the terminal.")
                                  .arg(QString::fromLatin1(passwordVariable())),
                              QStringLiteral("LOGIN"));
}

CommandLineSignIn::CommandLineSignIn(const QString &asLogin)
    : m_login(asLogin.trimmed())
{
}

std::optional<QString> CommandLineSignIn::password(bool json, int &exitCode) const
{
    if (qEnvironmentVariableIsSet(passwordVariable()))
        return qEnvironmentVariable(passwordVariable());
    if (TerminalPassword::available()) {
        if (auto typed = TerminalPassword::ask(tr("Password for %1: ").arg(m_login)))
            return typed;
    }
    exitCode = failure(tr("No password for %1: set %2, or run the command on a terminal to type it.")
                           .arg(m_login, QString::fromLatin1(passwordVariable())),
                       ExitNotSignedIn, json);
    return std::nullopt;
}

std::optional<int> CommandLineSignIn::signIn(Database &db, const Clock &clock, bool json)
{
    const bool required = SignIn(DataContext{db, clock, 0}).required();
    if (!required) {
        if (m_login.isEmpty())
            return std::nullopt;
        m_user = UserRepository(DataContext{db, clock, 0}).findByLogin(m_login);
        if (!m_user || !m_user->active) {
            m_user.reset();
            return failure(tr("There is no active user with the login %1.").arg(m_login), ExitNotSignedIn, json);
        }
        return std::nullopt;
    }
    if (m_login.isEmpty())
        return failure(tr("This base needs sign-in: give --as LOGIN, with the password in %1 or typed on the terminal.")
                           .arg(QString::fromLatin1(passwordVariable())),
                       ExitNotSignedIn, json);

    int exitCode = ExitNotSignedIn;
    std::optional<QString> typed = password(json, exitCode);
    if (!typed)
        return exitCode;

    // A read-only connection keeps no count of failures, and an uncounted try is a free one: sign in through a
    // writable connection whenever the file can be written.
    std::unique_ptr<Database> writable;
    if (db.isReadOnly() && db.readOnlyReason().isEmpty()) {
        try {
            writable = Database::openExisting(db.path());
        } catch (const StorageError &) {
            writable.reset(); // locked or changed meanwhile: sign in read-only, uncounted, rather than not at all
        }
    }
    Database &signInBase = writable ? *writable : db;
    const SignInResult result = SignIn(DataContext{signInBase, clock, 0}).attempt(m_login, *typed);
    wipe(*typed);
    writable.reset();
    if (result.outcome != SignInResult::Outcome::SignedIn || !result.user)
        return failure(result.message, ExitNotSignedIn, json);

    m_user = result.user;
    db.setViewer(Viewer::of(*m_user, TeamSettings(DataContext{db, clock, m_user->id}).callersTakeFromPool()));
    return std::nullopt;
}

} // namespace voronka
