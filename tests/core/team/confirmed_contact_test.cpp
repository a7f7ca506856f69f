// A collector's contact is confirmed the first time a caller reaches the company; no answer, busy and a wrong number
// do not confirm it, and a later call does not move the time.
#include "FunnelFixture.h"
#include "storage/CompanyRepository.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

TEST_CASE("Confirmed contact: the first call that reaches the company, kept from then on", "[team][collector]")
{
    FunnelFixture f;
    auto calls = f.callsAs(f.callerId);
    const auto confirmedAt = [&] { return CompanyRepository(f.base.context()).find(f.companyId)->confirmedAt; };
    // The fixture's company was typed in by the head: the head collected it.
    CHECK(CompanyRepository(f.base.context()).find(f.companyId)->collectedBy == 1);

    CallResult result = calls.noAnswer(f.companyId, 1);
    f.base.clock().advanceSeconds(60);
    result = calls.busy(f.companyId, result.version);
    CHECK_FALSE(confirmedAt().isValid());

    f.base.clock().advanceSeconds(60);
    const QDateTime reached = f.base.clock().nowUtc();
    result = calls.callbackAt(f.companyId, result.version, f.later(3600), QStringLiteral("перезвонить"));
    CHECK(confirmedAt() == reached);

    f.base.clock().advanceSeconds(7200);
    calls.notNow(f.companyId, result.version, f.base.clock().nowUtc().date().addDays(30));
    CHECK(confirmedAt() == reached);
}
