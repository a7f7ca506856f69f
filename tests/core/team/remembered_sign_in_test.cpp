// "Remember me": a token signs its person in without a password while it is fresh, the base keeps only its hash, and
// a new password or leaving the team ends it.
#include "TeamFixture.h"
#include "storage/SqlStatement.h"
#include "team/RememberedSignIn.h"
#include "team/TeamError.h"
#include "team/UserAdministration.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
void turnSignInOn(TeamFixture &team)
{
    UserAdministration(team.base.context()).setPassword(QStringLiteral("head"), QStringLiteral("начальник"));
    UserAdministration(team.base.context()).setPassword(QStringLiteral("caller1"), QStringLiteral("звонок-1"));
}

qint64 storedTokens(TeamFixture &team)
{
    return SqlStatement::scalar(team.base.db().connection(), QStringLiteral("SELECT count(*) FROM signin_tokens"))
        .toLongLong();
}
} // namespace

TEST_CASE("Remember me: the token signs its person in, and only its hash is stored", "[team][signin][remember]")
{
    TeamFixture team;
    turnSignInOn(team);
    RememberedSignIn remembered(team.base.context());
    const QString token = remembered.remember(team.caller1Id);
    CHECK(token.size() >= 40);
    CHECK(remembered.remember(team.caller1Id) != token); // random, not derived from the person

    const auto user = remembered.signIn(token);
    REQUIRE(user);
    CHECK(user->id == team.caller1Id);
    CHECK(storedTokens(team) == 2);
    CHECK(SqlStatement::scalar(team.base.db().connection(),
                               QStringLiteral("SELECT count(*) FROM signin_tokens WHERE token_hash = ?"), {token})
              .toLongLong()
          == 0);
    CHECK(SqlStatement::scalar(team.base.db().connection(),
                               QStringLiteral("SELECT user_id FROM signin_tokens WHERE token_hash = ?"),
                               {RememberedSignIn::hashOf(token)})
              .toLongLong()
          == team.caller1Id);

    SECTION("a token that differs by one character, or none, signs nobody in")
    {
        QString other = token;
        other[0] = other[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        CHECK_FALSE(remembered.signIn(other));
        CHECK_FALSE(remembered.signIn(QString()));
    }
    SECTION("after thirty days it is refused and deleted")
    {
        team.base.clock().advanceSeconds(qint64(RememberedSignIn::lifetimeDays) * 24 * 3600 - 60);
        CHECK(remembered.signIn(token));
        team.base.clock().advanceSeconds(120);
        CHECK_FALSE(remembered.signIn(token));
        CHECK(storedTokens(team) == 1);
    }
    SECTION("forgetting it ends it")
    {
        remembered.forget(token);
        CHECK_FALSE(remembered.signIn(token));
        CHECK(storedTokens(team) == 1);
    }
    SECTION("a new password ends every token of the person, not the others'")
    {
        const QString heads = remembered.remember(team.headId);
        UserAdministration(team.base.context()).setPassword(QStringLiteral("caller1"), QStringLiteral("новый-1"));
        CHECK_FALSE(remembered.signIn(token));
        CHECK(remembered.signIn(heads)->id == team.headId);
    }
    SECTION("a deactivated person is signed in by no token")
    {
        UserAdministration(team.base.context()).deactivate(QStringLiteral("caller1"), {QStringLiteral("caller2")});
        CHECK_FALSE(remembered.signIn(token));
        CHECK(storedTokens(team) == 0);
        CHECK_THROWS_AS(remembered.remember(team.caller1Id), TeamError);
    }
}

TEST_CASE("Remember me: a base without sign-in takes no token", "[team][signin][remember]")
{
    TeamFixture team;
    turnSignInOn(team);
    const QString token = RememberedSignIn(team.base.context()).remember(team.caller1Id);
    SqlStatement::run(team.base.db().connection(), QStringLiteral("UPDATE users SET password_hash = NULL"));
    CHECK_FALSE(RememberedSignIn(team.base.context()).signIn(token));
}
