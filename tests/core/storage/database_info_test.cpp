#include "demo/DemoBase.h"
#include "storage/DatabaseInfo.h"
#include "storage/SqlStatement.h"
#include "storage/WriteTransaction.h"
#include "support/FaultyDisk.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::FaultyDisk;
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

TEST_CASE("Info reads what it counts, never the whole file under one lock", "[storage][info][shared]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 40);
    {
        // Pages info has no reason to read, as the history of a long-used base is.
        WriteTransaction transaction(base.db());
        SqlStatement::run(base.db().connection(),
                          QStringLiteral("CREATE TABLE spare_pages (id INTEGER PRIMARY KEY, filler TEXT)"));
        for (int i = 0; i < 400; ++i)
            SqlStatement::run(base.db().connection(), QStringLiteral("INSERT INTO spare_pages (filler) VALUES (?)"),
                              {QString(2000, QLatin1Char('y'))});
        transaction.commit();
    }
    const qint64 pages = SqlStatement::scalar(base.db().connection(), QStringLiteral("PRAGMA page_count")).toLongLong();
    base.close();
    FaultyDisk disk(base.dir());
    base.reopen();
    disk.watchReadLocks(base.path());

    const DatabaseInfo info = DatabaseInfo::collect(base.db());
    CHECK(info.companies == 40);
    // Each count is a short read of its own; a check of every page (PRAGMA quick_check) would read them all under one
    // lock, and on a shared file no colleague could commit meanwhile.
    INFO("pages " << pages << ", most read under one lock " << disk.mostReadsUnderOneLock());
    CHECK(disk.mostReadsUnderOneLock() > 0);
    CHECK(disk.mostReadsUnderOneLock() < pages / 4);
}
