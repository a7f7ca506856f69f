#include "FunnelFixture.h"
#include "funnel/CallOutcomes.h"
#include "funnel/FunnelError.h"
#include "funnel/MeetingOutcomes.h"
#include "funnel/StageMover.h"
#include "storage/ActivityRepository.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/DealRepository.h"
#include "storage/SqlStatement.h"
#include "storage/StageHistoryRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::FunnelFixture;
using voronka::test::funnelRefusal;

namespace {
const QDateTime meetingTime(QDate(2026, 11, 26), QTime(14, 30), Qt::UTC); // the clock starts 2026-11-25 09:00

// The caller books a meeting for the closer; the clock then moves past the meeting.
struct Booked
{
    qint64 taskId = 0;
    qint64 version = 0;
};

Booked bookMeeting(FunnelFixture &f)
{
    MeetingBooking booking;
    booking.date = meetingTime.date();
    booking.time = meetingTime.time();
    booking.place = QStringLiteral("Тверская, 1");
    booking.closerId = f.closerId;
    const CallResult result = f.callsAs(f.callerId).meetingBooked(f.companyId, 1, booking);
    f.base.clock().set(meetingTime.addSecs(3600));
    return {result.taskId, result.version};
}

QStringList timeline(FunnelFixture &f)
{
    QStringList result;
    for (const Activity &activity : ActivityRepository(f.base.context()).listForCompany(f.companyId))
        result.append(activityKindKey(activity.kind) + QLatin1Char(':') + activity.outcome);
    return result;
}

// Everything a meeting outcome could write, to check that a refused one wrote nothing.
struct Snapshot
{
    qint64 activities = 0;
    qint64 history = 0;
    qint64 tasks = 0;
    qint64 openTasks = 0;
    qint64 deals = 0;
    qint64 companyVersion = 0;
    qint64 taskVersion = 0;
    QString stage;

    static Snapshot of(FunnelFixture &f, qint64 taskId)
    {
        Snapshot s;
        s.activities = f.count(QStringLiteral("activities"));
        s.history = f.count(QStringLiteral("stage_history"));
        s.tasks = f.count(QStringLiteral("tasks"));
        s.openTasks = f.count(QStringLiteral("tasks WHERE status = 'open'"));
        s.deals = f.count(QStringLiteral("deals"));
        s.companyVersion = f.state().version;
        s.taskVersion = TaskRepository(f.base.context()).find(taskId)->version;
        s.stage = companyStageKey(f.state().stage);
        return s;
    }
    bool operator==(const Snapshot &o) const
    {
        return activities == o.activities && history == o.history && tasks == o.tasks && openTasks == o.openTasks
            && deals == o.deals && companyVersion == o.companyVersion && taskVersion == o.taskVersion
            && stage == o.stage;
    }
};
} // namespace

TEST_CASE("A held meeting with an offer opens a deal and moves the company to deal", "[funnel][meeting]")
{
    FunnelFixture f;
    const Booked booked = bookMeeting(f);

    MeetingHeld held;
    held.next = MeetingNextStep::Offer;
    held.deal.title = QStringLiteral("Поставка бумаги");
    held.deal.amountKopecks = 150'000'00;
    held.deal.marginKopecks = 30'000'00;
    held.deal.step = DealStep::Presentation;
    held.comment = QStringLiteral("wants 20 pallets");
    const MeetingResult result = MeetingOutcomes(f.asCloser()).held(booked.taskId, booked.version, held);

    const auto state = f.state();
    CHECK(state.version == result.companyVersion);
    CHECK(state.stage == CompanyStage::Deal);
    CHECK(state.ownerId == f.closerId);
    CHECK_FALSE(state.nextActionAt.isValid());

    const auto meeting = TaskRepository(f.base.context()).find(booked.taskId);
    CHECK(meeting->status == TaskStatus::Done);
    CHECK(meeting->doneAt == f.base.clock().nowUtc());

    REQUIRE(result.dealId != 0);
    const auto deal = DealRepository(f.base.context()).find(result.dealId);
    REQUIRE(deal);
    CHECK(deal->companyId == f.companyId);
    CHECK(deal->ownerId == f.closerId); // the closer who had the meeting
    CHECK(deal->step == DealStep::Presentation);
    CHECK(deal->amountKopecks == 150'000'00);
    CHECK(deal->marginKopecks == 30'000'00);
    CHECK(deal->currency == QStringLiteral("RUB"));

    const auto history = StageHistoryRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(history.size() == 4);
    CHECK(history.at(2).fromStage == QStringLiteral("meeting"));
    CHECK(history.at(2).toStage == QStringLiteral("deal"));
    CHECK(history.at(2).dealId == 0);
    CHECK(history.at(2).userId == f.closerId);
    CHECK(history.at(3).dealId == result.dealId);
    CHECK(history.at(3).fromStage.isEmpty());
    CHECK(history.at(3).toStage == QStringLiteral("presentation"));
    CHECK(timeline(f).mid(3)
          == QStringList{QStringLiteral("meeting:held_offer"), QStringLiteral("stage_change:deal"),
                         QStringLiteral("deal_step:presentation")});
    const auto activities = ActivityRepository(f.base.context()).listForCompany(f.companyId);
    CHECK(activities.at(3).note == QStringLiteral("wants 20 pallets"));
    CHECK(activities.at(3).userId == f.closerId);
}

TEST_CASE("A held meeting where the client thinks it over leaves a follow-up callback", "[funnel][meeting]")
{
    FunnelFixture f;
    const Booked booked = bookMeeting(f);

    MeetingHeld held;
    held.next = MeetingNextStep::ThinkItOver;
    held.followUpAt = f.later(3 * 86400);
    held.comment = QStringLiteral("asks for a week");
    const MeetingResult result = MeetingOutcomes(f.asCloser()).held(booked.taskId, booked.version, held);

    const auto state = f.state();
    CHECK(state.stage == CompanyStage::Meeting);
    CHECK(state.ownerId == f.closerId);
    CHECK(state.nextActionAt == f.later(3 * 86400));
    CHECK(TaskRepository(f.base.context()).find(booked.taskId)->status == TaskStatus::Done);
    const auto open = TaskRepository(f.base.context()).listOpenForCompany(f.companyId);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).id == result.taskId);
    CHECK(open.at(0).kind == TaskKind::Callback);
    CHECK(open.at(0).assigneeId == f.closerId);
    CHECK(open.at(0).dueAt == f.later(3 * 86400));
    CHECK(open.at(0).note == QStringLiteral("asks for a week"));
    CHECK(f.count(QStringLiteral("stage_history")) == 2); // no move
    CHECK(f.count(QStringLiteral("deals")) == 0);
    CHECK(timeline(f).last() == QStringLiteral("meeting:held_think_it_over"));
}

TEST_CASE("A held meeting with a refusal loses the company with a reason from the list", "[funnel][meeting][lost]")
{
    FunnelFixture f;
    const Booked booked = bookMeeting(f);

    MeetingHeld held;
    held.next = MeetingNextStep::Refused;
    held.lostReasonId = f.lostReasonId(QStringLiteral("Too expensive"));
    held.comment = QStringLiteral("half the price elsewhere");
    MeetingOutcomes(f.asCloser()).held(booked.taskId, booked.version, held);

    const auto state = f.state();
    CHECK(state.stage == CompanyStage::Lost);
    CHECK(state.lostReason == QStringLiteral("Too expensive"));
    CHECK_FALSE(state.nextActionAt.isValid());
    CHECK(TaskRepository(f.base.context()).find(booked.taskId)->status == TaskStatus::Done);
    CHECK(f.count(QStringLiteral("tasks WHERE status = 'open'")) == 0);
    const auto history = StageHistoryRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(history.size() == 3);
    CHECK(history.at(2).fromStage == QStringLiteral("meeting"));
    CHECK(history.at(2).toStage == QStringLiteral("lost"));
    CHECK(history.at(2).comment == QStringLiteral("Too expensive: half the price elsewhere"));
    CHECK(timeline(f).mid(3)
          == QStringList{QStringLiteral("meeting:held_refused"), QStringLiteral("stage_change:lost")});
}

TEST_CASE("A moved meeting changes the meeting task's time and place", "[funnel][meeting]")
{
    FunnelFixture f;
    const Booked booked = bookMeeting(f);
    const QDateTime newTime = f.later(2 * 86400);
    const MeetingResult result = MeetingOutcomes(f.asCloser())
                                     .moved(booked.taskId, booked.version, newTime, QStringLiteral("online"),
                                            QStringLiteral("the director is ill"));

    const auto task = TaskRepository(f.base.context()).find(booked.taskId);
    CHECK(task->status == TaskStatus::Open);
    CHECK(task->dueAt == newTime);
    CHECK(task->note == QStringLiteral("online"));
    CHECK(task->version == 2);
    const auto state = f.state();
    CHECK(state.version == result.companyVersion);
    CHECK(state.stage == CompanyStage::Meeting);
    CHECK(state.nextActionAt == newTime);
    CHECK(f.count(QStringLiteral("stage_history")) == 2);
    const auto activities = ActivityRepository(f.base.context()).listForCompany(f.companyId);
    CHECK(activities.last().kind == ActivityKind::Meeting);
    CHECK(activities.last().outcome == QStringLiteral("moved"));
    CHECK(activities.last().note == QStringLiteral("the director is ill"));

    // Without a new place the place stays.
    MeetingOutcomes(f.asCloser()).moved(booked.taskId, result.companyVersion, newTime.addSecs(3600));
    CHECK(TaskRepository(f.base.context()).find(booked.taskId)->note == QStringLiteral("online"));
}

TEST_CASE("A cancelled meeting sends the company back to its caller with a callback", "[funnel][meeting]")
{
    FunnelFixture f;
    const Booked booked = bookMeeting(f);
    const QDateTime callback = f.later(86400);
    const MeetingResult result
        = MeetingOutcomes(f.asCloser())
              .cancelled(booked.taskId, booked.version, callback, QStringLiteral("no budget now"));

    CHECK(TaskRepository(f.base.context()).find(booked.taskId)->status == TaskStatus::Cancelled);
    const auto state = f.state();
    CHECK(state.version == result.companyVersion);
    CHECK(state.stage == CompanyStage::Calling);
    CHECK(state.ownerId == f.callerId); // the caller who booked it
    CHECK(state.nextActionAt == callback);
    const auto open = TaskRepository(f.base.context()).listOpenForCompany(f.companyId);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).id == result.taskId);
    CHECK(open.at(0).kind == TaskKind::Callback);
    CHECK(open.at(0).assigneeId == f.callerId);
    CHECK(open.at(0).dueAt == callback);
    const auto history = StageHistoryRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(history.size() == 3);
    CHECK(history.at(2).fromStage == QStringLiteral("meeting"));
    CHECK(history.at(2).toStage == QStringLiteral("calling"));
    CHECK(history.at(2).userId == f.closerId);
    CHECK(timeline(f).mid(3)
          == QStringList{QStringLiteral("meeting:cancelled"), QStringLiteral("stage_change:calling")});
}

TEST_CASE("A cancelled meeting that no caller booked stays with its owner", "[funnel][meeting]")
{
    FunnelFixture f;
    // An inbound inquiry: the head books the closer straight from the cold base, without a call.
    CompanyMove move;
    move.to = CompanyStage::Meeting;
    const qint64 version = StageMover(f.base.context()).moveCompany(f.companyId, 1, move);
    auto state = f.state();
    state.ownerId = f.closerId;
    CompanyFunnelRepository(f.base.context()).save(state);
    Task meeting;
    meeting.companyId = f.companyId;
    meeting.assigneeId = f.closerId;
    meeting.kind = TaskKind::Meeting;
    meeting.dueAt = f.later(86400);
    TaskRepository(f.base.context()).create(meeting);

    const MeetingResult result = MeetingOutcomes(f.asCloser()).cancelled(meeting.id, version + 1, f.later(2 * 86400));
    CHECK(f.state().stage == CompanyStage::Calling);
    CHECK(f.state().ownerId == f.closerId);
    const auto callback = TaskRepository(f.base.context()).find(result.taskId);
    REQUIRE(callback);
    CHECK(callback->kind == TaskKind::Callback);
    CHECK(callback->assigneeId == f.closerId);
}

TEST_CASE("Bad meeting outcomes are refused and write nothing", "[funnel][meeting][bad-input]")
{
    FunnelFixture f;
    const Booked booked = bookMeeting(f);
    MeetingOutcomes meetings(f.asCloser());
    const Snapshot before = Snapshot::of(f, booked.taskId);

    SECTION("a moved meeting needs a new time in the future")
    {
        CHECK(funnelRefusal([&] { meetings.moved(booked.taskId, booked.version, QDateTime()); })
              == FunnelError::Kind::MissingData);
        CHECK(funnelRefusal([&] { meetings.moved(booked.taskId, booked.version, f.later(-60)); })
              == FunnelError::Kind::DateInPast);
        CHECK(funnelRefusal([&] { meetings.moved(booked.taskId, booked.version, f.later(0)); })
              == FunnelError::Kind::DateInPast);
        CHECK(TaskRepository(f.base.context()).find(booked.taskId)->dueAt == meetingTime);
    }
    SECTION("a cancelled meeting needs a callback time in the future")
    {
        CHECK(funnelRefusal([&] { meetings.cancelled(booked.taskId, booked.version, QDateTime()); })
              == FunnelError::Kind::MissingData);
        CHECK(funnelRefusal([&] { meetings.cancelled(booked.taskId, booked.version, f.later(-1)); })
              == FunnelError::Kind::DateInPast);
    }
    SECTION("think it over needs a follow-up time in the future")
    {
        MeetingHeld held;
        held.next = MeetingNextStep::ThinkItOver;
        CHECK(funnelRefusal([&] { meetings.held(booked.taskId, booked.version, held); })
              == FunnelError::Kind::MissingData);
        held.followUpAt = f.later(-3600);
        CHECK(funnelRefusal([&] { meetings.held(booked.taskId, booked.version, held); })
              == FunnelError::Kind::DateInPast);
    }
    SECTION("a refusal needs a reason from the list")
    {
        MeetingHeld held;
        held.next = MeetingNextStep::Refused;
        CHECK(funnelRefusal([&] { meetings.held(booked.taskId, booked.version, held); })
              == FunnelError::Kind::MissingData);
        held.lostReasonId = 4242;
        CHECK(funnelRefusal([&] { meetings.held(booked.taskId, booked.version, held); })
              == FunnelError::Kind::UnknownReason);
    }
    SECTION("an offer needs a deal with a title and sane money")
    {
        MeetingHeld held;
        held.next = MeetingNextStep::Offer;
        CHECK(funnelRefusal([&] { meetings.held(booked.taskId, booked.version, held); })
              == FunnelError::Kind::MissingData);
        held.deal.title = QStringLiteral("Бумага");
        held.deal.amountKopecks = -1;
        CHECK(funnelRefusal([&] { meetings.held(booked.taskId, booked.version, held); })
              == FunnelError::Kind::MissingData);
        held.deal.amountKopecks = 100;
        held.deal.marginKopecks = 101;
        CHECK(funnelRefusal([&] { meetings.held(booked.taskId, booked.version, held); })
              == FunnelError::Kind::MissingData);
        held.deal.marginKopecks = 0;
        held.deal.currency = QStringLiteral("rub");
        CHECK(funnelRefusal([&] { meetings.held(booked.taskId, booked.version, held); })
              == FunnelError::Kind::MissingData);
        held.deal.currency = QStringLiteral("RUB");
        held.deal.step = DealStep::Contract;
        CHECK(funnelRefusal([&] { meetings.held(booked.taskId, booked.version, held); })
              == FunnelError::Kind::ForbiddenMove);
    }
    SECTION("a stale company version is reported with who changed it")
    {
        SqlStatement::run(f.base.db().connection(),
                          QStringLiteral("UPDATE companies SET version = version + 1, "
                                         "updated_by = ? WHERE id = ?"),
                          {f.callerId, f.companyId});
        try {
            meetings.moved(booked.taskId, booked.version, f.later(86400));
            FAIL("a stale move was saved");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::StaleVersion);
            CHECK(error.message().contains(QStringLiteral("caller person")));
        }
        Snapshot expected = before;
        expected.companyVersion += 1;
        CHECK(Snapshot::of(f, booked.taskId) == expected);
        return;
    }
    SECTION("a task that is not a meeting, or that does not exist")
    {
        Task other;
        other.companyId = f.companyId;
        other.kind = TaskKind::Custom;
        other.dueAt = f.later(3600);
        TaskRepository(f.base.context()).create(other);
        CHECK(funnelRefusal([&] { meetings.moved(other.id, booked.version, f.later(86400)); })
              == FunnelError::Kind::ForbiddenMove);
        CHECK_THROWS_AS(meetings.moved(987654, booked.version, f.later(86400)), StorageError);
        TaskRepository(f.base.context()).cancelOpen(f.companyId, TaskKind::Custom);
        Snapshot expected = before;
        expected.tasks += 1;
        CHECK(Snapshot::of(f, booked.taskId) == expected);
        return;
    }
    CHECK(Snapshot::of(f, booked.taskId) == before);
}

TEST_CASE("A meeting that is held or cancelled cannot be closed again", "[funnel][meeting][bad-input]")
{
    FunnelFixture f;
    const Booked booked = bookMeeting(f);
    MeetingOutcomes meetings(f.asCloser());
    const MeetingResult cancelled = meetings.cancelled(booked.taskId, booked.version, f.later(86400));
    const Snapshot before = Snapshot::of(f, booked.taskId);

    MeetingHeld held;
    held.next = MeetingNextStep::ThinkItOver;
    held.followUpAt = f.later(86400);
    CHECK(funnelRefusal([&] { meetings.held(booked.taskId, cancelled.companyVersion, held); })
          == FunnelError::Kind::ForbiddenMove);
    CHECK(funnelRefusal([&] { meetings.moved(booked.taskId, cancelled.companyVersion, f.later(86400)); })
          == FunnelError::Kind::ForbiddenMove);
    CHECK(funnelRefusal([&] { meetings.cancelled(booked.taskId, cancelled.companyVersion, f.later(86400)); })
          == FunnelError::Kind::ForbiddenMove);
    CHECK(Snapshot::of(f, booked.taskId) == before);
}

TEST_CASE("A meeting cannot be marked held or refused before it starts, but moved and cancelled can",
          "[funnel][meeting][bad-input]")
{
    FunnelFixture f;
    const Booked booked = bookMeeting(f);
    // The day before the meeting (the clock starts the day before it).
    f.base.clock().set(meetingTime.addDays(-1));
    const Snapshot before = Snapshot::of(f, booked.taskId);
    MeetingOutcomes outcomes(f.asCloser());

    MeetingHeld offer;
    offer.next = MeetingNextStep::Offer;
    offer.deal.title = QStringLiteral("Поставка бумаги");
    offer.deal.amountKopecks = 150'000'00;
    offer.deal.marginKopecks = 30'000'00;
    offer.deal.step = DealStep::Presentation;
    try {
        outcomes.held(booked.taskId, booked.version, offer);
        FAIL("a meeting was marked held a day before it takes place");
    } catch (const FunnelError &error) {
        CHECK(error.kind() == FunnelError::Kind::NotYet);
        CHECK(error.message().startsWith(QStringLiteral("The meeting has not taken place yet")));
    }
    MeetingHeld refused;
    refused.next = MeetingNextStep::Refused;
    refused.lostReasonId = f.lostReasonId(QStringLiteral("Too expensive"));
    CHECK(funnelRefusal([&] { outcomes.held(booked.taskId, booked.version, refused); }) == FunnelError::Kind::NotYet);
    // A minute before the start is still before it.
    f.base.clock().set(meetingTime.addSecs(-60));
    CHECK(funnelRefusal([&] { outcomes.held(booked.taskId, booked.version, refused); }) == FunnelError::Kind::NotYet);
    CHECK(Snapshot::of(f, booked.taskId) == before);

    // Moving or cancelling ahead of time is what a closer does with a meeting that will not happen as booked.
    const MeetingResult moved = outcomes.moved(booked.taskId, booked.version, meetingTime.addDays(1));
    CHECK(TaskRepository(f.base.context()).find(booked.taskId)->dueAt == meetingTime.addDays(1));

    // Once it has started, it can be marked held.
    f.base.clock().set(meetingTime.addDays(1));
    const MeetingResult held = outcomes.held(booked.taskId, moved.companyVersion, refused);
    CHECK(f.state().stage == CompanyStage::Lost);
    CHECK(held.companyVersion == f.state().version);
}

TEST_CASE("A meeting can be cancelled before it starts", "[funnel][meeting]")
{
    FunnelFixture f;
    const Booked booked = bookMeeting(f);
    f.base.clock().set(meetingTime.addDays(-1));
    MeetingOutcomes(f.asCloser()).cancelled(booked.taskId, booked.version, meetingTime.addDays(2));
    CHECK(TaskRepository(f.base.context()).find(booked.taskId)->status == TaskStatus::Cancelled);
    CHECK(f.state().stage == CompanyStage::Calling);
}
