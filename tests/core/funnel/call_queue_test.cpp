#include "FunnelFixture.h"

#include "funnel/CallSettings.h"
#include "storage/CallQueueQuery.h"
#include "storage/CompanyLeaseRepository.h"
#include "storage/CompanyListQuery.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "storage/Timestamps.h"
#include "storage/UserRepository.h"

using namespace voronka;
using namespace voronka::test;

namespace {
struct Queue : FunnelFixture
{
    qint64 otherCallerId = 0;

    Queue()
    {
        User colleague;
        colleague.login = QStringLiteral("caller2");
        colleague.fullName = QStringLiteral("Second caller");
        colleague.role = UserRole::Caller;
        UserRepository(base.context()).create(colleague);
        otherCallerId = colleague.id;
    }

    // A company in the given state, as the funnel would have left it, with a number to dial.
    qint64 company(const QString &name, const QString &stage, qint64 ownerId, const QDateTime &nextAction = {},
                   bool parked = false)
    {
        const qint64 id = addCompany(name);
        addPhone(id, QStringLiteral("+7495000%1").arg(id, 4, 10, QLatin1Char('0')));
        SqlStatement::run(base.db().connection(),
                          QStringLiteral("UPDATE companies SET stage = ?, owner_id = ?, next_action_at = ?, "
                                         "parked_at = ? WHERE id = ?"),
                          {stage, nullIfZero(ownerId), toStoredTime(nextAction),
                           parked ? toStoredTime(later(-3600)) : QVariant(), id});
        return id;
    }

    qint64 addPhone(qint64 ofCompany, const QString &number) { return createPhone(base, ofCompany, number); }

    QStringList needingNumber()
    {
        CompanyFilter filter;
        filter.needsNumber = true;
        QStringList result;
        const CompanyListQuery query(base.db(), filter);
        for (const CompanyListRow &row : query.rowsAt(0, 100, query.count()))
            result.append(row.name);
        return result;
    }

    QStringList names(const QList<qint64> &skipped = {}, int limit = 100)
    {
        QStringList result;
        for (const CallQueueEntry &entry : CallQueueQuery(asCaller()).next(callerId, limit, skipped))
            result.append(entry.name);
        return result;
    }
};
} // namespace

TEST_CASE("The call queue puts due callbacks first, then the caller's fresh companies, then unowned ones",
          "[funnel][queue]")
{
    Queue q;
    // The fixture's company is cold without an owner.
    q.company(QStringLiteral("Mine fresh 1"), QStringLiteral("cold"), q.callerId);
    q.company(QStringLiteral("Callback overdue a day"), QStringLiteral("calling"), q.callerId, q.later(-86400));
    q.company(QStringLiteral("Mine fresh 2"), QStringLiteral("cold"), q.callerId);
    q.company(QStringLiteral("Callback due now"), QStringLiteral("calling"), q.callerId, q.later(0));
    q.company(QStringLiteral("Callback tomorrow"), QStringLiteral("calling"), q.callerId, q.later(86400));
    q.company(QStringLiteral("Parked"), QStringLiteral("calling"), q.callerId, {}, true);
    q.company(QStringLiteral("Colleague's"), QStringLiteral("cold"), q.otherCallerId);
    q.company(QStringLiteral("Colleague's callback"), QStringLiteral("calling"), q.otherCallerId, q.later(-60));
    q.company(QStringLiteral("At meeting"), QStringLiteral("meeting"), q.callerId, q.later(-60));
    q.company(QStringLiteral("Lost"), QStringLiteral("lost"), q.callerId);

    CHECK(q.names()
          == QStringList{QStringLiteral("Callback overdue a day"), QStringLiteral("Callback due now"),
                         QStringLiteral("Mine fresh 1"), QStringLiteral("Mine fresh 2"),
                         QStringLiteral("ООО «Ромашка»")});
    CHECK(CallQueueQuery(q.asCaller()).dueCallbacks(q.callerId) == 2);

    const QList<CallQueueEntry> first = CallQueueQuery(q.asCaller()).next(q.callerId, 3);
    REQUIRE(first.size() == 3);
    CHECK(first.at(0).isCallback());
    CHECK(first.at(0).stage == CompanyStage::Calling);
    CHECK_FALSE(first.at(2).isCallback());
    CHECK(first.at(2).version == q.state(first.at(2).companyId).version);

    // The colleague sees their own callback and fresh company, and the unowned one, never the caller's.
    QStringList colleague;
    for (const CallQueueEntry &entry : CallQueueQuery(q.base.context()).next(q.otherCallerId, 100))
        colleague.append(entry.name);
    CHECK(colleague
          == QStringList{QStringLiteral("Colleague's callback"), QStringLiteral("Colleague's"),
                         QStringLiteral("ООО «Ромашка»")});
}

TEST_CASE("Skipped companies leave the queue and the limit holds across its parts", "[funnel][queue]")
{
    Queue q;
    const qint64 due = q.company(QStringLiteral("Due"), QStringLiteral("calling"), q.callerId, q.later(-60));
    q.company(QStringLiteral("Fresh"), QStringLiteral("cold"), q.callerId);
    CHECK(q.names({due}) == QStringList{QStringLiteral("Fresh"), QStringLiteral("ООО «Ромашка»")});
    CHECK(q.names({due, q.companyId}, 100) == QStringList{QStringLiteral("Fresh")});
    CHECK(q.names({}, 2) == QStringList{QStringLiteral("Due"), QStringLiteral("Fresh")});
    CHECK(q.names({}, 0).isEmpty());
}

TEST_CASE("A company a colleague is calling leaves the queue until the lease is released or expires",
          "[funnel][queue][lease]")
{
    Queue q;
    const qint64 due = q.company(QStringLiteral("Due"), QStringLiteral("calling"), q.callerId, q.later(-60));
    const qint64 fresh = q.company(QStringLiteral("Fresh"), QStringLiteral("cold"), q.callerId);
    CompanyLeaseRepository leases(q.base.context());
    leases.acquire(q.companyId, q.otherCallerId, 300);
    leases.acquire(fresh, q.otherCallerId, 600);
    // The caller's own lease keeps the company in their queue (it is the one on their screen).
    leases.acquire(due, q.callerId, 300);
    CHECK(q.names() == QStringList{QStringLiteral("Due")});

    leases.release(fresh, q.otherCallerId);
    CHECK(q.names() == QStringList{QStringLiteral("Due"), QStringLiteral("Fresh")});
    q.base.clock().advanceSeconds(300);
    CHECK(q.names() == QStringList{QStringLiteral("Due"), QStringLiteral("Fresh"), QStringLiteral("ООО «Ромашка»")});

    // The colleague's queue leaves out what the caller holds.
    leases.acquire(q.companyId, q.callerId, 300);
    QStringList colleagues;
    for (const CallQueueEntry &entry : CallQueueQuery(q.base.contextAs(q.otherCallerId)).next(q.otherCallerId, 100))
        colleagues.append(entry.name);
    CHECK(colleagues.isEmpty());
}

TEST_CASE("An unanswered company leaves the queue and comes back when its retry is due", "[funnel][queue]")
{
    Queue q;
    CallOutcomeOptions options;
    options.noAnswerRetryMinutes = 30;
    q.callsAs(q.callerId, options).noAnswer(q.companyId, q.state().version);
    CHECK(q.names().isEmpty());
    q.base.clock().advanceSeconds(29 * 60);
    CHECK(q.names().isEmpty());
    q.base.clock().advanceSeconds(60);
    // The first call gave the company to the caller, so it is now one of their callbacks.
    CHECK(q.names() == QStringList{QStringLiteral("ООО «Ромашка»")});
    CHECK(CallQueueQuery(q.asCaller()).dueCallbacks(q.callerId) == 1);
}

TEST_CASE("A wrong number on a company's only number leaves the queue for the needs-a-number list, its callback "
          "cancelled, until a number is added",
          "[funnel][queue][wrong-number]")
{
    Queue q;
    // A callback that has come due, on the company's only number.
    const CallResult callback = q.callsAs(q.callerId).callbackAt(q.companyId, q.state().version, q.later(3600));
    q.base.clock().advanceSeconds(3600);
    REQUIRE(q.names() == QStringList{QStringLiteral("ООО «Ромашка»")});
    CHECK(q.needingNumber().isEmpty());

    const CallResult wrong = q.callsAs(q.callerId).wrongNumber(q.companyId, callback.version, q.phoneId);
    CHECK(wrong.needsNumber);
    CHECK(q.names().isEmpty());
    CHECK(CallQueueQuery(q.asCaller()).dueCallbacks(q.callerId) == 0);
    CHECK_FALSE(q.state().nextActionAt.isValid());
    // The callback is closed as cancelled in the same call, not left to remind the caller of a dead number.
    CHECK(TaskRepository(q.base.context()).find(callback.taskId)->status == TaskStatus::Cancelled);
    CHECK(q.count(QStringLiteral("tasks WHERE company_id = ? AND status = 'open'"), {q.companyId}) == 0);
    CHECK(q.needingNumber() == QStringList{QStringLiteral("ООО «Ромашка»")});
    CHECK(CallQueueQuery(q.asCaller()).outlook(q.callerId).needingNumber == 1);

    // The collector finds a working number: the company is back at the top of its caller's queue.
    q.addPhone(q.companyId, QStringLiteral("+74959876543"));
    CHECK(q.needingNumber().isEmpty());
    const QList<CallQueueEntry> back = CallQueueQuery(q.asCaller()).next(q.callerId, 10);
    REQUIRE(back.size() == 1);
    CHECK(back.first().companyId == q.companyId);
    CHECK(back.first().stage == CompanyStage::Calling);
}

TEST_CASE("A wrong number with another number left keeps the company and its callback", "[funnel][queue][wrong-number]")
{
    Queue q;
    q.addPhone(q.companyId, QStringLiteral("+74959876543"));
    const CallResult callback = q.callsAs(q.callerId).callbackAt(q.companyId, q.state().version, q.later(3600));
    const CallResult wrong = q.callsAs(q.callerId).wrongNumber(q.companyId, callback.version, q.phoneId);
    CHECK_FALSE(wrong.needsNumber);
    CHECK(q.state().nextActionAt == q.later(3600));
    CHECK(TaskRepository(q.base.context()).find(callback.taskId)->status == TaskStatus::Open);
    CHECK(q.needingNumber().isEmpty());
}

TEST_CASE("A company without a number to dial is in nobody's queue but on the needs-a-number list",
          "[funnel][queue][wrong-number]")
{
    Queue q;
    const qint64 noPhone = q.addCompany(QStringLiteral("Без телефона"));
    const qint64 allWrong
        = q.company(QStringLiteral("Все номера неверные"), QStringLiteral("calling"), q.callerId, q.later(-60));
    SqlStatement::run(q.base.db().connection(),
                      QStringLiteral("UPDATE phones SET wrong_number = 1 WHERE company_id = ?"), {allWrong});
    // Later stages are not the first line's business, with a number or without.
    const qint64 atMeeting = q.company(QStringLiteral("На встрече"), QStringLiteral("meeting"), q.closerId);
    SqlStatement::run(q.base.db().connection(), QStringLiteral("DELETE FROM phones WHERE company_id = ?"), {atMeeting});

    CHECK(q.names() == QStringList{QStringLiteral("ООО «Ромашка»")});
    CHECK(CallQueueQuery(q.asCaller()).dueCallbacks(q.callerId) == 0);
    CHECK(q.needingNumber() == QStringList{QStringLiteral("Без телефона"), QStringLiteral("Все номера неверные")});
    CHECK(q.state(noPhone).stage == CompanyStage::Cold);
}

TEST_CASE("The outlook says what is left beyond an empty queue", "[funnel][queue]")
{
    Queue q;
    // The fixture's company is cold and unowned: not called yet.
    CHECK(CallQueueQuery(q.asCaller()).outlook(q.callerId).notCalledYet == 1);
    q.company(QStringLiteral("Colleague's fresh"), QStringLiteral("cold"), q.otherCallerId);
    q.company(QStringLiteral("Callback tomorrow"), QStringLiteral("calling"), q.callerId, q.later(86400));
    const CallResult called = q.callsAs(q.callerId).noAnswer(q.companyId, q.state().version);
    CHECK(called.version > 0);
    const CallQueueOutlook outlook = CallQueueQuery(q.asCaller()).outlook(q.callerId);
    CHECK(outlook.notCalledYet == 1); // the colleague's
    CHECK(outlook.needingNumber == 0);
    CHECK(outlook.nextCallbackAt == q.state().nextActionAt);
}

TEST_CASE("The day's counter counts the user's calls by outcome since the given time", "[funnel][queue]")
{
    Queue q;
    const QDateTime morning = q.later(0);
    const qint64 second = q.company(QStringLiteral("Second"), QStringLiteral("cold"), q.callerId);
    const qint64 third = q.company(QStringLiteral("Third"), QStringLiteral("cold"), q.callerId);
    CallOutcomes calls = q.callsAs(q.callerId);
    calls.noAnswer(q.companyId, q.state().version);
    q.base.clock().advanceSeconds(60);
    calls.busy(second, q.state(second).version);
    MeetingBooking booking;
    booking.date = q.later(86400).date();
    booking.time = QTime(11, 0);
    booking.place = QStringLiteral("Their office");
    booking.closerId = q.closerId;
    calls.meetingBooked(third, q.state(third).version, booking);
    // A colleague's call and a call before the day began are not counted.
    const qint64 colleagues = q.company(QStringLiteral("Colleague's"), QStringLiteral("cold"), q.otherCallerId);
    q.callsAs(q.otherCallerId).noAnswer(colleagues, q.state(colleagues).version);

    const QHash<QString, int> today = CallQueueQuery(q.asCaller()).callOutcomesSince(q.callerId, morning);
    CHECK(today.value(callOutcomeKey(CallOutcome::NoAnswer)) == 1);
    CHECK(today.value(callOutcomeKey(CallOutcome::Busy)) == 1);
    CHECK(today.value(callOutcomeKey(CallOutcome::MeetingBooked)) == 1);
    CHECK(today.size() == 3);
    CHECK(CallQueueQuery(q.asCaller()).callOutcomesSince(q.callerId, q.later(1)).isEmpty());
}

TEST_CASE("Call settings are stored in the base and feed the parking limit", "[funnel][settings]")
{
    Queue q;
    const CallOutcomeOptions defaults;
    CHECK(CallSettings::load(q.base.db()).maxFailedAttempts == defaults.maxFailedAttempts);

    CallOutcomeOptions options;
    options.maxFailedAttempts = 2;
    options.noAnswerRetryMinutes = 45;
    options.busyRetryMinutes = 5;
    CallSettings::save(q.base.db(), options);
    const CallOutcomeOptions loaded = CallSettings::load(q.base.db());
    CHECK(loaded.maxFailedAttempts == 2);
    CHECK(loaded.noAnswerRetryMinutes == 45);
    CHECK(loaded.busyRetryMinutes == 5);

    CallOutcomes calls(q.asCaller(), loaded);
    calls.noAnswer(q.companyId, q.state().version);
    CHECK_FALSE(q.state().isParked());
    CHECK(calls.busy(q.companyId, q.state().version).parked);
    CHECK(q.state().isParked());
}

TEST_CASE("Call settings out of range are refused and the stored ones stay", "[funnel][settings][bad-input]")
{
    Queue q;
    CallOutcomeOptions good;
    good.maxFailedAttempts = 3;
    CallSettings::save(q.base.db(), good);

    for (const auto &[attempts, noAnswer, busy] :
         {std::tuple{0, 120, 15}, std::tuple{51, 120, 15}, std::tuple{3, 0, 15}, std::tuple{3, 120, 7 * 24 * 60 + 1}}) {
        CallOutcomeOptions bad;
        bad.maxFailedAttempts = attempts;
        bad.noAnswerRetryMinutes = noAnswer;
        bad.busyRetryMinutes = busy;
        CHECK(funnelRefusal([&] { CallSettings::save(q.base.db(), bad); }) == FunnelError::Kind::MissingData);
    }
    CHECK(CallSettings::load(q.base.db()).maxFailedAttempts == 3);
    CHECK(CallSettings::load(q.base.db()).noAnswerRetryMinutes == good.noAnswerRetryMinutes);

    // A hand-edited base: values that make no sense fall back to the defaults.
    SettingsRepository(q.base.db()).setValue(QStringLiteral("calls/max_failed_attempts"), QStringLiteral("lots"));
    SettingsRepository(q.base.db()).setValue(QStringLiteral("calls/busy_retry_minutes"), QStringLiteral("-4"));
    CHECK(CallSettings::load(q.base.db()).maxFailedAttempts == CallOutcomeOptions().maxFailedAttempts);
    CHECK(CallSettings::load(q.base.db()).busyRetryMinutes == CallOutcomeOptions().busyRetryMinutes);
}

TEST_CASE("The due callbacks count reads the owner's index with the stage keys bound", "[funnel][queue][plan]")
{
    FunnelFixture f;
    SqlStatement explain(f.base.db().connection(),
                         QStringLiteral("EXPLAIN QUERY PLAN ") + CallQueueQuery::dueCallbacksStatement());
    explain.bind({f.callerId, toStoredTime(f.later(0)), QStringLiteral("cold"), QStringLiteral("calling"), 100}).exec();
    QStringList plan;
    while (explain.next())
        plan.append(explain.value(3).toString());
    INFO(plan.join(QLatin1Char('\n')).toStdString());
    CHECK(plan.contains(QStringLiteral("SEARCH c USING INDEX companies_owner (owner_id=? AND next_action_at<?)")));
    CHECK(plan.filter(QStringLiteral("SCAN c")).isEmpty());
}
