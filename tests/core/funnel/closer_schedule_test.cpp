#include "FunnelFixture.h"

#include "funnel/CloserSchedule.h"
#include "storage/ActivityRepository.h"
#include "storage/PhoneRepository.h"

using namespace voronka;
using namespace voronka::test;

namespace {
const QDate meetingDay(2026, 11, 26); // the clock starts 2026-11-25 09:00 UTC

MeetingBooking bookingAt(qint64 closerId, QTime time, const QString &place)
{
    MeetingBooking booking;
    booking.date = meetingDay;
    booking.time = time;
    booking.place = place;
    booking.closerId = closerId;
    return booking;
}
} // namespace

TEST_CASE("Meetings overlap when they start less than a meeting's length apart", "[funnel][schedule]")
{
    const QDateTime eleven(meetingDay, QTime(11, 0), Qt::UTC);
    CHECK(CloserSchedule::overlaps(eleven, eleven));
    CHECK(CloserSchedule::overlaps(eleven, eleven.addSecs(89 * 60)));
    CHECK(CloserSchedule::overlaps(eleven.addSecs(89 * 60), eleven));
    CHECK_FALSE(CloserSchedule::overlaps(eleven, eleven.addSecs(90 * 60)));
    CHECK_FALSE(CloserSchedule::overlaps(eleven, eleven.addSecs(-90 * 60)));
}

TEST_CASE("A closer's day lists their meetings of that day and finds the ones a new time collides with",
          "[funnel][schedule]")
{
    FunnelFixture f;
    const qint64 later = f.addCompany(QStringLiteral("Позже"));
    const qint64 nextDay = f.addCompany(QStringLiteral("Завтра"));
    CallOutcomes calls = f.callsAs(f.callerId);
    calls.meetingBooked(f.companyId, 1, bookingAt(f.closerId, QTime(11, 0), QStringLiteral("Воронеж")));
    calls.meetingBooked(later, 1, bookingAt(f.closerId, QTime(15, 0), QStringLiteral("Липецк")));
    MeetingBooking following = bookingAt(f.closerId, QTime(11, 0), QStringLiteral("Тамбов"));
    following.date = meetingDay.addDays(1);
    calls.meetingBooked(nextDay, 1, following);

    CloserSchedule schedule(f.asCaller());
    const QList<MeetingListRow> day = schedule.day(f.closerId, meetingDay, QTimeZone::utc());
    REQUIRE(day.size() == 2);
    CHECK(day.at(0).companyName == QStringLiteral("ООО «Ромашка»"));
    CHECK(day.at(0).place == QStringLiteral("Воронеж"));
    CHECK(day.at(1).companyName == QStringLiteral("Позже"));
    CHECK(schedule.day(f.closerId, meetingDay.addDays(2), QTimeZone::utc()).isEmpty());
    CHECK(schedule.day(f.accountManagerId, meetingDay, QTimeZone::utc()).isEmpty());

    const QList<MeetingListRow> clash = schedule.overlapping(f.closerId, QDateTime(meetingDay, QTime(11, 30), Qt::UTC));
    REQUIRE(clash.size() == 1);
    CHECK(clash.first().companyName == QStringLiteral("ООО «Ромашка»"));
    // The meeting being moved does not collide with itself.
    CHECK(schedule.overlapping(f.closerId, QDateTime(meetingDay, QTime(11, 30), Qt::UTC), clash.first().taskId)
              .isEmpty());
    CHECK(schedule.overlapping(f.closerId, QDateTime(meetingDay, QTime(13, 0), Qt::UTC)).isEmpty());
}

TEST_CASE("A closer booked twice at the same hour is refused unless a reason is given", "[funnel][schedule][calls]")
{
    FunnelFixture f;
    const qint64 krasnoyarsk = f.addCompany(QStringLiteral("Красноярский завод"));
    CallOutcomes calls = f.callsAs(f.callerId);
    calls.meetingBooked(f.companyId, 1, bookingAt(f.closerId, QTime(11, 0), QStringLiteral("Воронеж")));

    MeetingBooking second = bookingAt(f.closerId, QTime(11, 0), QStringLiteral("Красноярск"));
    try {
        calls.meetingBooked(krasnoyarsk, 1, second);
        FAIL("the closer was booked twice at 11:00");
    } catch (const FunnelError &error) {
        CHECK(error.kind() == FunnelError::Kind::DoubleBooked);
        CHECK(error.message().contains(QStringLiteral("11:00")));
        CHECK(error.message().contains(QStringLiteral("ООО «Ромашка»")));
    }
    CHECK(f.state(krasnoyarsk).stage == CompanyStage::Cold);
    CHECK(f.count(QStringLiteral("tasks WHERE company_id = ?"), {krasnoyarsk}) == 0);
    CHECK(f.count(QStringLiteral("activities WHERE company_id = ?"), {krasnoyarsk}) == 0);

    // With the reason typed, it is booked, and the reason is on record with the call.
    second.overlapReason = QStringLiteral("Воронеж перенесут, договорились");
    const CallResult booked = calls.meetingBooked(krasnoyarsk, 1, second);
    CHECK(booked.taskId != 0);
    CHECK(f.state(krasnoyarsk).stage == CompanyStage::Meeting);
    const QList<Activity> activities = ActivityRepository(f.base.context()).listForCompany(krasnoyarsk);
    bool noted = false;
    for (const Activity &activity : activities)
        noted = noted || activity.note.contains(QStringLiteral("Воронеж перенесут, договорились"));
    CHECK(noted);
}
