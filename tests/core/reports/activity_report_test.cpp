#include "ReportScenario.h"
#include "reports/ActivityReport.h"
#include "reports/ReportError.h"

namespace voronka::test {

namespace {

PersonActivity workOf(const QList<PersonActuals> &lines, qint64 userId)
{
    for (const PersonActuals &line : lines) {
        if (line.person.id == userId)
            return line.work;
    }
    FAIL("no line for the person");
    return {};
}

} // namespace

TEST_CASE("Each person's November in Moscow time, the edges of the month included", "[reports]")
{
    ReportScenario scenario;
    const QList<PersonActuals> lines
        = ActivityReport(scenario.base.context()).compute(ReportScenario::november(), ReportSlice::everyone());

    // 1 Nov 00:00 and 30 Nov 23:30 Moscow time are in; 31 Oct 23:59 and 1 Dec 00:30 are not.
    PersonActivity caller;
    caller.calls = 7;
    caller.conversations = 4; // refused, not now and two meetings booked
    caller.meetingsBooked = 2;
    caller.bookedMeetingsHeld = 2; // the closer held the meetings of A on 5 and 7 November, booked by the caller
    CHECK(workOf(lines, scenario.callerId) == caller);

    PersonActivity closer;
    closer.meetingsHeld = 2; // a moved meeting was not held
    closer.offers = 3; // A, D and Z's repeat deal
    closer.contracts = 3;
    closer.firstPayments = 1; // A; Z became a client in October, D in December
    closer.paymentsKopecks = 50000 + 150000 + 30000; // A's two parts and Z's repeat deal; not D's December payments
    CHECK(workOf(lines, scenario.closerId) == closer);

    PersonActivity collector;
    collector.collectedContacts = 4;
    collector.confirmedContacts = 2;
    CHECK(workOf(lines, scenario.collectorId) == collector);

    // Deactivated on 15 November after a call on the 10th: still on November's report.
    PersonActivity second;
    second.calls = 1;
    second.conversations = 1;
    CHECK(workOf(lines, scenario.secondCallerId) == second);
}

TEST_CASE("A deactivated person with nothing in the period is not on the report", "[reports]")
{
    ReportScenario scenario;
    const QList<PersonActuals> october
        = ActivityReport(scenario.base.context()).compute(ReportScenario::october(), ReportSlice::everyone());
    for (const PersonActuals &line : october)
        CHECK(line.person.id != scenario.secondCallerId);
    CHECK(workOf(october, scenario.callerId).calls == 1); // 31 Oct 23:59 Moscow time
    CHECK(workOf(october, scenario.closerId).firstPayments == 1); // Z
    CHECK(workOf(october, scenario.closerId).paymentsKopecks == 500000);
}

TEST_CASE("A caller's activity report has their own line only", "[reports]")
{
    ReportScenario scenario;
    User caller;
    caller.id = scenario.callerId;
    caller.role = UserRole::Caller;
    scenario.base.db().setViewer(Viewer::of(caller, false));
    const ActivityReport report(scenario.base.context());
    CHECK_THROWS_AS(report.compute(ReportScenario::november(), ReportSlice::everyone()), ReportError);
    const QList<PersonActuals> own = report.compute(ReportScenario::november(), ReportSlice::person(scenario.callerId));
    REQUIRE(own.size() == 1);
    CHECK(own.front().work.calls == 7);
    CHECK_THROWS_AS(report.compute(ReportScenario::november(), ReportSlice::region(QStringLiteral("Москва"))),
                    ReportError);
}

} // namespace voronka::test
