#include "ReportScenario.h"
#include "reports/FunnelCalculator.h"
#include "reports/PlanEditor.h"
#include "reports/PlanReport.h"

namespace voronka::test {

namespace {

CalculatorAssumptions typical()
{
    CalculatorAssumptions assumptions;
    assumptions.bookedPerContact = 0.05;
    assumptions.callsPerBooked = 20;
    assumptions.heldPerBooked = 0.8;
    assumptions.offersPerHeld = 0.5;
    assumptions.contractsPerOffer = 0.25;
    assumptions.averageDealKopecks = 10000000; // 100,000 roubles
    assumptions.contactsPerCollector = 600;
    assumptions.bookedPerCaller = 25;
    assumptions.heldPerCloser = 15;
    return assumptions;
}

} // namespace

TEST_CASE("The calculator walks a contract target back to the contacts and the people it takes", "[reports]")
{
    const CalculatorResult ten = FunnelCalculator::forContracts(10, typical());
    CHECK(ten.offers == 40);
    CHECK(ten.meetingsHeld == 80);
    CHECK(ten.meetingsBooked == 100);
    CHECK(ten.contacts == 2000);
    CHECK(ten.calls == 2000);
    CHECK(ten.revenueKopecks == 100000000);
    CHECK(ten.collectors == 4); // 2000 / 600, rounded up
    CHECK(ten.callers == 4);
    CHECK(ten.closers == 6); // 80 / 15
    CHECK(ten.brokenAt.isEmpty());

    // Doubling the output doubles every volume.
    const CalculatorResult twenty = FunnelCalculator::forContracts(20, typical());
    CHECK(twenty.contacts == 2 * ten.contacts);
    CHECK(twenty.callers == 8);

    // "What if meeting → contract rises": a better offer rate needs fewer meetings.
    CalculatorAssumptions better = typical();
    better.contractsPerOffer = 0.5;
    CHECK(FunnelCalculator::forContracts(10, better).meetingsHeld == 40);

    // A revenue target: 1,000,000 roubles at 100,000 a deal is 10 contracts; a kopeck more is 11.
    CHECK(FunnelCalculator::forRevenue(100000000, typical()).contracts == 10);
    CHECK(FunnelCalculator::forRevenue(100000001, typical()).contracts == 11);
}

TEST_CASE("A zero rate or throughput says where the chain breaks instead of dividing by zero", "[reports]")
{
    CalculatorAssumptions broken = typical();
    broken.heldPerBooked = 0;
    broken.bookedPerCaller = 0;
    const CalculatorResult result = FunnelCalculator::forContracts(10, broken);
    CHECK(result.meetingsHeld == 80);
    CHECK(result.meetingsBooked == 0);
    CHECK_FALSE(result.brokenAt.isEmpty());
    CHECK_FALSE(result.callers.has_value());

    CalculatorAssumptions noDeals = typical();
    noDeals.averageDealKopecks = 0;
    CHECK_FALSE(FunnelCalculator::forRevenue(100000000, noDeals).brokenAt.isEmpty());
    CHECK(FunnelCalculator::forContracts(0, typical()).contacts == 0);
}

TEST_CASE("The calculator measures November and its result becomes December's plans", "[reports]")
{
    ReportScenario scenario;
    const FunnelCalculator calculator(scenario.base.context());
    const CalculatorAssumptions measured = calculator.measure(ReportScenario::november());
    // November: 8 contacts collected (4 by the collector, 4 made by the head), 8 calls, 2 meetings booked and 2 held,
    // 3 offers, 3 contracts of 200,000, 100,000 and 30,000 kopecks.
    CHECK(measured.bookedPerContact == Approx(0.25));
    CHECK(measured.callsPerBooked == Approx(4.0));
    CHECK(measured.heldPerBooked == Approx(1.0));
    CHECK(measured.offersPerHeld == Approx(1.5));
    CHECK(measured.contractsPerOffer == Approx(1.0));
    CHECK(measured.averageDealKopecks == 110000);
    CHECK(measured.heldPerCloser == Approx(2.0 * 30.44 / 30.0));
    CHECK(measured.bookedPerCaller == Approx(1.0 * 30.44 / 30.0)); // two callers worked in November

    const TeamSize team = calculator.teamNow();
    CHECK(team.callers == 1); // the second caller left
    CHECK(team.closers == 1);
    CHECK(team.collectors == 1);

    const CalculatorResult result = FunnelCalculator::forContracts(6, measured);
    PlanEditor(scenario.base.context()).setPlans(calculator.plansFor(result, QStringLiteral("2026-12")));
    const QList<PersonPlan> december = PlanReport(scenario.base.context())
                                           .compute(ReportPeriod::month(QDate(2026, 12, 1), ReportScenario::moscow()),
                                                    ReportSlice::person(scenario.closerId));
    REQUIRE(december.size() == 1);
    QHash<QString, qint64> closer;
    for (const PlanLine &line : december.front().lines) {
        if (line.ownPlan)
            closer.insert(line.metric, line.plan);
    }
    CHECK(closer.value(QStringLiteral("contracts")) == 6);
    CHECK(closer.value(QStringLiteral("offers")) == 6);
    CHECK(closer.value(QStringLiteral("meetings_held")) == 4); // 6 offers at 1.5 per meeting
}

} // namespace voronka::test
