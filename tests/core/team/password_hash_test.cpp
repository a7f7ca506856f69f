#include "team/PasswordHash.h"
#include "team/TeamError.h"

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("Password hash: Argon2id with its own salt, matching only its password", "[team][password]")
{
    const QString hash = PasswordHash::make(QStringLiteral("Пароль-123"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("Пароль")));
    CHECK(PasswordHash::matches(hash, QStringLiteral("Пароль-123")));
    CHECK_FALSE(PasswordHash::matches(hash, QStringLiteral("пароль-123")));
    CHECK_FALSE(PasswordHash::matches(hash, QString()));
    // The same password twice gives two hashes (a salt each).
    CHECK(PasswordHash::make(QStringLiteral("Пароль-123")) != hash);
}

TEST_CASE("Password hash: an empty, a 10 MB and a damaged hash are refused", "[team][password]")
{
    CHECK_THROWS_AS(PasswordHash::make(QString()), TeamError);
    const QString huge(10 * 1024 * 1024, QLatin1Char('x'));
    try {
        PasswordHash::make(huge);
        FAIL("a 10 MB password was hashed");
    } catch (const TeamError &error) {
        CHECK(error.kind() == TeamError::Kind::BadPassword);
        CHECK(error.message().contains(QString::number(PasswordHash::maximumLength)));
    }
    CHECK_FALSE(PasswordHash::matches(PasswordHash::make(QStringLiteral("x")), huge));
    CHECK_FALSE(PasswordHash::matches(QStringLiteral("not a hash"), QStringLiteral("x")));
    CHECK_FALSE(PasswordHash::matches(QString(), QStringLiteral("x")));
    // Exactly the longest is fine.
    const QString longest(PasswordHash::maximumLength, QLatin1Char('y'));
    CHECK(PasswordHash::matches(PasswordHash::make(longest), longest));
}
