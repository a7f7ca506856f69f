#include "storage/CompanyListQuery.h"
#include "storage/CompanyRepository.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::makeCompany;
using voronka::test::TestDatabase;

namespace {
qint64 searchHits(Database &db, const QString &text)
{
    return CompanyListQuery(db, CompanyFilter{text, std::nullopt, 0}).count();
}
} // namespace

TEST_CASE("A company is created, read, updated and deleted", "[storage][company]")
{
    TestDatabase base;
    CompanyRepository companies(base.context());

    Company company = makeCompany(QStringLiteral("ООО «Ромашка»"), QStringLiteral("Москва"));
    company.inn = QStringLiteral("7707083893");
    company.stage = CompanyStage::Calling;
    company.nextActionAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    companies.create(company);
    REQUIRE(company.id > 0);
    CHECK(company.version == 1);

    auto stored = companies.find(company.id);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("ООО «Ромашка»"));
    CHECK(stored->city == QStringLiteral("Москва"));
    CHECK(stored->inn == QStringLiteral("7707083893"));
    CHECK(stored->stage == CompanyStage::Calling);
    CHECK(stored->nextActionAt == company.nextActionAt);
    CHECK(stored->createdAt == base.clock().nowUtc());
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT sort_key FROM companies")).toString()
          == QStringLiteral("ромашка"));

    base.clock().advanceSeconds(60);
    stored->city = QStringLiteral("Казань");
    companies.update(*stored);
    CHECK(stored->version == 2);
    const auto updated = companies.find(company.id);
    CHECK(updated->city == QStringLiteral("Казань"));
    CHECK(updated->updatedAt == base.clock().nowUtc());
    CHECK(updated->createdAt == company.createdAt);

    companies.remove(company.id, updated->version);
    CHECK_FALSE(companies.find(company.id));
    CHECK(companies.count() == 0);
}

TEST_CASE("A stale update is reported with who changed it and not applied", "[storage][company][conflict]")
{
    TestDatabase base;
    CompanyRepository companies(base.context());
    Company company = makeCompany(QStringLiteral("Вектор"), QStringLiteral("Омск"));
    companies.create(company);

    Company mine = *companies.find(company.id);
    Company theirs = *companies.find(company.id);
    theirs.city = QStringLiteral("Томск");
    companies.update(theirs);

    mine.city = QStringLiteral("Пермь");
    try {
        companies.update(mine);
        FAIL("a stale update was applied");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::StaleVersion);
        CHECK(error.message().contains(QStringLiteral("Head of sales")));
    }
    CHECK(companies.find(company.id)->city == QStringLiteral("Томск"));
    CHECK(mine.version == 1);

    CHECK_THROWS_MATCHES(companies.remove(company.id, 1), StorageError,
                         Catch::Predicate<StorageError>(
                             [](const StorageError &e) { return e.kind() == StorageError::Kind::StaleVersion; }));
    CHECK(companies.find(company.id));
}

TEST_CASE("Updating a company someone deleted says so", "[storage][company][conflict]")
{
    TestDatabase base;
    CompanyRepository companies(base.context());
    Company company = makeCompany(QStringLiteral("Гранит"));
    companies.create(company);
    companies.remove(company.id, company.version);
    company.city = QStringLiteral("Уфа");
    CHECK_THROWS_MATCHES(
        companies.update(company), StorageError,
        Catch::Predicate<StorageError>([](const StorageError &e) { return e.kind() == StorageError::Kind::NotFound; }));
}

TEST_CASE("A company without a name is refused and nothing is written", "[storage][company][bad-input]")
{
    TestDatabase base;
    CompanyRepository companies(base.context());
    Company blank = makeCompany(QStringLiteral("   "));
    CHECK_THROWS_AS(companies.create(blank), StorageError);
    CHECK(companies.count() == 0);
    CHECK(base.db().transactionDepth() == 0);
}

TEST_CASE("The search index follows every change of a company", "[storage][company][search]")
{
    TestDatabase base;
    CompanyRepository companies(base.context());
    Company company = makeCompany(QStringLiteral("ООО Ромашка"), QStringLiteral("Екатеринбург"));
    companies.create(company);
    CHECK(searchHits(base.db(), QStringLiteral("РОМАШ")) == 1);
    CHECK(searchHits(base.db(), QStringLiteral("екатерин")) == 1);

    company.name = QStringLiteral("ООО Василёк");
    companies.update(company);
    CHECK(searchHits(base.db(), QStringLiteral("ромаш")) == 0);
    CHECK(searchHits(base.db(), QStringLiteral("василек")) == 1);

    companies.remove(company.id, company.version);
    CHECK(searchHits(base.db(), QStringLiteral("василек")) == 0);
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM company_search")).toInt()
          == 0);
}

TEST_CASE("A plain update leaves the stage alone: stages move only through the funnel", "[storage][company][funnel]")
{
    TestDatabase base;
    CompanyRepository companies(base.context());
    Company company = makeCompany(QStringLiteral("ООО «Ромашка»"), QStringLiteral("Москва"));
    company.stage = CompanyStage::Client;
    companies.create(company);

    company.stage = CompanyStage::Lost; // what a card's save used to write without a reason or a history row
    company.city = QStringLiteral("Тула");
    companies.update(company);
    const Company stored = *companies.find(company.id);
    CHECK(stored.city == QStringLiteral("Тула"));
    CHECK(stored.stage == CompanyStage::Client);
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM stage_history")).toInt()
          == 0);
}
