#include "storage/StorageError.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::TestDatabase;

TEST_CASE("Users are created, found by login and updated", "[storage][user]")
{
    TestDatabase base;
    UserRepository users(base.context());
    User caller;
    caller.login = QStringLiteral("ivan");
    caller.fullName = QStringLiteral("Иван Звонков");
    caller.role = UserRole::Caller;
    users.create(caller);

    const auto found = users.findByLogin(QStringLiteral("IVAN"));
    REQUIRE(found);
    CHECK(found->id == caller.id);
    CHECK(found->role == UserRole::Caller);
    CHECK(users.list().size() == 2);

    User changed = *found;
    changed.active = false;
    users.update(changed);
    CHECK(users.list().size() == 1);
    CHECK(users.list(false).size() == 2);
}

TEST_CASE("A taken or empty login is refused", "[storage][user][bad-input]")
{
    TestDatabase base;
    UserRepository users(base.context());
    User copy;
    copy.login = QStringLiteral("head");
    copy.fullName = QStringLiteral("Second head");
    CHECK_THROWS_AS(users.create(copy), StorageError);
    User blank;
    blank.fullName = QStringLiteral("No login");
    CHECK_THROWS_AS(users.create(blank), StorageError);
    CHECK(users.list().size() == 1);
}
