#include "SignIn.h"

#include "PasswordHash.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/Timestamps.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace voronka {

namespace {
constexpr int longestDelaySeconds = 300;

// A hash to check a password against when the login does not exist, so that the answer takes as long.
const QString &decoyHash()
{
    static const QString hash = PasswordHash::make(QStringLiteral("no such user"));
    return hash;
}
} // namespace

SignIn::SignIn(DataContext context)
    : m_context(context)
{
}

bool SignIn::required() const
{
    return UserRepository(m_context).anyPassword();
}

int SignIn::delaySeconds(int failures)
{
    if (failures <= 0)
        return 0;
    return failures > 9 ? longestDelaySeconds : std::min(longestDelaySeconds, 1 << (failures - 1));
}

std::optional<SignInResult> SignIn::tooSoon(const Failures &failures) const
{
    if (failures.count == 0 || !failures.last.isValid())
        return std::nullopt;
    const qint64 waited = failures.last.secsTo(m_context.clock.nowUtc());
    const qint64 wait = delaySeconds(failures.count) - waited;
    if (wait <= 0)
        return std::nullopt;
    SignInResult result;
    result.outcome = SignInResult::Outcome::TooSoon;
    result.waitSeconds = int(wait);
    result.message = QCoreApplication::translate("SignIn", "Too many wrong tries. Try again in %n second(s).", nullptr,
                                                 result.waitSeconds);
    return result;
}

SignInResult SignIn::refused(const Failures &before)
{
    SignInResult result;
    result.outcome = SignInResult::Outcome::Refused;
    result.waitSeconds = delaySeconds(before.count + 1);
    result.message = QCoreApplication::translate(
        "SignIn", "Wrong login or password. (A person whose password is not set yet asks the head to set it.)");
    return result;
}

SignInResult SignIn::attempt(const QString &login, const QString &password)
{
    const std::optional<User> user = UserRepository(m_context).findByLogin(login);
    if (!user || !user->active) {
        // Counted in the base like a user's own failures, so that neither the answer nor the wait differs.
        const QString key = login.trimmed().toCaseFolded();
        Failures failures = m_unknownLogins.value(key);
        if (!m_context.db.isReadOnly()) {
            SqlStatement select(m_context.db.connection(),
                                QStringLiteral("SELECT failures, last_failed_at FROM signin_failures WHERE login = ?"));
            select.bind(key).exec();
            if (select.next())
                failures = {select.value(0).toInt(), fromStoredTime(select.value(1))};
        }
        if (const auto wait = tooSoon(failures))
            return *wait;
        PasswordHash::matches(decoyHash(), password);
        const SignInResult result = refused(failures);
        const Failures after{failures.count + 1, m_context.clock.nowUtc()};
        m_unknownLogins.insert(key, after);
        if (!m_context.db.isReadOnly()) {
            WriteTransaction transaction(m_context.db);
            SqlStatement::run(m_context.db.connection(),
                              QStringLiteral("INSERT INTO signin_failures (login, failures, last_failed_at) "
                                             "VALUES (?, ?, ?) ON CONFLICT (login) DO UPDATE SET "
                                             "failures = excluded.failures, last_failed_at = excluded.last_failed_at"),
                              {key, after.count, toStoredTime(after.last)});
            transaction.commit();
        }
        return result;
    }

    Failures failures;
    QString hash;
    {
        SqlStatement select(m_context.db.connection(),
                            QStringLiteral("SELECT failed_signins, last_failed_signin_at, password_hash FROM users "
                                           "WHERE id = ?"));
        select.bind(user->id).exec();
        if (select.next()) {
            failures.count = select.value(0).toInt();
            failures.last = fromStoredTime(select.value(1));
            hash = select.value(2).toString();
        }
    }
    if (const auto wait = tooSoon(failures))
        return *wait;
    if (!PasswordHash::matches(hash.isEmpty() ? decoyHash() : hash, password) || hash.isEmpty()) {
        const SignInResult result = refused(failures);
        recordFailure(user->id);
        return result;
    }
    if (failures.count > 0 && !m_context.db.isReadOnly()) {
        WriteTransaction transaction(m_context.db);
        SqlStatement::run(m_context.db.connection(),
                          QStringLiteral("UPDATE users SET failed_signins = 0, last_failed_signin_at = NULL "
                                         "WHERE id = ?"),
                          {user->id});
        transaction.commit();
    }
    SignInResult result;
    result.outcome = SignInResult::Outcome::SignedIn;
    result.user = user;
    return result;
}

void SignIn::recordFailure(qint64 userId)
{
    // A base opened read-only keeps no count; the wait then lasts as long as this window or command.
    if (m_context.db.isReadOnly())
        return;
    WriteTransaction transaction(m_context.db);
    SqlStatement::run(m_context.db.connection(),
                      QStringLiteral("UPDATE users SET failed_signins = failed_signins + 1, last_failed_signin_at = ? "
                                     "WHERE id = ?"),
                      {toStoredTime(m_context.clock.nowUtc()), userId});
    transaction.commit();
}

} // namespace voronka
