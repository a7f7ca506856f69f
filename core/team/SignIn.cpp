#include "SignIn.h"

#include "PasswordHash.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SignInRecordRepository.h"
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

std::optional<SignInResult> SignIn::tooSoon(const SignInFailures &failures) const
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

SignInResult SignIn::refused(const SignInFailures &before)
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
    SignInRecordRepository records(m_context.db);
    const std::optional<User> user = UserRepository(m_context).findByLogin(login);
    if (!user || !user->active) {
        // Counted in the base like a user's own failures, so that neither the answer nor the wait differs.
        const QString key = login.trimmed().toCaseFolded();
        SignInFailures failures
            = m_context.db.isReadOnly() ? m_unknownLogins.value(key) : records.failuresOfUnknown(key);
        if (const auto wait = tooSoon(failures))
            return *wait;
        PasswordHash::matches(decoyHash(), password);
        const SignInResult result = refused(failures);
        const SignInFailures after{failures.count + 1, m_context.clock.nowUtc()};
        m_unknownLogins.insert(key, after);
        if (!m_context.db.isReadOnly()) {
            WriteTransaction transaction(m_context.db);
            records.setFailuresOfUnknown(key, after);
            transaction.commit();
        }
        return result;
    }

    const SignInFailures failures = records.failuresOf(user->id);
    const QString hash = records.passwordHashOf(user->id);
    if (const auto wait = tooSoon(failures))
        return *wait;
    if (!PasswordHash::matches(hash.isEmpty() ? decoyHash() : hash, password) || hash.isEmpty()) {
        const SignInResult result = refused(failures);
        recordFailure(user->id);
        return result;
    }
    if (failures.count > 0 && !m_context.db.isReadOnly()) {
        WriteTransaction transaction(m_context.db);
        records.clearFailures(user->id);
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
    SignInRecordRepository(m_context.db).recordFailure(userId, m_context.clock.nowUtc());
    transaction.commit();
}

} // namespace voronka
