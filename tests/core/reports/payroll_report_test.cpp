#include "ReportScenario.h"
#include "reports/PayrollRecords.h"
#include "reports/PayrollReport.h"
#include "reports/PlanEditor.h"
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

// The statement's line of this person and kind; the test stops when there is none.
PayrollLine lineOf(const PayrollStatement &statement, qint64 userId, const QString &kind)
{
    for (const PayrollLine &line : statement.lines) {
        if (line.userId == userId && line.kind == kind)
            return line;
    }
    FAIL("no line " << kind.toStdString() << " of person " << userId);
    return {};
}

// "company name" or "company name, day, amount" per record.
QStringList recordsOf(const PayrollLineRecords &behind)
{
    QStringList records;
    for (const PayrollRecord &record : behind.records)
        records.append(record.paymentId == 0 ? record.companyName
                                             : QStringLiteral("%1, %2, %3")
                                                   .arg(record.companyName, record.paidOn.toString(Qt::ISODate))
                                                   .arg(record.amountKopecks));
    return records;
}

// The scenario's November plans met: the only active caller's 2 booked meetings held, the closer's 3 contracts.
void lowerNormsToNovember(ReportScenario &scenario)
{
    PlanEditor(scenario.base.context())
        .setNorms({{UserRole::Caller, QStringLiteral("booked_meetings_held"), 2},
                   {UserRole::Closer, QStringLiteral("contracts"), 3}});
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

namespace voronka::test {

TEST_CASE("A plan bonus is money in base_kopecks and the figure that met the plan in count", "[reports]")
{
    ReportScenario scenario;
    lowerNormsToNovember(scenario);
    const PayrollStatement november = PayrollReport(scenario.base.context()).compute(ReportScenario::november());
    // The callers' 2 meetings held of the plan's 2: the department's bonus of 10,000 roubles.
    CHECK(linesOf(november, scenario.callerId)
          == QStringList{QStringLiteral("meetings_held 2 200000 400000"),
                         QStringLiteral("team_bonus 2 1000000 1000000")});
    // The closer's 3 contracts of the plan's 3: 15,000 roubles.
    CHECK(linesOf(november, scenario.closerId).contains(QStringLiteral("plan_bonus 3 1500000 1500000")));
}

TEST_CASE("Rates set together are all checked before any is written", "[reports]")
{
    ReportScenario scenario;
    PayrollReport payroll(scenario.base.context());
    const QDateTime december(QDate(2026, 12, 1), QTime(0, 0), ReportScenario::moscow());
    try {
        payroll.setRates(
            {{QStringLiteral("collector_per_confirmed_contact"), 7000}, {QStringLiteral("closer_fixed"), -100}},
            december);
        FAIL("a negative rate was taken");
    } catch (const ReportError &error) {
        CHECK(error.message() == QStringLiteral("A pay rate cannot be below zero (Closer: fixed part)."));
    }
    const QDateTime later(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);
    CHECK(payroll.rates().at(QStringLiteral("collector_per_confirmed_contact"), later) == 5000);

    payroll.setRates({{QStringLiteral("collector_per_confirmed_contact"), 7000},
                      {QStringLiteral("closer_new_clients_margin_percent"), 1250}},
                     december);
    CHECK(payroll.rates().at(QStringLiteral("collector_per_confirmed_contact"), later) == 7000);
    CHECK(payroll.rates().at(QStringLiteral("closer_new_clients_margin_percent"), later) == 1250);
    // November's events keep the old rates.
    CHECK(payroll.rates().at(QStringLiteral("collector_per_confirmed_contact"), december.addMSecs(-1)) == 5000);

    // As the head types them: roubles and percent, not kopecks and hundredths.
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    CHECK(PayRates::parse(QStringLiteral("closer_fixed"), QStringLiteral("30 000,50"), russian) == 3000050);
    CHECK(PayRates::parse(QStringLiteral("closer_fixed"), QStringLiteral("30000 ₽"), russian) == 3000000);
    CHECK(PayRates::parse(QStringLiteral("closer_new_clients_margin_percent"), QStringLiteral("12,5 %"), russian)
          == 1250);
    CHECK(PayRates::parse(QStringLiteral("closer_fixed"), QStringLiteral("-3"), russian) == -300);
    CHECK_FALSE(PayRates::parse(QStringLiteral("closer_fixed"), QStringLiteral("тридцать"), russian));
    CHECK_FALSE(PayRates::parse(QStringLiteral("closer_fixed"), QStringLiteral(""), russian));
    CHECK_FALSE(PayRates::parse(QStringLiteral("closer_earlier_clients_percent"), QStringLiteral("2 ₽"), russian));
    CHECK(PayRates::text(QStringLiteral("closer_new_clients_margin_percent"), 1250, russian)
          == QStringLiteral("12,5 %"));
    CHECK(PayRates::text(QStringLiteral("closer_earlier_clients_percent"), 200, russian) == QStringLiteral("2 %"));
    CHECK(PayRates::parse(QStringLiteral("closer_fixed"),
                          PayRates::text(QStringLiteral("closer_fixed"), 3000000, russian), russian)
          == 3000000);
}

TEST_CASE("A rate changed from a day of a closed month leaves the month as paid and corrects it next month",
          "[reports]")
{
    ReportScenario scenario;
    PayrollReport payroll(scenario.base.context());
    const QDateTime firstOfNovember(QDate(2026, 11, 1), QTime(0, 0), ReportScenario::moscow());
    const QDateTime firstOfDecember(QDate(2026, 12, 1), QTime(0, 0), ReportScenario::moscow());
    CHECK(payroll.closedMonthsFrom(firstOfNovember, ReportScenario::moscow()).isEmpty());
    payroll.close(ReportScenario::november());
    CHECK(payroll.closedMonths() == QStringList{QStringLiteral("2026-11")});
    CHECK(payroll.closedMonthsFrom(firstOfNovember, ReportScenario::moscow())
          == QStringList{QStringLiteral("2026-11")});
    CHECK(payroll.closedMonthsFrom(firstOfDecember.addSecs(-1), ReportScenario::moscow())
          == QStringList{QStringLiteral("2026-11")});
    CHECK(payroll.closedMonthsFrom(firstOfDecember, ReportScenario::moscow()).isEmpty());

    // 80 roubles a contact from 1 November: November stays as paid, December pays the difference for C and D.
    payroll.setRate(QStringLiteral("collector_per_confirmed_contact"), 8000, firstOfNovember);
    CHECK(linesOf(payroll.compute(ReportScenario::november()), scenario.collectorId)
          == QStringList{QStringLiteral("confirmed_contacts 2 5000 10000")});
    CHECK(linesOf(payroll.compute(month(2026, 12)), scenario.collectorId)
          == QStringList{QStringLiteral("correction 0 0 6000 for 2026-11 confirmed_contacts")});
}

TEST_CASE("A norm lowered after a month was closed corrects the bonuses it now earned next month", "[reports]")
{
    ReportScenario scenario;
    PayrollReport payroll(scenario.base.context());
    payroll.close(ReportScenario::november());
    lowerNormsToNovember(scenario);
    CHECK(linesOf(payroll.compute(ReportScenario::november()), scenario.callerId)
          == QStringList{QStringLiteral("meetings_held 2 200000 400000")});
    const PayrollStatement december = payroll.compute(month(2026, 12));
    CHECK(
        linesOf(december, scenario.callerId).contains(QStringLiteral("correction 0 0 1000000 for 2026-11 team_bonus")));
    CHECK(
        linesOf(december, scenario.closerId).contains(QStringLiteral("correction 0 0 1500000 for 2026-11 plan_bonus")));
}

TEST_CASE("Every record behind a pay line, kept with an open month's line and found again for a closed one",
          "[reports]")
{
    ReportScenario scenario;
    PayrollReport payroll(scenario.base.context());
    const PayrollRecords records(scenario.base.context());
    const PayrollStatement open = payroll.compute(ReportScenario::november());
    const PayrollLine margin = lineOf(open, scenario.closerId, QStringLiteral("new_clients_margin"));
    const PayrollLineRecords payments = records.behind(ReportScenario::november(), margin);
    CHECK_FALSE(payments.foundAgain);
    CHECK(recordsOf(payments)
          == QStringList{QStringLiteral("Компания A, 2026-11-20, 50000"),
                         QStringLiteral("Компания A, 2026-11-30, 150000")});
    CHECK(payments.records.front().companyId == scenario.companies.value(QStringLiteral("A")));
    const PayrollLine confirmed = lineOf(open, scenario.collectorId, QStringLiteral("confirmed_contacts"));
    CHECK(recordsOf(records.behind(ReportScenario::november(), confirmed))
          == QStringList{QStringLiteral("Компания C"), QStringLiteral("Компания D")});
    CHECK(records.behind(ReportScenario::november(), lineOf(open, scenario.closerId, QStringLiteral("fixed")))
              .records.isEmpty());

    // Closed: the stored lines carry no records; they are found again, the same as counted.
    payroll.close(ReportScenario::november());
    const PayrollStatement closed = payroll.compute(ReportScenario::november());
    const PayrollLine storedConfirmed = lineOf(closed, scenario.collectorId, QStringLiteral("confirmed_contacts"));
    CHECK(storedConfirmed.companyIds.isEmpty());
    PayrollLineRecords found = records.behind(ReportScenario::november(), storedConfirmed);
    CHECK(found.foundAgain);
    CHECK(found.countNow == 2);
    CHECK_FALSE(found.differs(storedConfirmed));
    CHECK(recordsOf(found) == QStringList{QStringLiteral("Компания C"), QStringLiteral("Компания D")});
    CHECK(recordsOf(records.behind(ReportScenario::november(),
                                   lineOf(closed, scenario.closerId, QStringLiteral("new_clients_margin"))))
          == QStringList{QStringLiteral("Компания A, 2026-11-20, 50000"),
                         QStringLiteral("Компания A, 2026-11-30, 150000")});

    // F confirmed with a November date after the close: the history now gives three, the line says two.
    SqlStatement::run(scenario.base.db().connection(),
                      QStringLiteral("UPDATE companies SET collected_by = ?, confirmed_at = ? WHERE id = ?"),
                      {scenario.collectorId, QStringLiteral("2026-11-20T10:00:00.000Z"),
                       scenario.companies.value(QStringLiteral("F"))});
    found = records.behind(ReportScenario::november(), storedConfirmed);
    CHECK(found.countNow == 3);
    CHECK(found.differs(storedConfirmed));
    CHECK(recordsOf(found)
          == QStringList{QStringLiteral("Компания C"), QStringLiteral("Компания D"), QStringLiteral("Компания F")});

    // December's correction for it opens the records of the November line it corrects.
    const PayrollLine correction
        = lineOf(payroll.compute(month(2026, 12)), scenario.collectorId, QStringLiteral("correction"));
    const PayrollLineRecords corrected = records.behind(month(2026, 12), correction);
    CHECK(corrected.foundAgain);
    CHECK(recordsOf(corrected).size() == 3);
    CHECK_FALSE(corrected.differs(correction));

    // A caller finds nothing behind another person's line.
    User caller;
    caller.id = scenario.callerId;
    caller.role = UserRole::Caller;
    scenario.base.db().setViewer(Viewer::of(caller, false));
    CHECK(PayrollRecords(scenario.base.contextAs(scenario.callerId))
              .behind(ReportScenario::november(), storedConfirmed)
              .records.isEmpty());
}

} // namespace voronka::test
