#include "domain/CompanyStage.h"
#include "domain/UserRole.h"
#include "storage/CompanyLeaseRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/StorageError.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
struct LeaseFixture
{
    TestDatabase base;
    qint64 anna = createUser(base, QStringLiteral("anna"), QStringLiteral("Anna Callerova"), UserRole::Caller);
    qint64 boris = createUser(base, QStringLiteral("boris"), QStringLiteral("Boris Zvonkov"), UserRole::Caller);
    qint64 companyId = createCompany(base, QStringLiteral("Romashka"), CompanyStage::Cold, 0);
    CompanyLeaseRepository leases{base.context()};
};
} // namespace

TEST_CASE("A free company is leased to the first caller and refused to the second", "[storage][lease]")
{
    LeaseFixture f;
    CHECK_FALSE(f.leases.holder(f.companyId));

    const CompanyLease taken = f.leases.acquire(f.companyId, f.anna, 300);
    CHECK(taken.userId == f.anna);
    CHECK(taken.userName == QStringLiteral("Anna Callerova"));
    CHECK(taken.acquiredAt == f.base.clock().nowUtc());
    CHECK(taken.expiresAt == f.base.clock().nowUtc().addSecs(300));

    f.base.clock().advanceSeconds(60);
    const CompanyLease refused = f.leases.acquire(f.companyId, f.boris, 300);
    CHECK(refused.userId == f.anna);
    CHECK(refused.userName == QStringLiteral("Anna Callerova"));
    CHECK(refused.expiresAt == taken.expiresAt);
    REQUIRE(f.leases.holder(f.companyId));
    CHECK(f.leases.holder(f.companyId)->userId == f.anna);
}

TEST_CASE("A lease renewed by its holder keeps its start and moves its expiry", "[storage][lease]")
{
    LeaseFixture f;
    const CompanyLease taken = f.leases.acquire(f.companyId, f.anna, 300);
    f.base.clock().advanceSeconds(120);
    const CompanyLease renewed = f.leases.acquire(f.companyId, f.anna, 300);
    CHECK(renewed.userId == f.anna);
    CHECK(renewed.acquiredAt == taken.acquiredAt);
    CHECK(renewed.expiresAt == f.base.clock().nowUtc().addSecs(300));

    // Past the first expiry the renewed lease still holds.
    f.base.clock().advanceSeconds(240);
    CHECK(f.leases.acquire(f.companyId, f.boris, 300).userId == f.anna);
}

TEST_CASE("An expired lease counts as free and goes to the next caller", "[storage][lease]")
{
    LeaseFixture f;
    f.leases.acquire(f.companyId, f.anna, 300);
    f.base.clock().advanceSeconds(299);
    CHECK(f.leases.holder(f.companyId));
    f.base.clock().advanceSeconds(1);
    CHECK_FALSE(f.leases.holder(f.companyId));

    const CompanyLease taken = f.leases.acquire(f.companyId, f.boris, 300);
    CHECK(taken.userId == f.boris);
    CHECK(taken.acquiredAt == f.base.clock().nowUtc());

    // The holder whose lease ran out starts again from now, after the colleague's has expired too.
    f.base.clock().advanceSeconds(300);
    const CompanyLease again = f.leases.acquire(f.companyId, f.anna, 300);
    CHECK(again.userId == f.anna);
    CHECK(again.acquiredAt == f.base.clock().nowUtc());
}

TEST_CASE("A released lease frees the company, and only its holder can release it", "[storage][lease]")
{
    LeaseFixture f;
    f.leases.acquire(f.companyId, f.anna, 300);
    CHECK_FALSE(f.leases.release(f.companyId, f.boris));
    CHECK(f.leases.holder(f.companyId)->userId == f.anna);

    CHECK(f.leases.release(f.companyId, f.anna));
    CHECK_FALSE(f.leases.holder(f.companyId));
    CHECK_FALSE(f.leases.release(f.companyId, f.anna));
    CHECK(f.leases.acquire(f.companyId, f.boris, 300).userId == f.boris);
}

TEST_CASE("Leases are per company, and a deleted company cannot be leased", "[storage][lease][bad-input]")
{
    LeaseFixture f;
    const qint64 other = createCompany(f.base, QStringLiteral("Vasilek"), CompanyStage::Cold, 0);
    f.leases.acquire(f.companyId, f.anna, 300);
    CHECK(f.leases.acquire(other, f.boris, 300).userId == f.boris);

    CHECK_THROWS_AS(f.leases.acquire(424242, f.anna, 300), StorageError);
    CHECK_FALSE(f.leases.holder(424242));
}
