#include "FunnelFixture.h"
#include "domain/Payment.h"
#include "funnel/CallOutcomes.h"
#include "funnel/DealOpener.h"
#include "funnel/FunnelError.h"
#include "funnel/MeetingOutcomes.h"
#include "funnel/PaymentRecorder.h"
#include "funnel/StageMover.h"
#include "storage/ActivityRepository.h"
#include "storage/ClientHandoverRepository.h"
#include "storage/DealRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/SqlStatement.h"
#include "storage/StageHistoryRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace voronka;
using voronka::test::dealMove;
using voronka::test::FunnelFixture;
using voronka::test::funnelRefusal;

namespace {
constexpr qint64 dealAmount = 100'000'00; // 100 000 roubles in kopecks

// The conveyor up to money: the caller books a meeting, the closer holds it with an offer (the company moves
// to deal) and carries the deal to an issued invoice.
struct InvoicedDeal
{
    qint64 dealId = 0;
    qint64 version = 0;
};

qint64 bookAndHold(FunnelFixture &f, qint64 companyId, qint64 companyVersion)
{
    MeetingBooking booking;
    booking.date = QDate(2026, 11, 26);
    booking.time = QTime(11, 0);
    booking.place = QStringLiteral("офис клиента");
    booking.closerId = f.closerId;
    const CallResult booked = f.callsAs(f.callerId).meetingBooked(companyId, companyVersion, booking);
    f.base.clock().set(QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
    MeetingHeld held;
    held.deal.title = QStringLiteral("Поставка бумаги");
    held.deal.amountKopecks = dealAmount;
    held.deal.marginKopecks = 25'000'00;
    return MeetingOutcomes(f.asCloser()).held(booked.taskId, booked.version, held).dealId;
}

InvoicedDeal invoice(FunnelFixture &f, qint64 dealId, qint64 version)
{
    StageMover mover(f.asCloser());
    version = mover.moveDeal(dealId, version, dealMove(DealStep::OfferSent));
    version = mover.moveDeal(dealId, version, dealMove(DealStep::Contract));
    version = mover.moveDeal(dealId, version,
                             dealMove(DealStep::InvoiceIssued, {}, 0, QStringLiteral("СЧ-17"), QDate(2026, 11, 26)));
    return {dealId, version};
}

InvoicedDeal invoicedDeal(FunnelFixture &f, qint64 companyId, qint64 companyVersion = 1)
{
    return invoice(f, bookAndHold(f, companyId, companyVersion), 1);
}

PaymentEntry entry(qint64 kopecks, const QDate &day = QDate(2026, 11, 26), qint64 accountManagerId = 0)
{
    PaymentEntry e;
    e.paidOn = day;
    e.amountKopecks = kopecks;
    e.accountManagerId = accountManagerId;
    return e;
}

PaymentRecorder paymentsAs(FunnelFixture &f, qint64 userId)
{
    return PaymentRecorder(f.base.contextAs(userId), QTimeZone::utc());
}

qint64 addUser(FunnelFixture &f, const QString &login, UserRole role, bool active = true)
{
    User user;
    user.login = login;
    user.fullName = login + QStringLiteral(" person");
    user.role = role;
    user.active = active;
    UserRepository(f.base.context()).create(user);
    return user.id;
}

// A client owned by the account manager, to give them a load.
void addClientOf(FunnelFixture &f, qint64 managerId)
{
    const qint64 id = f.addCompany(QStringLiteral("Клиент ") + QString::number(managerId)
                                   + QString::number(f.count(QStringLiteral("companies"))));
    SqlStatement::run(f.base.db().connection(),
                      QStringLiteral("UPDATE companies SET stage = 'client', owner_id = ? WHERE id = ?"),
                      {managerId, id});
}

QStringList outcomes(FunnelFixture &f, ActivityKind kind)
{
    QStringList result;
    for (const Activity &activity : ActivityRepository(f.base.context()).listForCompany(f.companyId)) {
        if (activity.kind == kind)
            result.append(activity.outcome);
    }
    return result;
}

// Everything a payment could write, to check that a refused one wrote nothing.
struct Snapshot
{
    qint64 payments = 0;
    qint64 activities = 0;
    qint64 history = 0;
    qint64 openTasks = 0;
    qint64 dealVersion = 0;
    qint64 companyVersion = 0;
    qint64 owner = 0;
    qint64 broughtBy = 0;

    static Snapshot of(FunnelFixture &f, qint64 dealId)
    {
        Snapshot s;
        s.payments = f.count(QStringLiteral("payments"));
        s.activities = f.count(QStringLiteral("activities"));
        s.history = f.count(QStringLiteral("stage_history"));
        s.openTasks = f.count(QStringLiteral("tasks WHERE status = 'open'"));
        s.dealVersion = DealRepository(f.base.context()).find(dealId)->version;
        s.companyVersion = f.state().version;
        s.owner = f.state().ownerId;
        s.broughtBy = ClientHandoverRepository(f.base.context()).broughtBy(f.companyId);
        return s;
    }
    bool operator==(const Snapshot &o) const
    {
        return payments == o.payments && activities == o.activities && history == o.history && openTasks == o.openTasks
            && dealVersion == o.dealVersion && companyVersion == o.companyVersion && owner == o.owner
            && broughtBy == o.broughtBy;
    }
};
} // namespace

TEST_CASE("A deal opens for a company at meeting and moves it to deal", "[funnel][deal][open]")
{
    FunnelFixture f;
    MeetingBooking booking;
    booking.date = QDate(2026, 11, 26);
    booking.time = QTime(11, 0);
    booking.place = QStringLiteral("online");
    booking.closerId = f.closerId;
    const CallResult booked = f.callsAs(f.callerId).meetingBooked(f.companyId, 1, booking);

    NewDeal input;
    input.title = QStringLiteral("  Станки  ");
    input.amountKopecks = 5'000'000'00;
    input.marginKopecks = 1'000'000'00;
    input.currency = QStringLiteral("EUR");
    const OpenedDeal opened = DealOpener(f.asCloser()).open(f.companyId, booked.version, input);

    CHECK(f.state().stage == CompanyStage::Deal);
    CHECK(f.state().version == opened.companyVersion);
    const auto deal = DealRepository(f.base.context()).find(opened.dealId);
    REQUIRE(deal);
    CHECK(deal->version == opened.dealVersion);
    CHECK(deal->title == QStringLiteral("Станки"));
    CHECK(deal->ownerId == f.closerId);
    CHECK(deal->step == DealStep::Needs);
    CHECK(deal->amountKopecks == 5'000'000'00);
    CHECK(deal->marginKopecks == 1'000'000'00);
    CHECK(deal->currency == QStringLiteral("EUR"));
    const auto history = StageHistoryRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(history.size() == 4);
    CHECK(history.at(2).toStage == QStringLiteral("deal"));
    CHECK(history.at(3).dealId == opened.dealId);
    CHECK(history.at(3).toStage == QStringLiteral("needs"));

    // Paid in the deal's own currency.
    f.base.clock().set(QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
    const InvoicedDeal invoiced = invoice(f, opened.dealId, opened.dealVersion);
    paymentsAs(f, f.closerId).record(invoiced.dealId, invoiced.version, entry(1'000'000'00));
    const auto payments = PaymentRepository(f.base.context()).listForDeal(opened.dealId);
    REQUIRE(payments.size() == 1);
    CHECK(payments.at(0).currency == QStringLiteral("EUR"));
    const auto activities = ActivityRepository(f.base.context()).listForCompany(f.companyId);
    const auto payment = std::find_if(activities.cbegin(), activities.cend(),
                                      [](const Activity &a) { return a.kind == ActivityKind::Payment; });
    REQUIRE(payment != activities.cend());
    CHECK(payment->outcome == QStringLiteral("part_paid"));
    CHECK(payment->amount == Money(1'000'000'00, QStringLiteral("EUR")));
    CHECK(payment->note.isEmpty());
}

TEST_CASE("A deal is not opened for a company that has not had a meeting", "[funnel][deal][open][bad-input]")
{
    FunnelFixture f;
    NewDeal input;
    input.title = QStringLiteral("Бумага");
    DealOpener opener(f.asCloser());
    CHECK(funnelRefusal([&] { opener.open(f.companyId, 1, input); }) == FunnelError::Kind::ForbiddenMove);
    CHECK_THROWS_AS(opener.open(f.companyId, 7, input), StorageError);
    input.ownerId = 4242;
    CHECK(funnelRefusal([&] { opener.open(f.companyId, 1, input); }) == FunnelError::Kind::UnknownUser);
    CHECK(f.count(QStringLiteral("deals")) == 0);
    CHECK(f.count(QStringLiteral("stage_history")) == 0);
    CHECK(f.count(QStringLiteral("activities")) == 0);
    CHECK(f.state().version == 1);
}

TEST_CASE("The first payment in full makes the deal paid and hands the client over", "[funnel][payment][handover]")
{
    FunnelFixture f;
    const InvoicedDeal deal = invoicedDeal(f, f.companyId);
    CHECK(f.count(QStringLiteral("tasks WHERE kind = 'payment_reminder' AND status = 'open'")) == 1);
    const qint64 historyBefore = f.count(QStringLiteral("stage_history"));

    PaymentEntry paid = entry(dealAmount);
    paid.comment = QStringLiteral("платёжное поручение 512");
    const PaymentResult result = paymentsAs(f, f.closerId).record(deal.dealId, deal.version, paid);

    CHECK(result.dealPaid);
    CHECK(result.handedOver);
    CHECK(result.accountManagerId == f.accountManagerId);
    CHECK(result.paidKopecks == dealAmount);

    const auto stored = DealRepository(f.base.context()).find(deal.dealId);
    CHECK(stored->step == DealStep::Paid);
    CHECK(stored->version == result.dealVersion);

    const auto rows = PaymentRepository(f.base.context()).listForDeal(deal.dealId);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).id == result.paymentId);
    CHECK(rows.at(0).companyId == f.companyId);
    CHECK(rows.at(0).amountKopecks == dealAmount);
    CHECK(rows.at(0).currency == QStringLiteral("RUB"));
    CHECK(rows.at(0).paidOn == QDate(2026, 11, 26));
    CHECK(rows.at(0).userId == f.closerId);

    const auto state = f.state();
    CHECK(state.stage == CompanyStage::Client);
    CHECK(state.ownerId == f.accountManagerId);
    ClientHandoverRepository handovers(f.base.context());
    CHECK(handovers.broughtBy(f.companyId) == f.closerId);
    CHECK(handovers.clientSince(f.companyId) == f.base.clock().nowUtc());
    CHECK(handovers.clientCount(f.accountManagerId) == 1);

    const auto history = StageHistoryRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(history.size() == historyBefore + 2);
    CHECK(history.at(historyBefore).dealId == deal.dealId);
    CHECK(history.at(historyBefore).fromStage == QStringLiteral("invoice_issued"));
    CHECK(history.at(historyBefore).toStage == QStringLiteral("paid"));
    CHECK(history.at(historyBefore + 1).dealId == 0);
    CHECK(history.at(historyBefore + 1).fromStage == QStringLiteral("deal"));
    CHECK(history.at(historyBefore + 1).toStage == QStringLiteral("client"));
    CHECK(history.at(historyBefore + 1).comment == QStringLiteral("First payment: handed over to manager person"));

    const auto activities = ActivityRepository(f.base.context()).listForCompany(f.companyId);
    const auto payment = std::find_if(activities.cbegin(), activities.cend(),
                                      [](const Activity &a) { return a.kind == ActivityKind::Payment; });
    REQUIRE(payment != activities.cend());
    CHECK(payment->dealId == deal.dealId);
    CHECK(payment->outcome == QStringLiteral("paid"));
    // The amount is money, written in the reader's locale when shown; the note is the comment alone.
    CHECK(payment->amount == Money(10000000, QStringLiteral("RUB")));
    CHECK(payment->note == QStringLiteral("платёжное поручение 512"));
    CHECK(payment->userId == f.closerId);
    CHECK(outcomes(f, ActivityKind::StageChange).last() == QStringLiteral("client"));
    // Paid: nobody chases it any more; the payment fulfilled the reminder, so it is done (ObsoleteTasks).
    CHECK(f.count(QStringLiteral("tasks WHERE kind = 'payment_reminder' AND status = 'open'")) == 0);
    CHECK(f.count(QStringLiteral("tasks WHERE kind = 'payment_reminder' AND status = 'done'")) == 1);
}

TEST_CASE("A deal paid in parts becomes paid with the last part, and the first part hands over once",
          "[funnel][payment][handover]")
{
    FunnelFixture f;
    const InvoicedDeal deal = invoicedDeal(f, f.companyId);
    const qint64 otherManager = addUser(f, QStringLiteral("manager2"), UserRole::AccountManager);
    auto payments = paymentsAs(f, f.closerId);

    const PaymentResult first = payments.record(deal.dealId, deal.version, entry(40'000'00));
    CHECK_FALSE(first.dealPaid);
    CHECK(first.handedOver);
    CHECK(first.accountManagerId == f.accountManagerId); // a tie goes to the first account manager
    CHECK(first.dealVersion == deal.version + 1);
    CHECK(DealRepository(f.base.context()).find(deal.dealId)->step == DealStep::InvoiceIssued);
    CHECK(f.state().stage == CompanyStage::Client);
    CHECK(f.state().ownerId == f.accountManagerId);
    // Still owed: the reminder stays.
    CHECK(f.count(QStringLiteral("tasks WHERE kind = 'payment_reminder' AND status = 'open'")) == 1);

    // A colleague who read the deal before this part cannot record another at the old version, and nobody
    // can pay more than is left.
    CHECK_THROWS_AS(payments.record(deal.dealId, deal.version, entry(10'000'00)), StorageError);
    CHECK(funnelRefusal([&] { payments.record(deal.dealId, first.dealVersion, entry(60'000'01)); })
          == FunnelError::Kind::ForbiddenMove);
    CHECK(f.count(QStringLiteral("payments")) == 1);

    // The other manager now has fewer clients, but the client is not handed over again.
    const QDateTime handedAt = ClientHandoverRepository(f.base.context()).clientSince(f.companyId);
    f.base.clock().advanceSeconds(86400);
    const qint64 historyBefore = f.count(QStringLiteral("stage_history"));
    const PaymentResult second = payments.record(deal.dealId, first.dealVersion, entry(60'000'00, QDate(2026, 11, 27)));
    CHECK(second.dealPaid);
    CHECK_FALSE(second.handedOver);
    CHECK(second.paidKopecks == dealAmount);
    CHECK(DealRepository(f.base.context()).find(deal.dealId)->step == DealStep::Paid);
    CHECK(f.state().ownerId == f.accountManagerId);
    CHECK(f.state().ownerId != otherManager);
    CHECK(ClientHandoverRepository(f.base.context()).broughtBy(f.companyId) == f.closerId);
    CHECK(ClientHandoverRepository(f.base.context()).clientSince(f.companyId) == handedAt);
    CHECK(f.count(QStringLiteral("stage_history")) == historyBefore + 1); // the deal step only
    CHECK(f.count(QStringLiteral("stage_history WHERE to_stage = 'client'")) == 1);
    CHECK(PaymentRepository(f.base.context()).paidForDeal(deal.dealId) == dealAmount);
    CHECK(PaymentRepository(f.base.context()).countForCompany(f.companyId) == 2);
    CHECK(outcomes(f, ActivityKind::Payment) == QStringList{QStringLiteral("part_paid"), QStringLiteral("paid")});
}

TEST_CASE("The new client goes to the active account manager with the fewest clients", "[funnel][payment][handover]")
{
    FunnelFixture f;
    const qint64 busy = f.accountManagerId;
    const qint64 free = addUser(f, QStringLiteral("manager2"), UserRole::AccountManager);
    const qint64 retired = addUser(f, QStringLiteral("manager3"), UserRole::AccountManager, false);
    addClientOf(f, busy);
    addClientOf(f, busy);
    addClientOf(f, free);
    CHECK(retired != 0);
    const QList<AccountManagerLoad> loads = ClientHandoverRepository(f.base.context()).accountManagerLoads();
    REQUIRE(loads.size() == 2); // the retired one is not among them
    CHECK(loads.at(0).userId == busy);
    CHECK(loads.at(0).clients == 2);
    CHECK(loads.at(1).userId == free);
    CHECK(loads.at(1).clients == 1);

    const InvoicedDeal deal = invoicedDeal(f, f.companyId);
    const PaymentResult result = paymentsAs(f, f.closerId).record(deal.dealId, deal.version, entry(dealAmount));
    CHECK(result.accountManagerId == free);
    CHECK(f.state().ownerId == free);
    CHECK(ClientHandoverRepository(f.base.context()).clientCount(free) == 2);
}

TEST_CASE("The head may choose who serves the new client", "[funnel][payment][handover]")
{
    FunnelFixture f;
    const qint64 chosen = addUser(f, QStringLiteral("manager2"), UserRole::AccountManager);
    addClientOf(f, chosen); // busier than the fixture's manager, chosen all the same
    const InvoicedDeal deal = invoicedDeal(f, f.companyId);
    const PaymentResult result
        = paymentsAs(f, 1).record(deal.dealId, deal.version, entry(dealAmount, QDate(2026, 11, 26), chosen));
    CHECK(result.accountManagerId == chosen);
    CHECK(f.state().ownerId == chosen);
    CHECK(ClientHandoverRepository(f.base.context()).broughtBy(f.companyId) == f.closerId);
    // The activity and history name the head who recorded it.
    const auto history = StageHistoryRepository(f.base.context()).listForCompany(f.companyId);
    CHECK(history.last().userId == 1);
    CHECK(history.last().comment == QStringLiteral("First payment: handed over to manager2 person"));
}

TEST_CASE("A repeat sale to a client is paid without another handover", "[funnel][payment][repeat]")
{
    FunnelFixture f;
    const InvoicedDeal first = invoicedDeal(f, f.companyId);
    paymentsAs(f, f.closerId).record(first.dealId, first.version, entry(dealAmount));
    const auto client = f.state();
    REQUIRE(client.stage == CompanyStage::Client);

    // The account manager sells again: a new deal, the company stays a client.
    NewDeal input;
    input.title = QStringLiteral("Повторная поставка");
    input.amountKopecks = 30'000'00;
    const OpenedDeal repeat = DealOpener(f.base.contextAs(f.accountManagerId)).open(f.companyId, client.version, input);
    CHECK(f.state().stage == CompanyStage::Client);
    CHECK(DealRepository(f.base.context()).find(repeat.dealId)->ownerId == f.accountManagerId);
    const InvoicedDeal invoiced = invoice(f, repeat.dealId, repeat.dealVersion);
    const qint64 clientMoves = f.count(QStringLiteral("stage_history WHERE to_stage = 'client'"));

    const PaymentResult result
        = paymentsAs(f, f.accountManagerId).record(invoiced.dealId, invoiced.version, entry(30'000'00));
    CHECK(result.dealPaid);
    CHECK_FALSE(result.handedOver);
    const auto state = f.state();
    CHECK(state.stage == CompanyStage::Client);
    CHECK(state.ownerId == f.accountManagerId);
    CHECK(ClientHandoverRepository(f.base.context()).broughtBy(f.companyId) == f.closerId);
    CHECK(f.count(QStringLiteral("stage_history WHERE to_stage = 'client'")) == clientMoves);
    const auto payments = PaymentRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(payments.size() == 2);
    CHECK(payments.at(1).dealId == repeat.dealId);
    CHECK(payments.at(1).userId == f.accountManagerId);
    CHECK(outcomes(f, ActivityKind::Payment) == QStringList{QStringLiteral("paid"), QStringLiteral("paid")});
}

TEST_CASE("A client in reactivation that pays comes back to client", "[funnel][payment][repeat]")
{
    FunnelFixture f;
    const InvoicedDeal first = invoicedDeal(f, f.companyId);
    paymentsAs(f, f.closerId).record(first.dealId, first.version, entry(dealAmount));
    CompanyMove toReactivation;
    toReactivation.to = CompanyStage::Reactivation;
    const qint64 version
        = StageMover(f.base.contextAs(f.accountManagerId)).moveCompany(f.companyId, f.state().version, toReactivation);

    NewDeal input;
    input.title = QStringLiteral("Возврат клиента");
    input.amountKopecks = 10'000'00;
    const OpenedDeal repeat = DealOpener(f.base.contextAs(f.accountManagerId)).open(f.companyId, version, input);
    CHECK(f.state().stage == CompanyStage::Deal); // reactivation → deal, through the table
    const InvoicedDeal invoiced = invoice(f, repeat.dealId, repeat.dealVersion);
    const PaymentResult result
        = paymentsAs(f, f.accountManagerId).record(invoiced.dealId, invoiced.version, entry(10'000'00));
    CHECK_FALSE(result.handedOver);
    CHECK(f.state().stage == CompanyStage::Client);
    CHECK(f.state().ownerId == f.accountManagerId);
    CHECK(ClientHandoverRepository(f.base.context()).broughtBy(f.companyId) == f.closerId);
}

TEST_CASE("Bad payments are refused and write nothing", "[funnel][payment][bad-input]")
{
    FunnelFixture f;
    const InvoicedDeal deal = invoicedDeal(f, f.companyId);
    auto payments = paymentsAs(f, f.closerId);
    const Snapshot before = Snapshot::of(f, deal.dealId);

    SECTION("without an amount, or with a negative one")
    {
        CHECK(funnelRefusal([&] { payments.record(deal.dealId, deal.version, entry(0)); })
              == FunnelError::Kind::MissingData);
        CHECK(funnelRefusal([&] { payments.record(deal.dealId, deal.version, entry(-500)); })
              == FunnelError::Kind::MissingData);
    }
    SECTION("without a date, or dated in the future")
    {
        CHECK(funnelRefusal([&] { payments.record(deal.dealId, deal.version, entry(100, QDate())); })
              == FunnelError::Kind::MissingData);
        CHECK(funnelRefusal([&] { payments.record(deal.dealId, deal.version, entry(100, QDate(2026, 11, 27))); })
              == FunnelError::Kind::ForbiddenMove);
    }
    SECTION("more than is left to pay")
    {
        CHECK(funnelRefusal([&] { payments.record(deal.dealId, deal.version, entry(dealAmount + 1)); })
              == FunnelError::Kind::ForbiddenMove);
    }
    SECTION("handed to someone who is not an account manager")
    {
        CHECK(funnelRefusal(
                  [&] { payments.record(deal.dealId, deal.version, entry(100, QDate(2026, 11, 26), f.callerId)); })
              == FunnelError::Kind::UnknownUser);
        CHECK(funnelRefusal([&] { payments.record(deal.dealId, deal.version, entry(100, QDate(2026, 11, 26), 4242)); })
              == FunnelError::Kind::UnknownUser);
    }
    SECTION("when there is no active account manager to hand the client to")
    {
        SqlStatement::run(f.base.db().connection(), QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"),
                          {f.accountManagerId});
        CHECK(funnelRefusal([&] { payments.record(deal.dealId, deal.version, entry(100)); })
              == FunnelError::Kind::UnknownUser);
    }
    SECTION("at a stale deal version")
    {
        try {
            payments.record(deal.dealId, deal.version - 1, entry(100));
            FAIL("a stale payment was recorded");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::StaleVersion);
            CHECK(error.message().contains(QStringLiteral("closer person")));
        }
    }
    SECTION("to a deal that does not exist")
    {
        try {
            payments.record(987654, 1, entry(100));
            FAIL("a payment to no deal was recorded");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::NotFound);
        }
    }
    CHECK(Snapshot::of(f, deal.dealId) == before);
    CHECK(f.state().stage == CompanyStage::Deal);
}

TEST_CASE("A lost deal, a paid deal and a deal without an invoice take no payment", "[funnel][payment][bad-input]")
{
    FunnelFixture f;
    const qint64 dealId = bookAndHold(f, f.companyId, 1);
    auto payments = paymentsAs(f, f.closerId);
    StageMover mover(f.asCloser());

    SECTION("no invoice yet")
    {
        const Snapshot before = Snapshot::of(f, dealId);
        CHECK(funnelRefusal([&] { payments.record(dealId, 1, entry(100)); }) == FunnelError::Kind::ForbiddenMove);
        CHECK(Snapshot::of(f, dealId) == before);
    }
    SECTION("lost")
    {
        const qint64 version
            = mover.moveDeal(dealId, 1, dealMove(DealStep::Lost, {}, f.lostReasonId(QStringLiteral("No budget"))));
        const Snapshot before = Snapshot::of(f, dealId);
        CHECK(funnelRefusal([&] { payments.record(dealId, version, entry(100)); }) == FunnelError::Kind::ForbiddenMove);
        CHECK(Snapshot::of(f, dealId) == before);
    }
    SECTION("paid in full")
    {
        const InvoicedDeal deal = invoice(f, dealId, 1);
        const PaymentResult paid = payments.record(deal.dealId, deal.version, entry(dealAmount));
        const Snapshot before = Snapshot::of(f, dealId);
        CHECK(funnelRefusal([&] { payments.record(dealId, paid.dealVersion, entry(100)); })
              == FunnelError::Kind::ForbiddenMove);
        CHECK(Snapshot::of(f, dealId) == before);
        // And paid is never reached by a plain move.
        CHECK(funnelRefusal([&] { mover.moveDeal(dealId, paid.dealVersion, dealMove(DealStep::Lost, {}, 1)); })
              == FunnelError::Kind::ForbiddenMove);
    }
    CHECK(f.count(QStringLiteral("payments")) <= 1);
}

TEST_CASE("The payments table keeps only positive amounts with a company and a date", "[funnel][payment][storage]")
{
    FunnelFixture f;
    PaymentRepository repository(f.base.context());
    Payment payment;
    payment.companyId = f.companyId;
    payment.paidOn = QDate(2026, 11, 20);
    payment.amountKopecks = 0;
    CHECK_THROWS_AS(repository.create(payment), StorageError);
    payment.amountKopecks = -10;
    CHECK_THROWS_AS(repository.create(payment), StorageError);
    payment.amountKopecks = 10;
    payment.paidOn = QDate();
    CHECK_THROWS_AS(repository.create(payment), StorageError);
    CHECK(f.count(QStringLiteral("payments")) == 0);
    // The schema refuses a bad amount even from outside the repository.
    CHECK_THROWS(SqlStatement::run(f.base.db().connection(),
                                   QStringLiteral("INSERT INTO payments (company_id, amount_kopecks, paid_at, "
                                                  "created_at, updated_at) VALUES (?, -1, 'x', 'x', 'x')"),
                                   {f.companyId}));

    payment.paidOn = QDate(2026, 11, 20);
    repository.create(payment);
    CHECK(payment.id != 0);
    CHECK(payment.version == 1);
    CHECK(repository.listForCompany(f.companyId).size() == 1);
    CHECK(repository.listForDeal(0).isEmpty());
    CHECK(repository.countForCompany(f.companyId) == 1);
}
