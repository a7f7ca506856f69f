#include "FunnelFixture.h"
#include "funnel/FunnelError.h"
#include "funnel/StageMover.h"
#include "storage/ActivityRepository.h"
#include "storage/DealRepository.h"
#include "storage/LostReasonRepository.h"
#include "storage/StageHistoryRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::companyMove;
using voronka::test::dealMove;
using voronka::test::FunnelFixture;
using voronka::test::funnelRefusal;

TEST_CASE("A company move writes the stage, a history row and a timeline activity", "[funnel][move]")
{
    FunnelFixture f;
    f.base.clock().advanceSeconds(3600);
    const qint64 version
        = StageMover(f.asCaller())
              .moveCompany(f.companyId, 1, companyMove(CompanyStage::Calling, QStringLiteral("  first  ")));
    CHECK(version == 2);
    CHECK(f.state().stage == CompanyStage::Calling);
    CHECK(f.state().version == 2);

    const auto history = StageHistoryRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(history.size() == 1);
    CHECK(history.at(0).fromStage == QStringLiteral("cold"));
    CHECK(history.at(0).toStage == QStringLiteral("calling"));
    CHECK(history.at(0).userId == f.callerId);
    CHECK(history.at(0).changedAt == f.base.clock().nowUtc());
    CHECK(history.at(0).comment == QStringLiteral("first"));
    CHECK(history.at(0).dealId == 0);

    const auto activities = ActivityRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(activities.size() == 1);
    CHECK(activities.at(0).kind == ActivityKind::StageChange);
    CHECK(activities.at(0).outcome == QStringLiteral("calling"));
    CHECK(activities.at(0).userId == f.callerId);
    CHECK(activities.at(0).note == QStringLiteral("first"));
    CHECK(f.count(QStringLiteral("companies WHERE updated_by = ?"), {f.callerId}) == 1);
}

TEST_CASE("A forbidden company move is refused with a reason and writes nothing", "[funnel][move][bad-input]")
{
    FunnelFixture f;
    try {
        StageMover(f.asCaller()).moveCompany(f.companyId, 1, companyMove(CompanyStage::Client));
        FAIL("a cold company became a client");
    } catch (const FunnelError &error) {
        CHECK(error.kind() == FunnelError::Kind::ForbiddenMove);
        CHECK(error.message().contains(QStringLiteral("cannot go from \"Cold\" to \"Client\"")));
    }
    CHECK(f.state().stage == CompanyStage::Cold);
    CHECK(f.state().version == 1);
    CHECK(f.count(QStringLiteral("stage_history")) == 0);
    CHECK(f.count(QStringLiteral("activities")) == 0);
}

TEST_CASE("A stale company move by another user is refused and writes nothing", "[funnel][move][conflict]")
{
    FunnelFixture f;
    // Both read the company at version 1; the caller moves first.
    StageMover(f.asCaller()).moveCompany(f.companyId, 1, companyMove(CompanyStage::Calling));
    try {
        StageMover(f.asCloser()).moveCompany(f.companyId, 1, companyMove(CompanyStage::Meeting));
        FAIL("a stale move was applied");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::StaleVersion);
        CHECK(error.message().contains(QStringLiteral("caller person")));
    }
    CHECK(f.state().stage == CompanyStage::Calling);
    CHECK(f.state().version == 2);
    CHECK(f.count(QStringLiteral("stage_history")) == 1);
    CHECK(f.count(QStringLiteral("activities")) == 1);
}

TEST_CASE("A move of a missing company is reported as not found", "[funnel][move][bad-input]")
{
    FunnelFixture f;
    try {
        StageMover(f.asCaller()).moveCompany(f.companyId + 100, 1, companyMove(CompanyStage::Calling));
        FAIL("a missing company moved");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::NotFound);
    }
    CHECK(f.count(QStringLiteral("stage_history")) == 0);
}

TEST_CASE("A company is lost only with a reason from the list, and can return to the cold base", "[funnel][move][lost]")
{
    FunnelFixture f;
    StageMover mover(f.asCaller());
    qint64 version = mover.moveCompany(f.companyId, 1, companyMove(CompanyStage::Calling));
    Task callback;
    callback.companyId = f.companyId;
    callback.assigneeId = f.callerId;
    callback.kind = TaskKind::Callback;
    callback.dueAt = f.later(86400);
    TaskRepository(f.base.context()).create(callback);

    CHECK(funnelRefusal([&] { mover.moveCompany(f.companyId, version, companyMove(CompanyStage::Lost, {}, 0)); })
          == FunnelError::Kind::MissingData);
    CHECK(funnelRefusal([&] { mover.moveCompany(f.companyId, version, companyMove(CompanyStage::Lost, {}, 9999)); })
          == FunnelError::Kind::UnknownReason);
    LostReasonRepository reasons(f.base.context());
    auto retired = *reasons.find(f.lostReasonId(QStringLiteral("No budget")));
    retired.active = false;
    reasons.update(retired);
    CHECK(
        funnelRefusal([&] { mover.moveCompany(f.companyId, version, companyMove(CompanyStage::Lost, {}, retired.id)); })
        == FunnelError::Kind::UnknownReason);
    CHECK(f.state().stage == CompanyStage::Calling);
    CHECK(f.count(QStringLiteral("stage_history")) == 1);

    version = mover.moveCompany(f.companyId, version,
                                companyMove(CompanyStage::Lost, QStringLiteral("asked twice"),
                                            f.lostReasonId(QStringLiteral("Too expensive"))));
    auto lost = f.state();
    CHECK(lost.stage == CompanyStage::Lost);
    CHECK(lost.lostReason == QStringLiteral("Too expensive"));
    CHECK_FALSE(lost.nextActionAt.isValid());
    CHECK(TaskRepository(f.base.context()).listOpenForCompany(f.companyId).isEmpty());
    CHECK(f.count(QStringLiteral("tasks WHERE status = 'cancelled'")) == 1);
    const auto history = StageHistoryRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).toStage == QStringLiteral("lost"));
    CHECK(history.at(1).comment == QStringLiteral("Too expensive: asked twice"));

    mover.moveCompany(f.companyId, version, companyMove(CompanyStage::Cold, QStringLiteral("new season")));
    CHECK(f.state().stage == CompanyStage::Cold);
    CHECK(f.state().lostReason.isEmpty());
}

TEST_CASE("A deal moves through its steps with history and timeline rows", "[funnel][deal]")
{
    FunnelFixture f;
    Deal deal;
    deal.companyId = f.companyId;
    deal.ownerId = f.closerId;
    deal.title = QStringLiteral("Поставка бумаги");
    DealRepository deals(f.base.context());
    deals.create(deal);

    StageMover mover(f.asCloser());
    qint64 version = mover.moveDeal(deal.id, 1, dealMove(DealStep::Presentation, QStringLiteral("slides")));
    version = mover.moveDeal(deal.id, version, dealMove(DealStep::OfferSent));
    CHECK(version == 3);
    CHECK(deals.find(deal.id)->step == DealStep::OfferSent);

    const auto history = StageHistoryRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).dealId == deal.id);
    CHECK(history.at(0).fromStage == QStringLiteral("needs"));
    CHECK(history.at(0).toStage == QStringLiteral("presentation"));
    CHECK(history.at(0).comment == QStringLiteral("slides"));
    CHECK(history.at(1).toStage == QStringLiteral("offer_sent"));
    CHECK(history.at(1).userId == f.closerId);
    const auto activities = ActivityRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(activities.size() == 2);
    CHECK(activities.at(1).kind == ActivityKind::DealStep);
    CHECK(activities.at(1).dealId == deal.id);
    CHECK(activities.at(1).outcome == QStringLiteral("offer_sent"));
    // The company's own stage is not a deal step.
    CHECK(f.state().stage == CompanyStage::Cold);
    // A sent offer is followed up by its closer two days later.
    const auto tasks = TaskRepository(f.base.context()).listOpenForCompany(f.companyId);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.at(0).kind == TaskKind::OfferFollowUp);
    CHECK(tasks.at(0).dealId == deal.id);
    CHECK(tasks.at(0).assigneeId == f.closerId);
    CHECK(tasks.at(0).dueAt == f.later(2 * 86400));

    // A revised offer after objections replaces the follow-up rather than adding another.
    f.base.clock().advanceSeconds(86400);
    version = mover.moveDeal(deal.id, version, dealMove(DealStep::Objections));
    mover.moveDeal(deal.id, version, dealMove(DealStep::OfferSent, QStringLiteral("10% off")));
    const auto revised = TaskRepository(f.base.context()).listOpenForCompany(f.companyId);
    REQUIRE(revised.size() == 1);
    CHECK(revised.at(0).dueAt == f.later(2 * 86400));
    // The objections answered the first offer: its follow-up is done (ObsoleteTasks), not left open.
    CHECK(f.count(QStringLiteral("tasks WHERE kind = 'offer_follow_up' AND status = 'done'")) == 1);
}

TEST_CASE("Bad deal moves are refused and write nothing", "[funnel][deal][bad-input]")
{
    FunnelFixture f;
    Deal deal;
    deal.companyId = f.companyId;
    deal.title = QStringLiteral("Поставка");
    deal.step = DealStep::Contract;
    DealRepository deals(f.base.context());
    deals.create(deal);
    StageMover mover(f.asCloser());

    SECTION("a skipped step")
    {
        CHECK(funnelRefusal([&] { mover.moveDeal(deal.id, 1, dealMove(DealStep::Needs)); })
              == FunnelError::Kind::ForbiddenMove);
    }
    SECTION("an invoice without an amount")
    {
        CHECK(funnelRefusal([&] {
                  mover.moveDeal(deal.id, 1,
                                 dealMove(DealStep::InvoiceIssued, {}, 0, QStringLiteral("17"), QDate(2026, 11, 25)));
              })
              == FunnelError::Kind::MissingData);
    }
    SECTION("an invoice without a number")
    {
        deal.amountKopecks = 150'000'00;
        deals.update(deal);
        CHECK(funnelRefusal([&] { mover.moveDeal(deal.id, 2, dealMove(DealStep::InvoiceIssued)); })
              == FunnelError::Kind::MissingData);
    }
    SECTION("paid by a move instead of a payment")
    {
        CHECK(funnelRefusal([&] { mover.moveDeal(deal.id, 1, dealMove(DealStep::Paid)); })
              == FunnelError::Kind::ForbiddenMove);
    }
    SECTION("lost without a reason")
    {
        CHECK(funnelRefusal([&] { mover.moveDeal(deal.id, 1, dealMove(DealStep::Lost)); })
              == FunnelError::Kind::MissingData);
    }
    SECTION("a stale move")
    {
        deal.marginKopecks = 10'000'00;
        deals.update(deal); // a colleague saved the deal: version 2
        CHECK_THROWS_MATCHES(mover.moveDeal(deal.id, 1, dealMove(DealStep::Objections)), StorageError,
                             Catch::Predicate<StorageError>([](const StorageError &error) {
                                 return error.kind() == StorageError::Kind::StaleVersion;
                             }));
    }
    CHECK(deals.find(deal.id)->step == DealStep::Contract);
    CHECK(f.count(QStringLiteral("stage_history")) == 0);
    CHECK(f.count(QStringLiteral("activities")) == 0);
    CHECK(f.count(QStringLiteral("tasks")) == 0);
}

TEST_CASE("An invoice with an amount, number and date is issued and a lost deal keeps its reason", "[funnel][deal]")
{
    FunnelFixture f;
    Deal deal;
    deal.companyId = f.companyId;
    deal.title = QStringLiteral("Поставка");
    deal.step = DealStep::Contract;
    deal.amountKopecks = 150'000'00;
    DealRepository deals(f.base.context());
    deals.create(deal);
    StageMover mover(f.asCloser());

    qint64 version = mover.moveDeal(
        deal.id, 1, dealMove(DealStep::InvoiceIssued, {}, 0, QStringLiteral(" 17/11 "), QDate(2026, 11, 25)));
    auto stored = *deals.find(deal.id);
    CHECK(stored.step == DealStep::InvoiceIssued);
    CHECK(stored.invoiceNumber == QStringLiteral("17/11"));
    CHECK(stored.invoiceDate == QDate(2026, 11, 25));
    CHECK(stored.amountKopecks == 150'000'00);
    // An invoice is not a sale: a payment reminder comes three days later, to whoever issued it here.
    TaskRepository tasks(f.base.context());
    auto open = tasks.listOpenForCompany(f.companyId);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).kind == TaskKind::PaymentReminder);
    CHECK(open.at(0).dealId == deal.id);
    CHECK(open.at(0).assigneeId == f.closerId);
    CHECK(open.at(0).dueAt == f.later(3 * 86400));

    mover.moveDeal(deal.id, version, dealMove(DealStep::Lost, {}, f.lostReasonId(QStringLiteral("No budget"))));
    stored = *deals.find(deal.id);
    CHECK(stored.step == DealStep::Lost);
    CHECK(stored.lostReason == QStringLiteral("No budget"));
    CHECK(f.count(QStringLiteral("stage_history WHERE deal_id = ? AND to_stage = 'lost'"), {deal.id}) == 1);
    CHECK(tasks.listOpenForCompany(f.companyId).isEmpty()); // nobody chases a lost deal's payment
}
