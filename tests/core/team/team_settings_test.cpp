// The head's rules for the team (TeamSettings: routing, capacity limits, the pool), the duty roster (DutyRoster), and
// the capacity check of a hand-out before it is applied (Capacity::overLimitAfter): saved all or nothing, bad input
// refused with a clear message.
#include "TeamFixture.h"
#include "storage/DutyRosterRepository.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"
#include "team/Capacity.h"
#include "team/CompanyAssignment.h"
#include "team/DutyRoster.h"
#include "team/TeamError.h"
#include "team/TeamSettings.h"
#include "team/UserAdministration.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
TeamError refusal(const std::function<void()> &operation)
{
    try {
        operation();
    } catch (const TeamError &error) {
        return error;
    }
    FAIL("not refused");
    return TeamError(TeamError::Kind::BadInput, QString());
}

void setSize(TeamFixture &team, qint64 companyId, const QString &size)
{
    SqlStatement::run(team.base.db().connection(), QStringLiteral("UPDATE companies SET size_class = ? WHERE id = ?"),
                      {size, companyId});
}
} // namespace

TEST_CASE("Team rules: routing, limits and the pool are saved together and read back", "[team][settings]")
{
    TeamFixture team;
    TeamSettings settings(team.base.context());
    const TeamRules defaults = settings.rules();
    CHECK(defaults.routing == RoutingRule::RoundRobin);
    CHECK(defaults.limits == CapacityLimits{});
    CHECK_FALSE(defaults.callersTakeFromPool);

    TeamRules rules;
    rules.routing = RoutingRule::MostQualified;
    rules.qualifiedOrder = {team.closerId, team.headId};
    rules.limits = {30, 10, 2, 150};
    rules.callersTakeFromPool = true;
    settings.save(rules);
    CHECK(TeamSettings(team.base.context()).rules() == rules);
    // Each part reads the same from its own home.
    CHECK(InquiryRouting(team.base.context()).rule() == RoutingRule::MostQualified);
    CHECK(InquiryRouting(team.base.context()).qualifiedOrder() == QList<qint64>{team.closerId, team.headId});
    CHECK(Capacity(team.base.context()).limits() == CapacityLimits{30, 10, 2, 150});
    CHECK(TeamSettings(team.base.context()).callersTakeFromPool());

    settings.setCallersTakeFromPool(false);
    CHECK_FALSE(TeamSettings(team.base.context()).callersTakeFromPool());
}

TEST_CASE("Team rules: a limit of 0, an order with a deactivated person or someone twice is refused, nothing written",
          "[team][settings]")
{
    TeamFixture team;
    const qint64 closer2
        = createUser(team.base, QStringLiteral("closer2"), QStringLiteral("Дмитрий Сделкин"), UserRole::Closer);
    TeamSettings settings(team.base.context());
    const TeamRules before = settings.rules();

    TeamRules zero = before;
    zero.limits.large = 0;
    zero.callersTakeFromPool = true;
    TeamError error = refusal([&] { settings.save(zero); });
    CHECK(error.kind() == TeamError::Kind::BadInput);
    CHECK(error.message() == QStringLiteral("A limit is a whole number from 1 to 100000."));
    CHECK(settings.rules() == before);

    UserAdministration(team.base.context()).deactivate(QStringLiteral("closer2"), {QStringLiteral("closer")});
    TeamRules withGone = before;
    withGone.limits = {20, 5, 1, 100}; // valid, and written first: rolled back with the rest
    withGone.routing = RoutingRule::MostQualified;
    withGone.qualifiedOrder = {team.closerId, closer2};
    error = refusal([&] { settings.save(withGone); });
    CHECK(error.kind() == TeamError::Kind::InactiveUser);
    CHECK(error.message() == QStringLiteral("Дмитрий Сделкин is deactivated: take them out of the order."));
    CHECK(settings.rules() == before);

    TeamRules twice = before;
    twice.routing = RoutingRule::MostQualified;
    twice.qualifiedOrder = {team.closerId, team.closerId};
    CHECK(refusal([&] { settings.save(twice); }).kind() == TeamError::Kind::BadInput);
    TeamRules empty = before;
    empty.routing = RoutingRule::MostQualified;
    CHECK(refusal([&] { settings.save(empty); }).message()
          == QStringLiteral("Put the sellers in order, most qualified first."));
    TeamRules unknown = before;
    unknown.qualifiedOrder = {4242};
    CHECK(refusal([&] { settings.save(unknown); }).kind() == TeamError::Kind::BadInput);
    CHECK(settings.rules() == before);
}

TEST_CASE("Team rules and the roster are the head's once sign-in is on", "[team][settings][roster]")
{
    TeamFixture team;
    UserAdministration(team.base.context()).setPassword(QStringLiteral("head"), QStringLiteral("начальник"));
    TeamRules rules = TeamSettings(team.base.context()).rules();
    rules.callersTakeFromPool = true;
    const DataContext caller = team.base.contextAs(team.caller1Id);
    CHECK(refusal([&] { TeamSettings(caller).save(rules); }).kind() == TeamError::Kind::NotAllowed);
    CHECK(refusal([&] { TeamSettings(caller).setCallersTakeFromPool(true); }).kind() == TeamError::Kind::NotAllowed);
    const QDate today(2026, 11, 25);
    CHECK(refusal([&] { DutyRoster(caller).save({{today, team.closerId}}); }).kind() == TeamError::Kind::NotAllowed);
    CHECK_FALSE(TeamSettings(team.base.context()).callersTakeFromPool());
    CHECK(DutyRosterRepository(team.base.db()).onDuty(today) == 0);
    // Everybody may read them: a caller's sign-in reads the pool switch.
    TeamSettings(team.base.context()).save(rules);
    CHECK(TeamSettings(caller).callersTakeFromPool());
}

TEST_CASE("Duty roster: days set, changed and cleared in one save, a deactivated person refused with nothing written",
          "[team][roster]")
{
    TeamFixture team;
    DutyRoster roster(team.base.context());
    const QDate monday(2026, 11, 23);
    // The head and the closer, by name; not the callers, the collector or the account manager.
    REQUIRE(roster.candidates().size() == 2);
    CHECK(roster.candidates().at(0).id == team.headId);
    CHECK(roster.candidates().at(1).id == team.closerId);

    roster.save({{monday, team.closerId}, {monday.addDays(1), team.headId}, {monday.addDays(2), team.closerId}});
    roster.save({{monday.addDays(1), team.closerId}, {monday.addDays(2), 0}});
    const QMap<QDate, qint64> week = roster.days(monday, 7);
    REQUIRE(week.size() == 7);
    CHECK(week.value(monday) == team.closerId);
    CHECK(week.value(monday.addDays(1)) == team.closerId);
    CHECK(week.value(monday.addDays(2)) == 0);
    CHECK(week.value(monday.addDays(6)) == 0);
    CHECK(DutyRosterRepository(team.base.db()).between(monday, monday.addDays(6)).size() == 2);

    const qint64 closer2
        = createUser(team.base, QStringLiteral("closer2"), QStringLiteral("Дмитрий Сделкин"), UserRole::Closer);
    UserAdministration(team.base.context()).deactivate(QStringLiteral("closer2"), {QStringLiteral("closer")});
    const TeamError error = refusal([&] {
        roster.save({{monday.addDays(3), team.headId}, {monday.addDays(4), closer2}});
    });
    CHECK(error.kind() == TeamError::Kind::InactiveUser);
    CHECK(error.message() == QStringLiteral("Дмитрий Сделкин is deactivated: they cannot be on duty."));
    CHECK(roster.days(monday, 7) == week);
    CHECK(refusal([&] { roster.save({{monday, 4242}}); }).kind() == TeamError::Kind::BadInput);
}

TEST_CASE("Capacity after a hand-out: who would go over a limit, with the numbers", "[team][capacity][assign]")
{
    TeamFixture team;
    const qint64 closer2
        = createUser(team.base, QStringLiteral("closer2"), QStringLiteral("Дмитрий Сделкин"), UserRole::Closer);
    const qint64 account2
        = createUser(team.base, QStringLiteral("account2"), QStringLiteral("Нина Сервисова"), UserRole::AccountManager);
    Capacity capacity(team.base.context());
    capacity.setLimits({1, 15, 1, 1});
    // The closer leads the meeting (small) and the deal (key); closer2 leads one small company already.
    setSize(team, team.company.value(QStringLiteral("deal")), QStringLiteral("key"));
    createCompany(team.base, QStringLiteral("второй"), CompanyStage::Meeting, closer2);
    CHECK(Capacity::beyondLimits(*UserRepository(team.base.context()).find(closer2), capacity.load(closer2),
                                 capacity.limits())
              .isEmpty());

    CompanyAssignment assignment(team.base.context());
    AssignmentSelection fromCloser;
    fromCloser.kind = AssignmentSelection::Kind::From;
    fromCloser.fromUserId = team.closerId;
    const AssignmentPlan toCloser2 = assignment.plan(fromCloser, {closer2});
    REQUIRE(toCloser2.shares.size() == 1);
    CHECK(toCloser2.shares.at(0).adds == Workload{1, 0, 1, 0});
    CHECK(capacity.overLimitAfter(toCloser2)
          == QStringList{QStringLiteral("Дмитрий Сделкин would lead 2 small or medium companies; the limit is 1.")});

    // Two clients to another account manager; the limit is 1, then 2.
    AssignmentSelection fromAccount;
    fromAccount.kind = AssignmentSelection::Kind::From;
    fromAccount.fromUserId = team.accountId;
    const AssignmentPlan clients = assignment.plan(fromAccount, {account2});
    CHECK(capacity.overLimitAfter(clients)
          == QStringList{QStringLiteral("Нина Сервисова would serve 2 clients; the limit is 1.")});
    capacity.setLimits({1, 15, 1, 2});
    CHECK(capacity.overLimitAfter(clients).isEmpty());

    // Cold companies weigh on nobody's limit; nor do companies given back to whom holds them.
    AssignmentSelection unassigned;
    CHECK(capacity.overLimitAfter(assignment.plan(unassigned, {closer2})).isEmpty());
    AssignmentSelection own;
    own.kind = AssignmentSelection::Kind::Companies;
    own.companyIds = {team.company.value(QStringLiteral("meeting")), team.company.value(QStringLiteral("deal"))};
    const AssignmentPlan again = assignment.plan(own, {team.closerId});
    CHECK(again.shares.at(0).adds == Workload{});
    CHECK(capacity.overLimitAfter(again).isEmpty());
    // Applied anyway (the head said yes): the load now is over, and says so.
    assignment.apply(toCloser2);
    CHECK(Capacity::beyondLimits(*UserRepository(team.base.context()).find(closer2), capacity.load(closer2),
                                 capacity.limits())
          == QStringList{QStringLiteral("Дмитрий Сделкин leads 2 small or medium companies; the limit is 1.")});
}
