#pragma once

#include "domain/User.h"
#include "storage/DataContext.h"
#include "storage/SignInRecordRepository.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace voronka {

struct SignInResult
{
    enum class Outcome {
        SignedIn,
        Refused, // a wrong login or password: the message does not say which
        TooSoon, // after failures, the next try must wait waitSeconds
    };
    Outcome outcome = Outcome::Refused;
    std::optional<User> user; // when signed in
    int waitSeconds = 0; // when too soon
    QString message; // for the person, when not signed in
};

// Signing in to a base. A base where no active user has a password needs no sign-in (a single salesperson, as
// before); the first password set turns it on for everybody (UserAdministration). Each failure makes the next try
// of that login wait longer (1, 2, 4 ... up to 300 seconds), counted in the base so that a command-line loop on
// another computer waits too; a login nobody has is slowed down the same way (signin_failures), and checked against a
// hash as long to compute, so that neither the message nor the time tells whether it exists.
class SignIn
{
public:
    explicit SignIn(DataContext context);

    bool required() const;
    SignInResult attempt(const QString &login, const QString &password);

    // How long the next try waits after `failures` failures in a row.
    static int delaySeconds(int failures);

private:
    SignInResult refused(const SignInFailures &before);
    std::optional<SignInResult> tooSoon(const SignInFailures &failures) const;
    void recordFailure(qint64 userId);

    DataContext m_context;
    QHash<QString, SignInFailures> m_unknownLogins; // by folded login, for a base opened read-only
};

} // namespace voronka
