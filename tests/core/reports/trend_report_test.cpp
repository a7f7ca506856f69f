#include "ReportScenario.h"
#include "reports/ActivityReport.h"
#include "reports/FunnelReport.h"
#include "reports/ReportError.h"
#include "reports/TrendReport.h"
#include "storage/SqlStatement.h"

namespace voronka::test {

namespace {

TrendCounts total(const QList<WeekTrend> &weeks)
{
    TrendCounts sum;
    for (const WeekTrend &week : weeks) {
        sum.calls += week.counts.calls;
        sum.conversations += week.counts.conversations;
        sum.meetingsHeld += week.counts.meetingsHeld;
        sum.contracts += week.counts.contracts;
        sum.firstPayments += week.counts.firstPayments;
    }
    return sum;
}

TrendCounts activityTotal(const QList<PersonActuals> &lines)
{
    TrendCounts sum;
    for (const PersonActuals &line : lines) {
        sum.calls += line.work.calls;
        sum.conversations += line.work.conversations;
        sum.meetingsHeld += line.work.meetingsHeld;
        sum.contracts += line.work.contracts;
    }
    return sum;
}

} // namespace

TEST_CASE("A period's weeks start on Monday and the first and last are cut to the period", "[reports][trends]")
{
    const QList<ReportPeriod> weeks = TrendReport::weeks(ReportScenario::november());
    // 1 November 2026 is a Sunday, 30 November a Monday.
    QStringList days;
    for (const ReportPeriod &week : weeks)
        days.append(week.first().toString(Qt::ISODate) + QLatin1Char('/') + week.last().toString(Qt::ISODate));
    CHECK(days
          == QStringList{QStringLiteral("2026-11-01/2026-11-01"), QStringLiteral("2026-11-02/2026-11-08"),
                         QStringLiteral("2026-11-09/2026-11-15"), QStringLiteral("2026-11-16/2026-11-22"),
                         QStringLiteral("2026-11-23/2026-11-29"), QStringLiteral("2026-11-30/2026-11-30")});
    CHECK(weeks.first().startUtc() == QDateTime(QDate(2026, 10, 31), QTime(21, 0), QTimeZone::utc()));
    CHECK(weeks.last().endUtc() == QDateTime(QDate(2026, 11, 30), QTime(21, 0), QTimeZone::utc()));

    const ReportPeriod oneWeek(QDate(2026, 11, 4), QDate(2026, 11, 10), ReportScenario::moscow());
    CHECK(TrendReport::weeks(oneWeek).size() == 2); // Wednesday to Sunday, then Monday and Tuesday
    CHECK(TrendReport::weeks(ReportPeriod(QDate(2026, 11, 3), QDate(2026, 11, 1), ReportScenario::moscow())).isEmpty());
}

TEST_CASE("November's weeks count the calls, meetings, contracts and first payments of each week", "[reports][trends]")
{
    ReportScenario scenario;
    const QList<WeekTrend> weeks
        = TrendReport(scenario.base.context()).compute(ReportScenario::november(), ReportSlice::everyone());
    REQUIRE(weeks.size() == 6);
    QList<qint64> calls, conversations, held, contracts, firstPayments;
    for (const WeekTrend &week : weeks) {
        calls.append(week.counts.calls);
        conversations.append(week.counts.conversations);
        held.append(week.counts.meetingsHeld);
        contracts.append(week.counts.contracts);
        firstPayments.append(week.counts.firstPayments);
    }
    // 1 Nov 00:00 Moscow (busy); 3-5 Nov five calls, three of them reaching; the second caller's on the 10th; 30 Nov
    // 23:30 Moscow a meeting booked (00:30 on 1 December is out).
    CHECK(calls == QList<qint64>{1, 5, 1, 0, 0, 1});
    CHECK(conversations == QList<qint64>{0, 3, 1, 0, 0, 1});
    CHECK(held == QList<qint64>{0, 2, 0, 0, 0, 0}); // 5 and 7 November; the 8th's was moved
    CHECK(contracts == QList<qint64>{0, 0, 2, 0, 1, 0}); // A and D on the 14th, Z's repeat deal on the 24th
    CHECK(firstPayments == QList<qint64>{0, 0, 0, 1, 0, 0}); // A on the 20th; Z paid first in October

    // The weeks add up to the activity report's and the funnel's figures of the month.
    const TrendCounts month = total(weeks);
    TrendCounts expected
        = activityTotal(ActivityReport(scenario.base.context()).compute(ReportScenario::november(), {}));
    expected.firstPayments = FunnelReport(scenario.base.context())
                                 .compute(ReportScenario::november(), FunnelView::Period, {})
                                 .firstPayments();
    CHECK(month == expected);
}

TEST_CASE("The weeks of a person or of a region count theirs only", "[reports][trends]")
{
    ReportScenario scenario;
    const TrendReport report(scenario.base.context());
    for (const qint64 person : {scenario.callerId, scenario.closerId, scenario.secondCallerId}) {
        INFO(person);
        const ReportSlice slice = ReportSlice::person(person);
        TrendCounts expected
            = activityTotal(ActivityReport(scenario.base.context()).compute(ReportScenario::november(), slice));
        expected.firstPayments = FunnelReport(scenario.base.context())
                                     .compute(ReportScenario::november(), FunnelView::Period, slice)
                                     .firstPayments();
        CHECK(total(report.compute(ReportScenario::november(), slice)) == expected);
    }
    CHECK(total(report.compute(ReportScenario::november(), ReportSlice::person(scenario.closerId))).contracts == 3);

    // Z alone in the North: its repeat contract on the 24th, nothing else in November (every call was A's).
    SqlStatement::run(scenario.base.db().connection(), QStringLiteral("UPDATE companies SET region = ? WHERE id = ?"),
                      {QStringLiteral("North"), scenario.companies.value(QStringLiteral("Z"))});
    const QList<WeekTrend> north
        = report.compute(ReportScenario::november(), ReportSlice::region(QStringLiteral("North")));
    TrendCounts onlyContract;
    onlyContract.contracts = 1;
    CHECK(total(north) == onlyContract);
    CHECK(north.at(4).counts.contracts == 1);

    User caller;
    caller.id = scenario.callerId;
    caller.role = UserRole::Caller;
    scenario.base.db().setViewer(Viewer::of(caller, false));
    CHECK_THROWS_AS(report.compute(ReportScenario::november(), ReportSlice::everyone()), ReportError);
    CHECK(total(report.compute(ReportScenario::november(), ReportSlice::person(scenario.callerId))).calls == 7);
    CHECK_THROWS_AS(report.compute(ReportPeriod(QDate(2026, 11, 3), QDate(2026, 11, 1), ReportScenario::moscow()),
                                   ReportSlice::person(scenario.callerId)),
                    ReportError);
}

TEST_CASE("The weeks still to come are left out, not counted as empty", "[reports][trends]")
{
    ReportScenario scenario;
    const TrendReport report(scenario.base.context());
    // Thursday 12 November, 23:30 in Moscow: the week of the 9th is the last one.
    const auto at = [&scenario](int day, int hour, int minute) {
        scenario.base.clock().set(QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::utc()));
    };
    at(12, 20, 30);
    QList<WeekTrend> weeks = report.compute(ReportScenario::november(), ReportSlice::everyone());
    REQUIRE(weeks.size() == 3);
    CHECK(weeks.last().first == QDate(2026, 11, 9));
    CHECK(weeks.last().last == QDate(2026, 11, 15));
    CHECK(weeks.at(1).counts.calls == 5);
    // Sunday the 15th, 23:59 in Moscow (20:59 UTC): still three; a minute later Monday the 16th begins a fourth.
    at(15, 20, 59);
    CHECK(report.compute(ReportScenario::november(), ReportSlice::everyone()).size() == 3);
    at(15, 21, 0);
    CHECK(report.compute(ReportScenario::november(), ReportSlice::everyone()).size() == 4);
    // A month still to come has no week yet.
    CHECK(report
              .compute(ReportPeriod(QDate(2027, 1, 1), QDate(2027, 1, 31), ReportScenario::moscow()),
                       ReportSlice::everyone())
              .isEmpty());
}

} // namespace voronka::test
