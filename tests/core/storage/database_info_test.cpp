#include "demo/DemoBase.h"
#include "storage/DatabaseInfo.h"
#include "storage/SqlStatement.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::TestDatabase;

TEST_CASE("Info counts companies per stage, contacts, phones and users", "[storage][info]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 40);
    const DatabaseInfo info = DatabaseInfo::collect(base.db());
    CHECK(info.isIntact());
    CHECK(info.schemaVersion == Database::latestSchemaVersion());
    CHECK(info.companies == 40);
    qint64 sum = 0;
    for (const qint64 count : info.companiesPerStage)
        sum += count;
    CHECK(sum == 40);
    CHECK(info.companiesPerStage.size() == allCompanyStages().size());
    // The demo spreads every 20 companies as 9 cold, 4 calling, 2 meeting, 1 deal, 2 client, 1 lost, 1 reactivation.
    CHECK(info.companiesPerStage.value(CompanyStage::Cold) == 18);
    CHECK(info.companiesPerStage.value(CompanyStage::Client) == 4);
    CHECK(info.contacts >= 40);
    CHECK(info.phones >= 40);
    CHECK(info.users == 7); // the head and the demo department of six
    // A callback for each company at calling, a meeting for each at meeting, a reactivation call for each there.
    CHECK(info.openTasks == 14);
    CHECK(info.fileSize > 0);
}

TEST_CASE("Info reports a search index out of step with the companies", "[storage][info]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 5);
    SqlStatement::run(base.db().connection(), QStringLiteral("DELETE FROM company_search WHERE rowid = 3"));
    const DatabaseInfo info = DatabaseInfo::collect(base.db());
    REQUIRE(info.integrityProblems.size() == 1);
    CHECK(info.integrityProblems.first() == QStringLiteral("The search index holds 4 companies, the base 5."));
}
