#include "domain/UserRole.h"
#include "storage/AuditLog.h"
#include "storage/CompanyRepository.h"
#include "storage/DealFunnelRepository.h"
#include "storage/DealRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
int auditRows(TestDatabase &base)
{
    return SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}
} // namespace

TEST_CASE("Renaming a company writes one audit row with the old and new name and the user", "[storage][audit]")
{
    TestDatabase base;
    const qint64 anna = createUser(base, QStringLiteral("anna"), QStringLiteral("Анна Смирнова"), UserRole::Caller);
    Company company = makeCompany(QStringLiteral("ООО Ромашка"), QStringLiteral("Казань"));
    CompanyRepository(base.context()).create(company);
    const int afterCreate = auditRows(base);
    CHECK(afterCreate == 1);

    base.clock().advanceSeconds(60);
    company.name = QStringLiteral("ООО Ромашка Плюс");
    CompanyRepository(base.contextAs(anna)).update(company);

    REQUIRE(auditRows(base) == afterCreate + 1);
    const QList<AuditEntry> entries = AuditLog(base.context()).forCompany(company.id);
    REQUIRE(entries.size() == 2);
    const AuditEntry &rename = entries.first();
    CHECK(rename.table == QStringLiteral("companies"));
    CHECK(rename.rowId == company.id);
    CHECK(rename.field == QStringLiteral("name"));
    CHECK(rename.oldValue == QStringLiteral("ООО Ромашка"));
    CHECK(rename.newValue == QStringLiteral("ООО Ромашка Плюс"));
    CHECK(rename.userId == anna);
    CHECK(rename.userName == QStringLiteral("Анна Смирнова"));
    CHECK(rename.changedAt == base.clock().nowUtc());
    CHECK(entries.last().field == QStringLiteral("created"));
    CHECK(entries.last().newValue == QStringLiteral("ООО Ромашка"));
}

TEST_CASE("A stale company write leaves no audit row", "[storage][audit]")
{
    TestDatabase base;
    Company company = makeCompany(QStringLiteral("ООО Ромашка"));
    CompanyRepository companies(base.context());
    companies.create(company);
    Company stale = company;
    company.city = QStringLiteral("Уфа");
    companies.update(company);
    const int before = auditRows(base);

    stale.city = QStringLiteral("Самара");
    CHECK_THROWS_AS(companies.update(stale), StorageError);
    CHECK_THROWS_AS(companies.remove(stale.id, stale.version), StorageError);
    CHECK(auditRows(base) == before);
}

TEST_CASE("A deal step change and a payment are audited under the company", "[storage][audit]")
{
    TestDatabase base;
    const qint64 closer = createUser(base, QStringLiteral("oleg"), QStringLiteral("Олег Петров"), UserRole::Closer);
    const qint64 companyId = createCompany(base, QStringLiteral("АО Меридиан"), CompanyStage::Deal, closer);

    Deal deal;
    deal.companyId = companyId;
    deal.ownerId = closer;
    deal.title = QStringLiteral("Поставка");
    DealRepository deals(base.contextAs(closer));
    deals.create(deal);
    deal.amountKopecks = 15000000;
    deals.update(deal);
    deal.step = DealStep::InvoiceIssued; // as a fixture: the funnel's own write, without its history row
    DealFunnelRepository(base.contextAs(closer)).saveStep(deal);

    Payment payment;
    payment.dealId = deal.id;
    payment.companyId = companyId;
    payment.amountKopecks = 5000000;
    payment.paidOn = QDate(2026, 11, 20);
    PaymentRepository(base.contextAs(closer)).create(payment);

    const QList<AuditEntry> entries = AuditLog(base.context()).forCompany(companyId);
    const auto find = [&](const QString &table, const QString &field) {
        for (const AuditEntry &entry : entries) {
            if (entry.table == table && entry.field == field)
                return entry;
        }
        FAIL("no audit row for " << table.toStdString() << "." << field.toStdString());
        return AuditEntry();
    };
    const AuditEntry step = find(QStringLiteral("deals"), QStringLiteral("step"));
    CHECK(step.rowId == deal.id);
    CHECK(step.oldValue == QStringLiteral("needs"));
    CHECK(step.newValue == QStringLiteral("invoice_issued"));
    CHECK(step.userId == closer);
    const AuditEntry amount = find(QStringLiteral("deals"), QStringLiteral("amount_kopecks"));
    CHECK(amount.newValue == QStringLiteral("15000000"));
    const AuditEntry paid = find(QStringLiteral("payments"), QStringLiteral("created"));
    CHECK(paid.rowId == payment.id);
    CHECK(paid.newValue == QStringLiteral("5000000"));
    CHECK(paid.userId == closer);
    CHECK(find(QStringLiteral("deals"), QStringLiteral("created")).newValue == QStringLiteral("Поставка"));
}

TEST_CASE("Deleting a company is audited under the deleting user and its history stays", "[storage][audit]")
{
    TestDatabase base;
    const qint64 anna = createUser(base, QStringLiteral("anna"), QStringLiteral("Анна Смирнова"), UserRole::Head);
    Company company = makeCompany(QStringLiteral("ООО Ромашка"));
    CompanyRepository(base.context()).create(company);
    CompanyRepository(base.contextAs(anna)).remove(company.id, company.version);

    const QList<AuditEntry> entries = AuditLog(base.context()).forCompany(company.id);
    REQUIRE(entries.size() == 2);
    CHECK(entries.first().field == QStringLiteral("deleted"));
    CHECK(entries.first().oldValue == QStringLiteral("ООО Ромашка"));
    CHECK(entries.first().userId == anna);
}
