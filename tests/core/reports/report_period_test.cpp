#include "reports/ReportPeriod.h"
#include "support/CatchQt.h"

#include <catch2/catch.hpp>

namespace voronka::test {

TEST_CASE("A month is its local midnights, whatever the offset that day", "[reports]")
{
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    // Summer time ends on 25 October 2026: the month starts at +02:00 and ends at +01:00.
    const ReportPeriod october = ReportPeriod::month(QDate(2026, 10, 17), berlin);
    CHECK(october.first() == QDate(2026, 10, 1));
    CHECK(october.last() == QDate(2026, 10, 31));
    CHECK(october.startUtc() == QDateTime(QDate(2026, 9, 30), QTime(22, 0), Qt::UTC));
    CHECK(october.endUtc() == QDateTime(QDate(2026, 10, 31), QTime(23, 0), Qt::UTC));
    CHECK(october.startUtc().secsTo(october.endUtc()) == (31 * 24 + 1) * 3600);
    CHECK(october.contains(QDateTime(QDate(2026, 10, 31), QTime(22, 30), Qt::UTC))); // 23:30 on the last day
    CHECK_FALSE(october.contains(QDateTime(QDate(2026, 10, 31), QTime(23, 30), Qt::UTC))); // 00:30 on 1 November

    const ReportPeriod march = ReportPeriod::month(QDate(2026, 3, 2), berlin); // summer time starts on the 29th
    CHECK(march.startUtc().secsTo(march.endUtc()) == (31 * 24 - 1) * 3600);
}

TEST_CASE("The previous period is the month before, or as many days before", "[reports]")
{
    const QTimeZone moscow(QByteArrayLiteral("Europe/Moscow"));
    CHECK(ReportPeriod::month(QDate(2026, 3, 10), moscow).previous() == ReportPeriod::month(QDate(2026, 2, 1), moscow));
    const ReportPeriod quarter(QDate(2026, 4, 1), QDate(2026, 6, 30), moscow);
    CHECK(quarter.previous() == ReportPeriod(QDate(2026, 1, 1), QDate(2026, 3, 31), moscow));
    const ReportPeriod days(QDate(2026, 11, 10), QDate(2026, 11, 16), moscow);
    CHECK(days.previous() == ReportPeriod(QDate(2026, 11, 3), QDate(2026, 11, 9), moscow));
    CHECK(days.days() == 7);
    CHECK_FALSE(ReportPeriod(QDate(2026, 11, 16), QDate(2026, 11, 10), moscow).isValid());
    CHECK_FALSE(ReportPeriod().isValid());
}

} // namespace voronka::test
