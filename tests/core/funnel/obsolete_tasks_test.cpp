#include "FunnelFixture.h"
#include "funnel/CallOutcomes.h"
#include "funnel/MeetingOutcomes.h"
#include "funnel/ObsoleteTasks.h"
#include "funnel/PaymentRecorder.h"
#include "funnel/StageMover.h"
#include "storage/DealRepository.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::companyMove;
using voronka::test::dealMove;
using voronka::test::FunnelFixture;

namespace {
// A task as a colleague or a rule left it: open, for the company (and the deal, when given).
qint64 openTask(FunnelFixture &f, TaskKind kind, qint64 dealId = 0, qint64 companyId = 0)
{
    Task task;
    task.companyId = companyId != 0 ? companyId : f.companyId;
    task.dealId = dealId;
    task.assigneeId = f.callerId;
    task.kind = kind;
    task.dueAt = f.later(3600);
    TaskRepository(f.base.context()).create(task);
    return task.id;
}

Task stored(FunnelFixture &f, qint64 taskId)
{
    return *TaskRepository(f.base.context()).find(taskId);
}

// Who closed the task and when, as the row keeps it.
QVariantList trace(FunnelFixture &f, qint64 taskId)
{
    SqlStatement row(f.base.db().connection(), QStringLiteral("SELECT updated_by, updated_at FROM tasks WHERE id = ?"));
    row.bind(taskId).exec();
    REQUIRE(row.next());
    return {row.value(0), row.value(1)};
}

qint64 bookMeeting(FunnelFixture &f, CallResult *result = nullptr)
{
    MeetingBooking booking;
    booking.date = QDate(2026, 11, 26);
    booking.time = QTime(11, 0);
    booking.place = QStringLiteral("офис клиента");
    booking.closerId = f.closerId;
    const CallResult booked = f.callsAs(f.callerId).meetingBooked(f.companyId, 1, booking);
    if (result)
        *result = booked;
    return booked.taskId;
}

// A deal at the given step for the fixture's company, stored directly (the tests are about what the next move does).
Deal dealAt(FunnelFixture &f, DealStep step)
{
    Deal deal;
    deal.companyId = f.companyId;
    deal.ownerId = f.closerId;
    deal.title = QStringLiteral("Поставка");
    deal.step = step;
    deal.amountKopecks = 100'000'00;
    DealRepository(f.base.context()).create(deal);
    return deal;
}
} // namespace

TEST_CASE("The obsolete-task table names what each move ends", "[funnel][obsolete-tasks]")
{
    // Tasks people made themselves are never closed by a company's move.
    for (const CompanyStage stage : allCompanyStages()) {
        for (const ObsoleteTask &task : ObsoleteTasks::afterCompanyMove(stage))
            CHECK(task.kind != TaskKind::Custom);
    }
    // A lost company or deal ends its tasks as cancelled; nothing is "done" by being lost.
    for (const ObsoleteTask &task : ObsoleteTasks::afterCompanyMove(CompanyStage::Lost))
        CHECK(task.closeAs == TaskStatus::Cancelled);
    CHECK(ObsoleteTasks::afterDealMove(DealStep::Lost).size() == allTaskKinds().size());
    // Nothing ends when a company starts being called or when an offer goes out (its follow-up is made then).
    CHECK(ObsoleteTasks::afterCompanyMove(CompanyStage::Reactivation).isEmpty());
}

TEST_CASE("A paid deal closes its offer follow-up and its payment reminder as done", "[funnel][obsolete-tasks]")
{
    FunnelFixture f;
    SqlStatement::run(f.base.db().connection(), QStringLiteral("UPDATE companies SET stage = 'deal' WHERE id = ?"),
                      {f.companyId});
    const Deal deal = dealAt(f, DealStep::InvoiceIssued);
    const qint64 followUp = openTask(f, TaskKind::OfferFollowUp, deal.id);
    const qint64 payment = openTask(f, TaskKind::PaymentReminder, deal.id);
    const qint64 mine = openTask(f, TaskKind::Custom, deal.id);
    f.base.clock().advanceSeconds(600);

    PaymentEntry entry;
    entry.paidOn = f.base.clock().nowUtc().date();
    entry.amountKopecks = deal.amountKopecks;
    PaymentRecorder(f.asCloser(), QTimeZone::utc()).record(deal.id, deal.version, entry);

    CHECK(stored(f, followUp).status == TaskStatus::Done);
    CHECK(stored(f, followUp).doneAt == f.base.clock().nowUtc());
    CHECK(trace(f, followUp).at(0).toLongLong() == f.closerId);
    CHECK(stored(f, payment).status == TaskStatus::Done);
    CHECK(stored(f, mine).status == TaskStatus::Open); // the closer's own task is theirs to close
}

TEST_CASE("Deal steps past the offer close its follow-up, and a step back cancels it", "[funnel][obsolete-tasks]")
{
    FunnelFixture f;
    StageMover mover(f.asCloser());
    SECTION("contract: the client decided")
    {
        const Deal deal = dealAt(f, DealStep::OfferSent);
        const qint64 followUp = openTask(f, TaskKind::OfferFollowUp, deal.id);
        mover.moveDeal(deal.id, deal.version, dealMove(DealStep::Contract));
        CHECK(stored(f, followUp).status == TaskStatus::Done);
    }
    SECTION("objections: the client answered")
    {
        const Deal deal = dealAt(f, DealStep::OfferSent);
        const qint64 followUp = openTask(f, TaskKind::OfferFollowUp, deal.id);
        mover.moveDeal(deal.id, deal.version, dealMove(DealStep::Objections));
        CHECK(stored(f, followUp).status == TaskStatus::Done);
    }
    SECTION("back to the presentation: no offer to follow up")
    {
        const Deal deal = dealAt(f, DealStep::OfferSent);
        const qint64 followUp = openTask(f, TaskKind::OfferFollowUp, deal.id);
        const Deal other = dealAt(f, DealStep::OfferSent);
        const qint64 otherFollowUp = openTask(f, TaskKind::OfferFollowUp, other.id);
        mover.moveDeal(deal.id, deal.version, dealMove(DealStep::Presentation));
        CHECK(stored(f, followUp).status == TaskStatus::Cancelled);
        CHECK_FALSE(stored(f, followUp).doneAt.isValid());
        CHECK(stored(f, otherFollowUp).status == TaskStatus::Open); // another deal's follow-up is not touched
    }
    SECTION("lost: every task of the deal")
    {
        const Deal deal = dealAt(f, DealStep::Contract);
        const qint64 mine = openTask(f, TaskKind::Custom, deal.id);
        mover.moveDeal(deal.id, deal.version,
                       dealMove(DealStep::Lost, {}, f.lostReasonId(QStringLiteral("No budget"))));
        CHECK(stored(f, mine).status == TaskStatus::Cancelled);
    }
}

TEST_CASE("A refused call cancels every funnel task of the company, so nothing pops up", "[funnel][obsolete-tasks]")
{
    FunnelFixture f;
    CallOutcomes calls = f.callsAs(f.callerId);
    const CallResult callback = calls.callbackAt(f.companyId, 1, f.later(1800));
    const qint64 visit = openTask(f, TaskKind::VipVisit);
    const qint64 reactivation = openTask(f, TaskKind::Reactivation);
    const qint64 mine = openTask(f, TaskKind::Custom);
    const qint64 otherCompany = openTask(f, TaskKind::Callback, 0, f.addCompany(QStringLiteral("Другая")));
    f.base.clock().advanceSeconds(60);

    calls.refused(f.companyId, callback.version, f.lostReasonId(QStringLiteral("No budget")));

    CHECK(stored(f, callback.taskId).status == TaskStatus::Cancelled);
    CHECK(stored(f, visit).status == TaskStatus::Cancelled);
    CHECK(stored(f, reactivation).status == TaskStatus::Cancelled);
    CHECK(trace(f, visit).at(0).toLongLong() == f.callerId);
    CHECK(stored(f, mine).status == TaskStatus::Open);
    CHECK(stored(f, otherCompany).status == TaskStatus::Open);
    // At the callback's time only the caller's own task and the other company's callback come up.
    f.base.clock().advanceSeconds(7200);
    QList<qint64> due;
    for (const Task &task : TaskRepository(f.asCaller()).listDueReminders(f.callerId, f.base.clock().nowUtc()))
        due.append(task.id);
    CHECK(due == QList<qint64>{mine, otherCompany});
}

TEST_CASE("Company moves close the callbacks and meetings they make pointless", "[funnel][obsolete-tasks]")
{
    FunnelFixture f;
    SECTION("back to the cold base: no callback, no meeting")
    {
        const CallResult callback = f.callsAs(f.callerId).callbackAt(f.companyId, 1, f.later(1800));
        StageMover(f.asCaller()).moveCompany(f.companyId, callback.version, companyMove(CompanyStage::Cold));
        CHECK(stored(f, callback.taskId).status == TaskStatus::Cancelled);
    }
    SECTION("a held meeting that opens a deal: the meeting is done, the callback cancelled")
    {
        CallResult booked;
        const qint64 meeting = bookMeeting(f, &booked);
        const qint64 callback = openTask(f, TaskKind::Callback); // a colleague's callback made meanwhile
        const qint64 secondMeeting = openTask(f, TaskKind::Meeting);
        f.base.clock().set(QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
        MeetingHeld held;
        held.deal.title = QStringLiteral("Поставка бумаги");
        held.deal.amountKopecks = 100'000'00;
        MeetingOutcomes(f.asCloser()).held(meeting, booked.version, held);
        CHECK(stored(f, meeting).status == TaskStatus::Done);
        CHECK(stored(f, secondMeeting).status == TaskStatus::Done);
        CHECK(stored(f, callback).status == TaskStatus::Cancelled);
    }
    SECTION("a client that pays again after reactivation: the reactivation task is done")
    {
        SqlStatement::run(f.base.db().connection(), QStringLiteral("UPDATE companies SET stage = 'deal' WHERE id = ?"),
                          {f.companyId});
        const qint64 reactivation = openTask(f, TaskKind::Reactivation);
        CompanyFunnelState state = f.state();
        StageMover(f.base.contextAs(f.accountManagerId)).applyCompanyMove(state, CompanyStage::Client, {});
        CHECK(stored(f, reactivation).status == TaskStatus::Done);
    }
}

TEST_CASE("Other rules can close a company's tasks through the same table class", "[funnel][obsolete-tasks]")
{
    FunnelFixture f;
    const qint64 callback = openTask(f, TaskKind::Callback);
    const qint64 meeting = openTask(f, TaskKind::Meeting);
    CHECK(ObsoleteTasks(f.asCaller()).closeForCompany(f.companyId, {{TaskKind::Callback, TaskStatus::Cancelled}}) == 1);
    CHECK(stored(f, callback).status == TaskStatus::Cancelled);
    CHECK(stored(f, meeting).status == TaskStatus::Open);
}
