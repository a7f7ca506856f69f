#include "FunnelFixture.h"

#include "funnel/CallOutcomes.h"
#include "funnel/FunnelError.h"
#include "funnel/StageMover.h"
#include "storage/ActivityRepository.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/LostReasonRepository.h"
#include "storage/PhoneRepository.h"
#include "storage/StageHistoryRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::companyMove;
using voronka::test::FunnelFixture;
using voronka::test::funnelRefusal;

namespace {
// A refused outcome leaves the cold company exactly as it was.
void checkNothingWritten(FunnelFixture &f)
{
    const auto state = f.state();
    CHECK(state.stage == CompanyStage::Cold);
    CHECK(state.version == 1);
    CHECK(state.callAttempts == 0);
    CHECK(state.ownerId == 0);
    CHECK(f.count(QStringLiteral("stage_history")) == 0);
    CHECK(f.count(QStringLiteral("activities")) == 0);
    CHECK(f.count(QStringLiteral("tasks")) == 0);
}

QStringList outcomes(FunnelFixture &f)
{
    QStringList result;
    for (const Activity &activity : ActivityRepository(f.base.context()).listForCompany(f.companyId))
        result.append(activityKindKey(activity.kind) + QLatin1Char(':') + activity.outcome);
    return result;
}

const QDate tomorrow(2026, 11, 26); // the fake clock starts at 2026-11-25 09:00 UTC
} // namespace

TEST_CASE("The first call of a cold company moves it to calling and gives it to the caller", "[funnel][calls]")
{
    FunnelFixture f;
    auto calls = f.callsAs(f.callerId);
    const CallResult first = calls.noAnswer(f.companyId, 1, QStringLiteral("long beeps"));
    CHECK(first.version == 2);
    CHECK_FALSE(first.parked);

    const auto state = f.state();
    CHECK(state.stage == CompanyStage::Calling);
    CHECK(state.ownerId == f.callerId);
    CHECK(state.callAttempts == 1);
    CHECK(state.nextActionAt == f.later(2 * 3600));
    const auto history = StageHistoryRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(history.size() == 1);
    CHECK(history.at(0).fromStage == QStringLiteral("cold"));
    CHECK(history.at(0).toStage == QStringLiteral("calling"));
    CHECK(history.at(0).userId == f.callerId);
    const auto activities = ActivityRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(activities.size() == 2);
    CHECK(activities.at(1).kind == ActivityKind::Call);
    CHECK(activities.at(1).outcome == QStringLiteral("no_answer"));
    CHECK(activities.at(1).note == QStringLiteral("long beeps"));
    CHECK(activities.at(1).userId == f.callerId);

    // Later calls do not move it again, and keep an owner it already has.
    f.base.clock().advanceSeconds(600);
    calls.busy(f.companyId, first.version);
    CHECK(f.count(QStringLiteral("stage_history")) == 1);
    CHECK(f.state().callAttempts == 2);
    CHECK(f.state().nextActionAt == f.later(15 * 60));
    CHECK(outcomes(f)
          == QStringList{QStringLiteral("stage_change:calling"), QStringLiteral("call:no_answer"),
                         QStringLiteral("call:busy")});
}

TEST_CASE("After five failed attempts in a row the company is parked", "[funnel][calls][parking]")
{
    FunnelFixture f;
    auto calls = f.callsAs(f.callerId);
    qint64 version = 1;
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const CallResult result = attempt % 2 ? calls.noAnswer(f.companyId, version) : calls.busy(f.companyId, version);
        CHECK_FALSE(result.parked);
        version = result.version;
        f.base.clock().advanceSeconds(3600);
    }
    CHECK(f.state().callAttempts == 4);
    CHECK_FALSE(f.state().isParked());

    const CallResult fifth = calls.noAnswer(f.companyId, version);
    CHECK(fifth.parked);
    auto state = f.state();
    CHECK(state.callAttempts == 5);
    CHECK(state.parkedAt == f.base.clock().nowUtc());
    CHECK_FALSE(state.nextActionAt.isValid());
    CHECK(state.stage == CompanyStage::Calling);
    CHECK(f.count(QStringLiteral("companies WHERE parked_at IS NOT NULL")) == 1);

    // Another miss keeps it parked and out of the queue.
    f.base.clock().advanceSeconds(3600);
    const CallResult sixth = calls.busy(f.companyId, fifth.version);
    CHECK(sixth.parked);
    state = f.state();
    CHECK(state.callAttempts == 6);
    CHECK_FALSE(state.nextActionAt.isValid());

    // Reaching someone unparks it and starts the count again.
    calls.callbackAt(f.companyId, sixth.version, f.later(3600));
    state = f.state();
    CHECK_FALSE(state.isParked());
    CHECK(state.callAttempts == 0);
    CHECK(state.nextActionAt == f.later(3600));
}

TEST_CASE("The number of attempts before parking is an option", "[funnel][calls][parking]")
{
    FunnelFixture f;
    CallOutcomeOptions options;
    options.maxFailedAttempts = 2;
    auto calls = f.callsAs(f.callerId, options);
    const CallResult first = calls.noAnswer(f.companyId, 1);
    CHECK_FALSE(first.parked);
    CHECK(calls.noAnswer(f.companyId, first.version).parked);
}

TEST_CASE("A wrong number flags the phone without counting as an attempt", "[funnel][calls]")
{
    FunnelFixture f;
    auto calls = f.callsAs(f.callerId);
    const CallResult result = calls.wrongNumber(f.companyId, 1, f.phoneId, QStringLiteral("a bakery"));
    CHECK(f.count(QStringLiteral("phones WHERE id = ? AND wrong_number = 1"), {f.phoneId}) == 1);
    CHECK(f.count(QStringLiteral("phones WHERE id = ? AND version = 2"), {f.phoneId}) == 1);
    // The card reads the flag, so call mode can strike the number out.
    const QList<Phone> phones = PhoneRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(phones.size() == 1);
    CHECK(phones.first().wrongNumber);
    CHECK(f.state().callAttempts == 0);
    CHECK(f.state().version == result.version);
    CHECK(outcomes(f) == QStringList{QStringLiteral("stage_change:calling"), QStringLiteral("call:wrong_number")});
}

TEST_CASE("A wrong number on another company's phone is refused and writes nothing", "[funnel][calls][bad-input]")
{
    FunnelFixture f;
    const qint64 other = f.addCompany(QStringLiteral("Вектор"));
    try {
        f.callsAs(f.callerId).wrongNumber(other, 1, f.phoneId);
        FAIL("another company's phone was flagged");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::NotFound);
    }
    CHECK(f.count(QStringLiteral("phones WHERE wrong_number = 1")) == 0);
    CHECK(f.state(other).stage == CompanyStage::Cold);
    CHECK(f.count(QStringLiteral("activities")) == 0);
}

TEST_CASE("A refusal sends the company to lost with a reason from the editable list", "[funnel][calls][lost]")
{
    FunnelFixture f;
    LostReason reason;
    reason.title = QStringLiteral("Работают с конкурентом");
    LostReasonRepository(f.base.context()).create(reason);

    const CallResult result = f.callsAs(f.callerId).refused(f.companyId, 1, reason.id, QStringLiteral("signed in May"));
    const auto state = f.state();
    CHECK(state.version == result.version);
    CHECK(state.stage == CompanyStage::Lost);
    CHECK(state.lostReason == QStringLiteral("Работают с конкурентом"));
    CHECK_FALSE(state.nextActionAt.isValid());
    const auto history = StageHistoryRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).fromStage == QStringLiteral("calling"));
    CHECK(history.at(1).toStage == QStringLiteral("lost"));
    CHECK(history.at(1).comment == QStringLiteral("Работают с конкурентом: signed in May"));
    CHECK(outcomes(f)
          == QStringList{QStringLiteral("stage_change:calling"), QStringLiteral("call:refused"),
                         QStringLiteral("stage_change:lost")});
}

TEST_CASE("A refusal without a known reason is refused and writes nothing", "[funnel][calls][bad-input]")
{
    FunnelFixture f;
    auto calls = f.callsAs(f.callerId);
    CHECK(funnelRefusal([&] { calls.refused(f.companyId, 1, 0); }) == FunnelError::Kind::MissingData);
    CHECK(funnelRefusal([&] { calls.refused(f.companyId, 1, 4242); }) == FunnelError::Kind::UnknownReason);
    checkNothingWritten(f);
}

TEST_CASE("Not now, call on a date makes a dated callback for the caller", "[funnel][calls][callback]")
{
    FunnelFixture f;
    const QDate inThreeMonths(2027, 2, 25);
    const CallResult result
        = f.callsAs(f.callerId).notNow(f.companyId, 1, inThreeMonths, QStringLiteral("budget in Q1"));
    const QDateTime due(inThreeMonths, QTime(10, 0), Qt::UTC);
    REQUIRE(result.taskId > 0);
    const auto tasks = TaskRepository(f.base.context()).listOpenForCompany(f.companyId);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.at(0).id == result.taskId);
    CHECK(tasks.at(0).kind == TaskKind::Callback);
    CHECK(tasks.at(0).assigneeId == f.callerId);
    CHECK(tasks.at(0).dueAt == due);
    CHECK(tasks.at(0).note == QStringLiteral("budget in Q1"));
    CHECK(f.state().nextActionAt == due);
    CHECK(f.state().stage == CompanyStage::Calling);
    CHECK(outcomes(f).last() == QStringLiteral("call:not_now"));
}

TEST_CASE("A callback day in the past, today or missing is refused and writes nothing", "[funnel][calls][bad-input]")
{
    FunnelFixture f;
    auto calls = f.callsAs(f.callerId);
    CHECK(funnelRefusal([&] { calls.notNow(f.companyId, 1, QDate(2026, 11, 24)); }) == FunnelError::Kind::DateInPast);
    CHECK(funnelRefusal([&] { calls.notNow(f.companyId, 1, QDate(2026, 11, 25)); }) == FunnelError::Kind::DateInPast);
    CHECK(funnelRefusal([&] { calls.notNow(f.companyId, 1, QDate()); }) == FunnelError::Kind::MissingData);
    checkNothingWritten(f);
}

TEST_CASE("A callback at a time replaces the open callback", "[funnel][calls][callback]")
{
    FunnelFixture f;
    auto calls = f.callsAs(f.callerId);
    const CallResult first = calls.callbackAt(f.companyId, 1, f.later(3600));
    const CallResult second = calls.callbackAt(f.companyId, first.version, f.later(2 * 86400), QStringLiteral("moved"));
    TaskRepository tasks(f.base.context());
    const auto open = tasks.listOpenForCompany(f.companyId);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).id == second.taskId);
    CHECK(open.at(0).dueAt == f.later(2 * 86400));
    CHECK(tasks.find(first.taskId)->status == TaskStatus::Cancelled);
    CHECK(f.state().nextActionAt == f.later(2 * 86400));
    CHECK(outcomes(f).count(QStringLiteral("call:callback")) == 2);
}

TEST_CASE("A callback time in the past or missing is refused and writes nothing", "[funnel][calls][bad-input]")
{
    FunnelFixture f;
    auto calls = f.callsAs(f.callerId);
    CHECK(funnelRefusal([&] { calls.callbackAt(f.companyId, 1, f.later(-60)); }) == FunnelError::Kind::DateInPast);
    CHECK(funnelRefusal([&] { calls.callbackAt(f.companyId, 1, f.later(0)); }) == FunnelError::Kind::DateInPast);
    CHECK(funnelRefusal([&] { calls.callbackAt(f.companyId, 1, QDateTime()); }) == FunnelError::Kind::MissingData);
    checkNothingWritten(f);
}

TEST_CASE("A booked meeting moves the company to meeting and gives the closer the meeting", "[funnel][calls][meeting]")
{
    FunnelFixture f;
    auto calls = f.callsAs(f.callerId);
    const CallResult callback = calls.callbackAt(f.companyId, 1, f.later(3600));
    const MeetingBooking booking{tomorrow, QTime(14, 30), QStringLiteral(" ул. Тверская, 1 "), f.closerId,
                                 QStringLiteral("the director himself")};
    const CallResult result = calls.meetingBooked(f.companyId, callback.version, booking);

    const QDateTime when(tomorrow, QTime(14, 30), Qt::UTC);
    const auto state = f.state();
    CHECK(state.stage == CompanyStage::Meeting);
    CHECK(state.ownerId == f.closerId);
    CHECK(state.nextActionAt == when);
    CHECK(state.version == result.version);

    TaskRepository tasks(f.base.context());
    const auto open = tasks.listOpenForCompany(f.companyId);
    REQUIRE(open.size() == 1); // the callback it was booked on is done with
    CHECK(open.at(0).id == result.taskId);
    CHECK(open.at(0).kind == TaskKind::Meeting);
    CHECK(open.at(0).assigneeId == f.closerId);
    CHECK(open.at(0).dueAt == when);
    CHECK(open.at(0).note == QStringLiteral("ул. Тверская, 1"));
    CHECK(tasks.find(callback.taskId)->status == TaskStatus::Cancelled);

    const auto history = StageHistoryRepository(f.base.context()).listForCompany(f.companyId);
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).fromStage == QStringLiteral("calling"));
    CHECK(history.at(1).toStage == QStringLiteral("meeting"));
    CHECK(history.at(1).userId == f.callerId); // the caller who booked it stays on record
    CHECK(outcomes(f)
          == QStringList{QStringLiteral("stage_change:calling"), QStringLiteral("call:callback"),
                         QStringLiteral("call:meeting_booked"), QStringLiteral("stage_change:meeting")});
}

TEST_CASE("A meeting without a time, a place, a closer or in the past is refused and writes nothing",
          "[funnel][calls][meeting][bad-input]")
{
    FunnelFixture f;
    auto calls = f.callsAs(f.callerId);
    const QString place = QStringLiteral("Office");
    CHECK(funnelRefusal([&] {
              calls.meetingBooked(f.companyId, 1, {tomorrow, QTime(), place, f.closerId, {}});
          })
          == FunnelError::Kind::MissingData);
    CHECK(funnelRefusal([&] {
              calls.meetingBooked(f.companyId, 1, {QDate(), QTime(11, 0), place, f.closerId, {}});
          })
          == FunnelError::Kind::MissingData);
    CHECK(funnelRefusal([&] {
              calls.meetingBooked(f.companyId, 1, {tomorrow, QTime(11, 0), QStringLiteral(" "), f.closerId, {}});
          })
          == FunnelError::Kind::MissingData);
    CHECK(funnelRefusal([&] {
              calls.meetingBooked(f.companyId, 1, {tomorrow, QTime(11, 0), place, 0, {}});
          })
          == FunnelError::Kind::MissingData);
    CHECK(funnelRefusal([&] {
              calls.meetingBooked(f.companyId, 1, {tomorrow, QTime(11, 0), place, f.callerId, {}});
          })
          == FunnelError::Kind::UnknownUser);
    CHECK(funnelRefusal([&] {
              calls.meetingBooked(f.companyId, 1, {QDate(2026, 11, 25), QTime(8, 0), place, f.closerId, {}});
          })
          == FunnelError::Kind::DateInPast);
    checkNothingWritten(f);
}

TEST_CASE("A meeting booked for a company whose stage forbids it is refused and writes nothing",
          "[funnel][calls][meeting][bad-input]")
{
    FunnelFixture f;
    // Put there directly (not a move the table allows from cold): the state under test, not how it came about.
    CompanyFunnelState client = f.state();
    client.stage = CompanyStage::Client;
    CompanyFunnelRepository(f.base.context()).save(client);

    CHECK(funnelRefusal([&] {
              f.callsAs(f.callerId)
                  .meetingBooked(f.companyId, client.version,
                                 {tomorrow, QTime(11, 0), QStringLiteral("Office"), f.closerId, {}});
          })
          == FunnelError::Kind::ForbiddenMove);
    CHECK(f.state().stage == CompanyStage::Client);
    CHECK(f.state().version == client.version);
    CHECK(f.count(QStringLiteral("activities")) == 0); // the call activity went with the refused move
    CHECK(f.count(QStringLiteral("stage_history")) == 0);
    CHECK(f.count(QStringLiteral("tasks")) == 0);
}

TEST_CASE("A lost company is not called until it returns to the cold base", "[funnel][calls][lost][bad-input]")
{
    FunnelFixture f;
    auto calls = f.callsAs(f.callerId);
    const CallResult lost = calls.refused(f.companyId, 1, f.lostReasonId(QStringLiteral("No budget")));
    const qint64 activities = f.count(QStringLiteral("activities"));
    try {
        calls.noAnswer(f.companyId, lost.version);
        FAIL("a lost company was called");
    } catch (const FunnelError &error) {
        CHECK(error.kind() == FunnelError::Kind::ForbiddenMove);
        CHECK(error.message().contains(QStringLiteral("No budget")));
    }
    CHECK(funnelRefusal([&] {
              calls.meetingBooked(f.companyId, lost.version,
                                  {tomorrow, QTime(11, 0), QStringLiteral("Office"), f.closerId, {}});
          })
          == FunnelError::Kind::ForbiddenMove);
    CHECK(f.state().stage == CompanyStage::Lost);
    CHECK(f.state().version == lost.version);
    CHECK(f.state().callAttempts == 0);
    CHECK(f.count(QStringLiteral("activities")) == activities);

    // Back in the cold base, the next call starts it again.
    const qint64 cold
        = StageMover(f.asCaller()).moveCompany(f.companyId, lost.version, companyMove(CompanyStage::Cold));
    calls.noAnswer(f.companyId, cold);
    CHECK(f.state().stage == CompanyStage::Calling);
    CHECK(f.state().callAttempts == 1);
    CHECK(f.state().lostReason.isEmpty());
}

TEST_CASE("A call outcome on a company someone changed since it was read is refused and writes nothing",
          "[funnel][calls][conflict]")
{
    FunnelFixture f;
    CompanyRepository companies(f.base.contextAs(f.closerId));
    Company company = *companies.find(f.companyId);
    company.city = QStringLiteral("Казань");
    companies.update(company); // version 2; the caller still has version 1 on screen

    try {
        f.callsAs(f.callerId).noAnswer(f.companyId, 1);
        FAIL("a stale call outcome was applied");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::StaleVersion);
        CHECK(error.message().contains(QStringLiteral("closer person")));
    }
    const auto state = f.state();
    CHECK(state.stage == CompanyStage::Cold);
    CHECK(state.callAttempts == 0);
    CHECK(state.version == 2);
    CHECK(f.count(QStringLiteral("stage_history")) == 0);
    CHECK(f.count(QStringLiteral("activities")) == 0);
}
