#include "ReportScenario.h"
#include "reports/PayrollReport.h"
#include "reports/ReportError.h"
#include "storage/SqlStatement.h"

namespace voronka::test {

namespace {

// "kind count base amount" per line of a person, in the statement's order.
QStringList linesOf(const PayrollStatement &statement, qint64 userId)
{
    QStringList lines;
    for (const PayrollLine &line : statement.lines) {
        if (line.userId == userId)
            lines.append(QStringLiteral("%1 %2 %3 %4")
                             .arg(line.kind)
                             .arg(line.count)
                             .arg(line.baseKopecks)
                             .arg(line.amountKopecks)
                         + (line.correctsMonth.isEmpty()
                                ? QString()
                                : QStringLiteral(" for %1 %2").arg(line.correctsMonth, line.correctsKind)));
    }
    return lines;
}

ReportPeriod month(int year, int number)
{
    return ReportPeriod::month(QDate(year, number, 1), ReportScenario::moscow());
}

} // namespace

TEST_CASE("November's pay, worked out by hand from the story and the default rates", "[reports]")
{
    ReportScenario scenario;
    const PayrollStatement november = PayrollReport(scenario.base.context()).compute(ReportScenario::november());
    CHECK_FALSE(november.closed);
    // C and D confirmed on 10 November at 50 roubles.
    CHECK(linesOf(november, scenario.collectorId) == QStringList{QStringLiteral("confirmed_contacts 2 5000 10000")});
    // The two meetings of A the caller booked and the closer held, at 2,000 roubles; no team bonus (2 of the norm's
    // 20).
    CHECK(linesOf(november, scenario.callerId) == QStringList{QStringLiteral("meetings_held 2 200000 400000")});
    // A became a client in November: 10% of its two payments (no margin on the deal: the whole payment); Z, brought in
    // October, paid 300 roubles again: 2%. Three contracts of the norm's six: no plan bonus.
    CHECK(linesOf(november, scenario.closerId)
          == QStringList{QStringLiteral("fixed 1 3000000 3000000"), QStringLiteral("new_clients_margin 2 200000 20000"),
                         QStringLiteral("earlier_clients 1 30000 600")});
    CHECK(november.total(scenario.closerId) == 3020600);
    // Below the break-even: the fixed part only.
    CHECK(linesOf(november, scenario.accountManagerId) == QStringList{QStringLiteral("fixed 1 4000000 4000000")});
    CHECK(linesOf(november, scenario.secondCallerId).isEmpty()); // one call, no meeting held, and gone
    for (const PayrollLine &line : november.lines) {
        if (line.kind == QLatin1String("new_clients_margin"))
            CHECK(line.companyIds
                  == QList<qint64>{scenario.companies.value(QStringLiteral("A")),
                                   scenario.companies.value(QStringLiteral("A"))});
    }
}

TEST_CASE("A rate changed in the middle of the month pays each event at the rate of its time", "[reports]")
{
    ReportScenario scenario;
    PayrollReport payroll(scenario.base.context());
    // From 25 November the new clients' share is 20%: A's payment of the 20th stays at 10%, the one of the 30th is 20%.
    payroll.setRate(QStringLiteral("closer_new_clients_margin_percent"), 2000,
                    QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC));
    // The confirmation rate changes at the very millisecond C and D were confirmed: the new one applies.
    payroll.setRate(QStringLiteral("collector_per_confirmed_contact"), 8000,
                    QDateTime(QDate(2026, 11, 10), QTime(10, 0), Qt::UTC));
    const PayrollStatement november = payroll.compute(ReportScenario::november());
    CHECK(linesOf(november, scenario.closerId).contains(QStringLiteral("new_clients_margin 2 200000 35000")));
    CHECK(linesOf(november, scenario.collectorId) == QStringList{QStringLiteral("confirmed_contacts 2 8000 16000")});

    payroll.setRate(QStringLiteral("collector_per_confirmed_contact"), 9000,
                    QDateTime(QDate(2026, 11, 10), QTime(10, 0, 0, 1), Qt::UTC));
    CHECK(linesOf(payroll.compute(ReportScenario::november()), scenario.collectorId)
          == QStringList{QStringLiteral("confirmed_contacts 2 8000 16000")});

    CHECK_THROWS_AS(payroll.setRate(QStringLiteral("coffee"), 1, QDateTime::currentDateTimeUtc()), ReportError);
    CHECK_THROWS_AS(payroll.setRate(QStringLiteral("closer_fixed"), -1, QDateTime::currentDateTimeUtc()), ReportError);
}

TEST_CASE("A closed month does not change, and a later difference is a correction line next month, once", "[reports]")
{
    ReportScenario scenario;
    PayrollReport payroll(scenario.base.context());
    CHECK_THROWS_AS(payroll.close(month(2026, 12)), ReportError); // December is not over on 5 December
    const PayrollStatement closed = payroll.close(ReportScenario::november());
    CHECK(closed.closed);
    CHECK_THROWS_AS(payroll.close(ReportScenario::november()), ReportError);

    // A contact collected by the collector is confirmed with a November date after the month was closed.
    SqlStatement::run(scenario.base.db().connection(),
                      QStringLiteral("UPDATE companies SET collected_by = ?, confirmed_at = ? WHERE id = ?"),
                      {scenario.collectorId, QStringLiteral("2026-11-20T10:00:00.000Z"),
                       scenario.companies.value(QStringLiteral("F"))});
    const PayrollStatement november = payroll.compute(ReportScenario::november());
    CHECK(november.closed);
    CHECK(linesOf(november, scenario.collectorId) == QStringList{QStringLiteral("confirmed_contacts 2 5000 10000")});

    const PayrollStatement december = payroll.compute(month(2026, 12));
    CHECK(linesOf(december, scenario.collectorId)
          == QStringList{QStringLiteral("correction 0 0 5000 for 2026-11 confirmed_contacts")});

    // Once December is closed with the correction, January does not repeat it.
    scenario.base.clock().set(QDateTime(QDate(2027, 1, 2), QTime(9, 0), Qt::UTC));
    payroll.close(month(2026, 12));
    CHECK(linesOf(payroll.compute(month(2027, 1)), scenario.collectorId).isEmpty());
}

TEST_CASE("A person sees their own pay only, and only the head closes a month", "[reports]")
{
    ReportScenario scenario;
    User caller;
    caller.id = scenario.callerId;
    caller.role = UserRole::Caller;
    scenario.base.db().setViewer(Viewer::of(caller, false));
    PayrollReport payroll(scenario.base.contextAs(scenario.callerId));
    const PayrollStatement own = payroll.compute(ReportScenario::november());
    REQUIRE_FALSE(own.lines.isEmpty());
    for (const PayrollLine &line : own.lines)
        CHECK(line.userId == scenario.callerId);
    CHECK_THROWS_AS(payroll.close(ReportScenario::november()), ReportError);
    CHECK_THROWS_AS(payroll.setRate(QStringLiteral("caller_per_meeting_held"), 1, QDateTime::currentDateTimeUtc()),
                    ReportError);
    CHECK_THROWS_AS(payroll.compute(ReportPeriod(QDate(2026, 11, 1), QDate(2026, 11, 20), ReportScenario::moscow())),
                    ReportError);
}

} // namespace voronka::test
