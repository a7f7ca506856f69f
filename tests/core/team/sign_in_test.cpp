// Sign-in: off until the first (head's) password, then for everybody; wrong tries slow that login down, and neither
// the message nor the wait tells whether a login exists.
#include "TeamFixture.h"
#include "storage/SqlStatement.h"
#include "team/SignIn.h"
#include "team/TeamError.h"
#include "team/UserAdministration.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
using Outcome = SignInResult::Outcome;

void turnSignInOn(TeamFixture &team)
{
    UserAdministration(team.base.context()).setPassword(QStringLiteral("head"), QStringLiteral("начальник"));
    UserAdministration(team.base.context()).setPassword(QStringLiteral("caller1"), QStringLiteral("звонок-1"));
}
} // namespace

TEST_CASE("Sign-in: a base without passwords needs none, the first password turns it on", "[team][signin]")
{
    TeamFixture team;
    SignIn signIn(team.base.context());
    CHECK_FALSE(signIn.required());
    turnSignInOn(team);
    CHECK(signIn.required());

    const SignInResult ok = signIn.attempt(QStringLiteral("CALLER1"), QStringLiteral("звонок-1"));
    REQUIRE(ok.outcome == Outcome::SignedIn);
    CHECK(ok.user->id == team.caller1Id);
    // The hash is in the base, never the password.
    const QString stored
        = SqlStatement::scalar(team.base.db().connection(),
                               QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {team.caller1Id})
              .toString();
    CHECK(stored.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(stored.contains(QStringLiteral("звонок")));
}

TEST_CASE("Sign-in: wrong tries wait longer each time, whether the login exists or not", "[team][signin]")
{
    TeamFixture team;
    turnSignInOn(team);
    SignIn signIn(team.base.context());

    const SignInResult wrong = signIn.attempt(QStringLiteral("caller1"), QStringLiteral("не тот"));
    const SignInResult nobody = signIn.attempt(QStringLiteral("nobody"), QStringLiteral("не тот"));
    CHECK(wrong.outcome == Outcome::Refused);
    CHECK(nobody.outcome == Outcome::Refused);
    CHECK(wrong.message == nobody.message);
    CHECK(wrong.waitSeconds == 1);

    // At once again: too soon, even with the right password, for both alike.
    const SignInResult early = signIn.attempt(QStringLiteral("caller1"), QStringLiteral("звонок-1"));
    CHECK(early.outcome == Outcome::TooSoon);
    CHECK(early.waitSeconds == 1);
    CHECK(signIn.attempt(QStringLiteral("nobody"), QStringLiteral("x")).outcome == Outcome::TooSoon);
    // ... in another window or command too (the count is in the base), whatever the case typed.
    CHECK(SignIn(team.base.context()).attempt(QStringLiteral("NOBODY"), QStringLiteral("x")).outcome
          == Outcome::TooSoon);

    team.base.clock().advanceSeconds(1);
    CHECK(signIn.attempt(QStringLiteral("caller1"), QStringLiteral("опять не тот")).outcome == Outcome::Refused);
    const SignInResult second = signIn.attempt(QStringLiteral("caller1"), QStringLiteral("звонок-1"));
    CHECK(second.outcome == Outcome::TooSoon);
    CHECK(second.waitSeconds == 2);

    // The count is in the base: another window (another SignIn) waits too.
    CHECK(SignIn(team.base.context()).attempt(QStringLiteral("caller1"), QStringLiteral("звонок-1")).outcome
          == Outcome::TooSoon);
    team.base.clock().advanceSeconds(2);
    CHECK(signIn.attempt(QStringLiteral("caller1"), QStringLiteral("звонок-1")).outcome == Outcome::SignedIn);
    // A success starts the count again.
    CHECK(signIn.attempt(QStringLiteral("caller1"), QStringLiteral("не тот")).waitSeconds == 1);

    CHECK(SignIn::delaySeconds(3) == 4);
    CHECK(SignIn::delaySeconds(40) == 300);
}

TEST_CASE("Sign-in: no password set, a deactivated person and an empty or huge password are refused alike",
          "[team][signin]")
{
    TeamFixture team;
    turnSignInOn(team);
    SignIn signIn(team.base.context());
    const SignInResult noPassword = signIn.attempt(QStringLiteral("caller2"), QString());
    CHECK(noPassword.outcome == Outcome::Refused);
    const SignInResult huge = signIn.attempt(QStringLiteral("head"), QString(10 * 1024 * 1024, QLatin1Char('a')));
    CHECK(huge.outcome == Outcome::Refused);
    CHECK(huge.message == noPassword.message);

    UserAdministration(team.base.context()).deactivate(QStringLiteral("caller1"), {QStringLiteral("caller2")});
    team.base.clock().advanceSeconds(600);
    CHECK(signIn.attempt(QStringLiteral("caller1"), QStringLiteral("звонок-1")).outcome == Outcome::Refused);
}
