// What the deal windows ask core before they offer an action: may a deal be opened for the company, may a payment
// be recorded against the deal, will the payment hand the company over, and to whom.
#include "FunnelFixture.h"
#include "domain/Payment.h"
#include "funnel/DealOpener.h"
#include "funnel/PaymentRecorder.h"
#include "storage/ClientHandoverRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::FunnelFixture;

TEST_CASE("A deal may be opened at meeting, deal, client and reactivation only", "[funnel][deal][open]")
{
    for (const CompanyStage stage :
         {CompanyStage::Meeting, CompanyStage::Deal, CompanyStage::Client, CompanyStage::Reactivation})
        CHECK(DealOpener::stageRefusal(stage).isEmpty());
    for (const CompanyStage stage : {CompanyStage::Cold, CompanyStage::Calling, CompanyStage::Lost})
        CHECK_FALSE(DealOpener::stageRefusal(stage).isEmpty());
    CHECK(DealOpener::stageRefusal(CompanyStage::Cold)
          == QStringLiteral("A company cannot go from \"Cold\" to \"Deal\"; from \"Cold\" it can go to: Calling, "
                            "Meeting, Lost."));
    CHECK(DealOpener::firstSteps() == QList<DealStep>{DealStep::Needs, DealStep::Presentation});
}

TEST_CASE("A payment may be recorded only against an issued invoice", "[funnel][payment]")
{
    Deal deal;
    deal.step = DealStep::InvoiceIssued;
    CHECK(PaymentRecorder::refusal(deal).isEmpty());
    deal.step = DealStep::Contract;
    CHECK(PaymentRecorder::refusal(deal) == QStringLiteral("Issue an invoice before recording a payment."));
    deal.step = DealStep::Paid;
    CHECK(PaymentRecorder::refusal(deal)
          == QStringLiteral("The deal is already paid in full; record a repeat sale as a new deal."));
    deal.step = DealStep::Lost;
    deal.lostReason = QStringLiteral("Дорого");
    CHECK(PaymentRecorder::refusal(deal)
          == QStringLiteral("The deal is lost (Дорого); a payment cannot be recorded against it."));
}

TEST_CASE("Only a company that never paid and was never handed over is handed over by a payment",
          "[funnel][payment][handover]")
{
    FunnelFixture f;
    const PaymentRecorder recorder(f.asCloser());
    const qint64 paid = f.addCompany(QStringLiteral("ООО «Лютик»"));
    const qint64 handedBefore = f.addCompany(QStringLiteral("ООО «Василёк»"));
    Payment payment;
    payment.companyId = paid;
    payment.amountKopecks = 100;
    payment.paidOn = QDate(2026, 11, 20);
    PaymentRepository(f.base.context()).create(payment);
    ClientHandoverRepository(f.base.context()).recordHandover(handedBefore, f.closerId, f.later(-3600));

    CHECK(recorder.handsOver(f.companyId));
    CHECK_FALSE(recorder.handsOver(paid));
    CHECK_FALSE(recorder.handsOver(handedBefore));
}

TEST_CASE("A new client may be handed to active account managers and heads, by name", "[funnel][payment][handover]")
{
    FunnelFixture f;
    UserRepository users(f.base.context());
    User retired;
    retired.login = QStringLiteral("retired");
    retired.fullName = QStringLiteral("Борис Ушедший");
    retired.role = UserRole::AccountManager;
    users.create(retired);
    retired.active = false;
    users.update(retired);
    User anna;
    anna.login = QStringLiteral("anna");
    anna.fullName = QStringLiteral("Анна Клиентова");
    anna.role = UserRole::AccountManager;
    users.create(anna);

    QList<qint64> ids;
    for (const User &user : PaymentRecorder(f.asCloser()).accountManagers())
        ids.append(user.id);
    // The head the schema creates (id 1), the fixture's manager and Анна; neither the caller, the closer nor
    // a manager who left.
    REQUIRE(ids.size() == 3);
    CHECK(ids.contains(1));
    CHECK(ids.contains(f.accountManagerId));
    CHECK(ids.contains(anna.id));
}
