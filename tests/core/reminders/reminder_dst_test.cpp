#include "FunnelFixture.h"
#include "reminders/ReminderService.h"
#include "storage/TaskRepository.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::FunnelFixture;

namespace {

// "Not now, call tomorrow" made at now (local time in zone) for the given day; returns the callback task's due
// time in that zone, after the reminder service raised it at its time.
QDateTime callbackRaisedAt(const QTimeZone &zone, const QDateTime &nowLocal, const QDate &day)
{
    FunnelFixture f;
    f.base.clock().set(nowLocal);
    CallOutcomeOptions options;
    options.timeZone = zone;
    CallOutcomes(f.asCaller(), options).notNow(f.companyId, 1, day);

    ReminderService service(f.asCaller());
    QList<Task> raised;
    QObject::connect(&service, &ReminderService::due, [&](const QList<Task> &tasks) { raised.append(tasks); });
    service.start();
    const QDateTime next = service.nextReminderAt();
    // A second before the time nothing is raised; at the time the callback is.
    f.base.clock().set(next.addSecs(-1));
    service.checkNow();
    CHECK(raised.isEmpty());
    f.base.clock().set(next);
    service.checkNow();
    REQUIRE(raised.size() == 1);
    return raised.at(0).dueAt.toTimeZone(zone);
}

} // namespace

TEST_CASE("A callback for tomorrow at 10:00 stays 10:00 local across a daylight-saving change", "[reminders][dst]")
{
    const QTimeZone berlin("Europe/Berlin");
    REQUIRE(berlin.isValid()); // tzdata is installed (packaging/debian/install-build-deps)

    SECTION("Berlin, the night clocks go forward (29 March 2026)")
    {
        const QDateTime raised
            = callbackRaisedAt(berlin, QDateTime(QDate(2026, 3, 28), QTime(18, 0), berlin), QDate(2026, 3, 29));
        CHECK(raised.time() == QTime(10, 0));
        CHECK(raised.toUTC() == QDateTime(QDate(2026, 3, 29), QTime(8, 0), QTimeZone::utc()));
    }
    SECTION("Berlin, the night clocks go back (25 October 2026)")
    {
        const QDateTime raised
            = callbackRaisedAt(berlin, QDateTime(QDate(2026, 10, 24), QTime(18, 0), berlin), QDate(2026, 10, 25));
        CHECK(raised.time() == QTime(10, 0));
        CHECK(raised.toUTC() == QDateTime(QDate(2026, 10, 25), QTime(9, 0), QTimeZone::utc()));
    }
    SECTION("Moscow keeps one offset all year")
    {
        const QTimeZone moscow("Europe/Moscow");
        REQUIRE(moscow.isValid());
        const QDateTime raised
            = callbackRaisedAt(moscow, QDateTime(QDate(2026, 3, 28), QTime(18, 0), moscow), QDate(2026, 3, 29));
        CHECK(raised.time() == QTime(10, 0));
        CHECK(raised.toUTC() == QDateTime(QDate(2026, 3, 29), QTime(7, 0), QTimeZone::utc()));
    }
}
