#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PipelineQuery.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
qint64 addDeal(TestDatabase &base, qint64 companyId, qint64 ownerId, const QString &title, DealStep step,
               qint64 amountKopecks)
{
    Deal deal;
    deal.companyId = companyId;
    deal.ownerId = ownerId;
    deal.title = title;
    deal.step = step;
    deal.amountKopecks = amountKopecks;
    DealRepository(base.context()).create(deal);
    base.clock().advanceSeconds(1); // distinct updated_at, so "newest first" is testable
    return deal.id;
}
} // namespace

TEST_CASE("The pipeline lists deals per step with company, owner, count and sum, filtered by owner",
          "[storage][pipeline]")
{
    TestDatabase base;
    Company romashka = makeCompany(QStringLiteral("ООО «Ромашка»"));
    Company vasilek = makeCompany(QStringLiteral("АО «Василёк»"));
    CompanyRepository(base.context()).create(romashka);
    CompanyRepository(base.context()).create(vasilek);
    User closer;
    closer.login = QStringLiteral("closer");
    closer.fullName = QStringLiteral("Пётр Закрывалов");
    closer.role = UserRole::Closer;
    UserRepository(base.context()).create(closer);

    const qint64 first = addDeal(base, romashka.id, closer.id, QStringLiteral("Поставка"), DealStep::Needs, 150000);
    const qint64 second = addDeal(base, vasilek.id, 1, QStringLiteral("Монтаж"), DealStep::Needs, 25050);
    const qint64 third = addDeal(base, vasilek.id, 0, QStringLiteral("Сервис"), DealStep::Contract, 0);

    const QList<PipelineColumn> all = PipelineQuery(base.context()).columns();
    REQUIRE(all.size() == allDealSteps().size());
    CHECK(all.at(0).step == DealStep::Needs);
    CHECK(all.at(7).step == DealStep::Lost);
    const PipelineColumn &needs = all.at(0);
    REQUIRE(needs.deals.size() == 2);
    CHECK(needs.amountKopecks == 175050);
    CHECK(needs.deals.at(0).id == second); // the newest change first
    CHECK(needs.deals.at(1).id == first);
    CHECK(needs.deals.at(1).companyName == QStringLiteral("ООО «Ромашка»"));
    CHECK(needs.deals.at(1).ownerName == QStringLiteral("Пётр Закрывалов"));
    CHECK(needs.deals.at(1).title == QStringLiteral("Поставка"));
    CHECK(needs.deals.at(1).amountKopecks == 150000);
    CHECK(needs.deals.at(1).version == 1);
    const PipelineColumn &contract = all.at(int(DealStep::Contract));
    REQUIRE(contract.deals.size() == 1);
    CHECK(contract.deals.at(0).id == third);
    CHECK(contract.deals.at(0).ownerId == 0);
    CHECK(contract.deals.at(0).ownerName.isEmpty());
    CHECK(contract.amountKopecks == 0);

    const QList<PipelineColumn> mine = PipelineQuery(base.context()).columns(closer.id);
    REQUIRE(mine.at(0).deals.size() == 1);
    CHECK(mine.at(0).deals.at(0).id == first);
    CHECK(mine.at(0).amountKopecks == 150000);
    CHECK(mine.at(int(DealStep::Contract)).deals.isEmpty());
}

TEST_CASE("The pipeline shows a deal's invoice number and what is paid on it", "[storage][pipeline]")
{
    TestDatabase base;
    Company romashka = makeCompany(QStringLiteral("ООО «Ромашка»"));
    CompanyRepository(base.context()).create(romashka);
    Deal invoiced;
    invoiced.companyId = romashka.id;
    invoiced.title = QStringLiteral("Поставка");
    invoiced.step = DealStep::InvoiceIssued;
    invoiced.amountKopecks = 1500000;
    invoiced.invoiceNumber = QStringLiteral("С-117");
    invoiced.invoiceDate = QDate(2026, 11, 25);
    DealRepository(base.context()).create(invoiced);
    const qint64 unpaid = addDeal(base, romashka.id, 0, QStringLiteral("Монтаж"), DealStep::Contract, 700000);
    for (const qint64 kopecks : {400000, 100050}) {
        Payment payment;
        payment.dealId = invoiced.id;
        payment.companyId = romashka.id;
        payment.amountKopecks = kopecks;
        payment.paidOn = QDate(2026, 11, 27);
        PaymentRepository(base.context()).create(payment);
    }

    const QList<PipelineColumn> columns = PipelineQuery(base.context()).columns();
    const QList<PipelineDeal> &issued = columns.at(int(DealStep::InvoiceIssued)).deals;
    REQUIRE(issued.size() == 1);
    CHECK(issued.at(0).invoiceNumber == QStringLiteral("С-117"));
    CHECK(issued.at(0).paidKopecks == 500050);
    const QList<PipelineDeal> &contract = columns.at(int(DealStep::Contract)).deals;
    REQUIRE(contract.size() == 1);
    CHECK(contract.at(0).id == unpaid);
    CHECK(contract.at(0).invoiceNumber.isEmpty());
    CHECK(contract.at(0).paidKopecks == 0);
}
