#include "FunnelFixture.h"
#include "storage/LostReasonRepository.h"
#include "storage/StorageError.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::FunnelFixture;

TEST_CASE("A new base has a default list of lost reasons", "[funnel][lost-reasons]")
{
    FunnelFixture f;
    const auto reasons = LostReasonRepository(f.base.context()).list();
    REQUIRE(reasons.size() == 6);
    CHECK(reasons.first().title == QStringLiteral("Not interested"));
    CHECK(reasons.first().active);
}

TEST_CASE("Lost reasons are added, renamed and retired", "[funnel][lost-reasons]")
{
    FunnelFixture f;
    LostReasonRepository reasons(f.base.context());
    LostReason reason;
    reason.title = QStringLiteral("  Закрылись  ");
    reason.position = 10;
    reasons.create(reason);
    CHECK(reason.title == QStringLiteral("Закрылись"));
    CHECK(reasons.list().last().id == reason.id);

    reason.title = QStringLiteral("Компания закрылась");
    reasons.update(reason);
    CHECK(reasons.find(reason.id)->title == QStringLiteral("Компания закрылась"));

    reason.active = false;
    reasons.update(reason);
    CHECK(reasons.list().size() == 6);
    CHECK(reasons.list(false).size() == 7);
}

TEST_CASE("An empty, repeated or stale lost reason is refused", "[funnel][lost-reasons][bad-input]")
{
    FunnelFixture f;
    LostReasonRepository reasons(f.base.context());
    LostReason empty;
    empty.title = QStringLiteral("   ");
    CHECK_THROWS_AS(reasons.create(empty), StorageError);
    LostReason repeated;
    repeated.title = QStringLiteral("too EXPENSIVE");
    try {
        reasons.create(repeated);
        FAIL("a repeated reason was added");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::InvalidData);
        CHECK(error.message().contains(QStringLiteral("already in the list")));
    }
    CHECK(reasons.list(false).size() == 6);

    LostReason mine = reasons.list().first();
    LostReason theirs = mine;
    theirs.title = QStringLiteral("No interest");
    reasons.update(theirs);
    mine.title = QStringLiteral("Not interested at all");
    try {
        reasons.update(mine);
        FAIL("a stale rename was applied");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::StaleVersion);
    }
    CHECK(reasons.find(mine.id)->title == QStringLiteral("No interest"));
}
