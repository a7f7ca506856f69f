#include "demo/DemoBase.h"
#include "storage/ActivityHourCounts.h"
#include "storage/ActivityHoursFill.h"
#include "storage/Database.h"
#include "storage/RowScan.h"
#include "storage/SqlStatement.h"
#include "support/FunnelSpanUpgrade.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::TestDatabase;

namespace {

constexpr StepPacing noPause{900, false};

qint64 scalar(Database &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return SqlStatement::scalar(db.connection(), sql, values).toLongLong();
}

void run(Database &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    SqlStatement::run(db.connection(), sql, values);
}

// The calls and meetings made by someone, counted from activities itself, by hour, person, kind and outcome.
const QString countedFromActivities = QStringLiteral(
    "SELECT substr(occurred_at, 1, 13) AS hour, user_id, kind, coalesce(outcome, '') AS outcome, count(*) AS n "
    "FROM activities WHERE kind IN ('call', 'meeting') AND user_id IS NOT NULL GROUP BY 1, 2, 3, 4");
const QString countedByTheHour = QStringLiteral(
    "SELECT hour, user_id, kind, outcome, sum(n) AS n FROM activity_hours GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0");

// How many (hour, person, kind, outcome) activity_hours counts otherwise than activities holds them.
qint64 hoursCountedWrong(Database &db)
{
    return scalar(db,
                  QStringLiteral("SELECT (SELECT count(*) FROM (%1) a LEFT JOIN (%2) h USING (hour, user_id, "
                                 "kind, outcome) WHERE h.n IS NOT a.n) + (SELECT count(*) FROM (%2) h LEFT JOIN "
                                 "(%1) a USING (hour, user_id, kind, outcome) WHERE a.n IS NULL)")
                      .arg(countedFromActivities, countedByTheHour));
}

qint64 callsAndMeetings(Database &db)
{
    return scalar(db,
                  QStringLiteral("SELECT count(*) FROM activities WHERE kind IN ('call', 'meeting') "
                                 "AND user_id IS NOT NULL"));
}

qint64 countedCalls(Database &db)
{
    return scalar(db, QStringLiteral("SELECT coalesce(sum(n), 0) FROM activity_hours"));
}

qint64 addCall(Database &db, qint64 companyId, qint64 userId, const QString &at, const QString &outcome)
{
    run(db,
        QStringLiteral("INSERT INTO activities (company_id, user_id, kind, occurred_at, outcome, created_at) "
                       "VALUES (?, ?, 'call', ?, ?, ?)"),
        {companyId, userId, at, outcome, at});
    return scalar(db, QStringLiteral("SELECT max(id) FROM activities"));
}

qint64 anyCompany(Database &db)
{
    // One with a region, for the region's reads.
    return scalar(db,
                  QStringLiteral("SELECT min(a.company_id) FROM activities a JOIN companies c "
                                 "ON c.id = a.company_id WHERE c.region IS NOT NULL"));
}

// What ActivityHourCounts reads for [start, end), added up by "person/kind/outcome".
QMap<QString, qint64> readCounts(Database &db, const QDateTime &start, const QDateTime &end, qint64 userId = 0,
                                 const QString &region = QString())
{
    QMap<QString, qint64> counts;
    FunnelFilter filter;
    filter.userId = userId;
    filter.region = region;
    ActivityHourCounts(db).read(start, end, filter, [&counts](const RowScan &row) {
        counts[QStringLiteral("%1/%2/%3")
                   .arg(row.integer(1))
                   .arg(QString::fromUtf8(row.text(0)), QString::fromUtf8(row.text(2)))]
            += row.integer(3);
    });
    counts.removeIf([](const auto &count) { return count.value() == 0; });
    return counts;
}

// The same from activities itself, for the test to compare against.
QMap<QString, qint64> countsOfActivities(Database &db, const QDateTime &start, const QDateTime &end, qint64 userId = 0,
                                         const QString &region = QString())
{
    SqlStatement select(
        db.connection(),
        QStringLiteral("SELECT user_id, kind, coalesce(outcome, ''), count(*) FROM activities a "
                       "WHERE kind IN ('call', 'meeting') AND user_id IS NOT NULL "
                       "AND occurred_at >= ? AND occurred_at < ? AND (? = 0 OR user_id = ?) "
                       "AND (coalesce(?, '') = '' OR (SELECT region FROM companies WHERE id = a.company_id) = ?) "
                       "GROUP BY 1, 2, 3"));
    select
        .bind({start.toUTC().toString(Qt::ISODateWithMs), end.toUTC().toString(Qt::ISODateWithMs), userId, userId,
               region, region})
        .exec();
    QMap<QString, qint64> counts;
    while (select.next())
        counts[QStringLiteral("%1/%2/%3")
                   .arg(select.value(0).toLongLong())
                   .arg(select.value(1).toString(), select.value(2).toString())]
            = select.value(3).toLongLong();
    return counts;
}

qint64 total(const QMap<QString, qint64> &counts)
{
    qint64 sum = 0;
    for (const qint64 n : counts)
        sum += n;
    return sum;
}

} // namespace

TEST_CASE("The calls counted by the hour follow every write to the calls", "[storage][activity_hours]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 60);
    Database &db = base.db();
    REQUIRE(callsAndMeetings(db) > 50);
    CHECK(ActivityHoursFill(db).isFinished()); // a new base counts from its first call
    CHECK(hoursCountedWrong(db) == 0);
    CHECK(countedCalls(db) == callsAndMeetings(db));

    const qint64 company = anyCompany(db);
    const qint64 call
        = addCall(db, company, 1, QStringLiteral("2026-03-02T09:15:00.000Z"), QStringLiteral("no_answer"));
    CHECK(scalar(db,
                 QStringLiteral("SELECT n FROM activity_hours WHERE hour = '2026-03-02T09' AND user_id = 1 "
                                "AND kind = 'call' AND outcome = 'no_answer'"))
          == 1);

    SECTION("its outcome, time, person and kind changed")
    {
        run(db, QStringLiteral("UPDATE activities SET outcome = 'meeting_booked' WHERE id = ?"), {call});
        run(db, QStringLiteral("UPDATE activities SET occurred_at = '2026-03-03T14:40:00.000Z' WHERE id = ?"), {call});
        run(db, QStringLiteral("UPDATE activities SET user_id = NULL WHERE id = ?"), {call});
        CHECK(countedCalls(db) == callsAndMeetings(db));
        run(db, QStringLiteral("UPDATE activities SET user_id = 1, kind = 'note' WHERE id = ?"), {call});
        CHECK(hoursCountedWrong(db) == 0);
        run(db, QStringLiteral("UPDATE activities SET kind = 'meeting', outcome = NULL WHERE id = ?"), {call});
        CHECK(scalar(db,
                     QStringLiteral("SELECT n FROM activity_hours WHERE hour = '2026-03-03T14' AND user_id = 1 "
                                    "AND kind = 'meeting' AND outcome = ''"))
              == 1);
    }
    SECTION("it and its company deleted")
    {
        run(db, QStringLiteral("DELETE FROM activities WHERE id = ?"), {call});
        CHECK(countedCalls(db) == callsAndMeetings(db));
        const qint64 before = countedCalls(db);
        const qint64 ofCompany = scalar(db,
                                        QStringLiteral("SELECT count(*) FROM activities WHERE company_id = ? "
                                                       "AND kind IN ('call', 'meeting') AND user_id IS NOT NULL"),
                                        {company});
        REQUIRE(ofCompany > 0);
        run(db, QStringLiteral("DELETE FROM companies WHERE id = ?"), {company}); // the calls go by the cascade
        CHECK(countedCalls(db) == before - ofCompany);
    }
    CHECK(hoursCountedWrong(db) == 0);
}

TEST_CASE("An upgraded base's calls are counted in steps, whatever happens to them between two",
          "[storage][activity_hours]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 60);
    Database &db = base.db();
    test::upgradeActivityHoursAsStep23(db);
    ActivityHoursFill fill(db, noPause, 5);
    REQUIRE_FALSE(fill.isFinished());
    REQUIRE(countedCalls(db) == 0);

    const qint64 first = scalar(db, QStringLiteral("SELECT min(id) FROM activities"));
    const qint64 last = scalar(db, QStringLiteral("SELECT max(id) FROM activities"));
    const qint64 company = anyCompany(db);
    REQUIRE_FALSE(fill.step(40));
    // Rows already counted and rows still to count: changed, deleted, the last one's id used again, a new one.
    const QString firstCall
        = QStringLiteral("SELECT min(id) FROM activities WHERE kind = 'call' AND user_id IS NOT NULL AND id %1");
    const qint64 counted = scalar(db, firstCall.arg(QStringLiteral("< ?")), {first + 40});
    const qint64 pending = scalar(db, firstCall.arg(QStringLiteral("> ?")), {first + 40});
    REQUIRE(counted > 0);
    REQUIRE(pending > counted);
    run(db,
        QStringLiteral(
            "UPDATE activities SET user_id = 1, outcome = 'meeting_booked', occurred_at = '2026-01-05T10:00:00.000Z' "
            "WHERE id IN (?, ?)"),
        {counted, pending});
    // The row to count, now in the counted row's hour, person, kind and outcome, deleted: nothing to take back.
    run(db, QStringLiteral("DELETE FROM activities WHERE id IN (?, ?, ?)"), {counted + 1, pending, pending + 1});
    run(db, QStringLiteral("DELETE FROM activities WHERE id = ?"), {last});
    CHECK(addCall(db, company, 1, QStringLiteral("2026-01-05T10:20:00.000Z"), QStringLiteral("no_answer")) == last);
    addCall(db, company, 1, QStringLiteral("2026-01-05T10:30:00.000Z"), QStringLiteral("meeting_booked"));
    CHECK_FALSE(fill.isFinished());

    CHECK(fill.run());
    CHECK(fill.isFinished());
    CHECK(hoursCountedWrong(db) == 0);
    CHECK(countedCalls(db) == callsAndMeetings(db));
    // Counted once only: a step run again after the last finds nothing left.
    CHECK(fill.step(5));
    CHECK(countedCalls(db) == callsAndMeetings(db));
}

TEST_CASE("A range's whole hours are read as counts and its broken ones from the calls", "[storage][activity_hours]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 60);
    Database &db = base.db();
    const qint64 company = anyCompany(db);
    const qint64 caller = test::createUser(base, QStringLiteral("kolkata"), QStringLiteral("Caller"), UserRole::Caller);
    for (const char *at : {"2026-02-10T10:15:00.000Z", "2026-02-10T10:45:00.000Z", "2026-02-10T11:20:00.000Z",
                           "2026-02-10T15:10:00.000Z", "2026-02-10T15:50:00.000Z"})
        addCall(db, company, caller, QString::fromLatin1(at), QStringLiteral("no_answer"));

    // A day in a zone half an hour off UTC: its edges break an hour each.
    const QTimeZone kolkata("Asia/Kolkata");
    const QDateTime start(QDate(2026, 2, 10), QTime(16, 0), kolkata); // 10:30 UTC
    const QDateTime end(QDate(2026, 2, 10), QTime(21, 0), kolkata); // 15:30 UTC
    const QString callerKey = QStringLiteral("%1/call/no_answer").arg(caller);
    CHECK(readCounts(db, start, end).value(callerKey) == 3);
    CHECK(readCounts(db, start, end, caller) == QMap<QString, qint64>{{callerKey, 3}});
    // All the demo's calls and meetings, from a Kolkata midnight to one.
    const auto day = [&db](const char *edge) {
        return QDate::fromString(SqlStatement::scalar(db.connection(),
                                                      QStringLiteral("SELECT substr(%1(occurred_at), 1, 10) FROM "
                                                                     "activities")
                                                          .arg(QLatin1String(edge)))
                                     .toString(),
                                 Qt::ISODate);
    };
    const QDateTime yearStart(day("min").addDays(-1), QTime(0, 0), kolkata);
    const QDateTime yearEnd(day("max").addDays(2), QTime(0, 0), kolkata);
    const QMap<QString, qint64> year = readCounts(db, yearStart, yearEnd);
    CHECK(total(year) == callsAndMeetings(db));
    CHECK(year == countsOfActivities(db, yearStart, yearEnd));
    const qint64 demoUser = scalar(db, QStringLiteral("SELECT min(user_id) FROM activities WHERE kind = 'call'"));
    CHECK(readCounts(db, yearStart, yearEnd, demoUser) == countsOfActivities(db, yearStart, yearEnd, demoUser));
    const QString region = SqlStatement::scalar(db.connection(),
                                                QStringLiteral("SELECT region FROM companies "
                                                               "WHERE region IS NOT NULL LIMIT 1"))
                               .toString();
    REQUIRE_FALSE(region.isEmpty());
    CHECK(readCounts(db, yearStart, yearEnd, 0, region) == countsOfActivities(db, yearStart, yearEnd, 0, region));

    // As the reports count them: a call that booked a meeting in a whole hour and one at a broken edge.
    addCall(db, company, caller, QStringLiteral("2026-02-10T12:05:00.000Z"), QStringLiteral("meeting_booked"));
    addCall(db, company, caller, QStringLiteral("2026-02-10T10:31:00.000Z"), QStringLiteral("meeting_booked"));
    FunnelFilter callerOnly;
    callerOnly.userId = caller;
    const QHash<qint64, CallTally> tallies = ActivityHourCounts(db).tally(start, end, callerOnly);
    CHECK(tallies.keys() == QList<qint64>{caller});
    CHECK(tallies.value(caller) == CallTally{5, 2, 2, 0});

    // The whole hours are the counts' (a count changed by hand shows), the broken ones the calls' own.
    run(db, QStringLiteral("UPDATE activity_hours SET n = n + 100 WHERE hour = '2026-02-10T11' AND user_id = ?"),
        {caller});
    CHECK(readCounts(db, start, end).value(callerKey) == 103);
    // A region, or counts not yet all made after an upgrade: all from the calls.
    CHECK(readCounts(db, start, end, 0,
                     SqlStatement::scalar(db.connection(), QStringLiteral("SELECT region FROM companies WHERE id = ?"),
                                          {company})
                         .toString())
              .value(callerKey)
          == 3);
    run(db,
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('activity_hours_fill_next', 2), "
                       "('activity_hours_fill_up_to', 1)"));
    CHECK(readCounts(db, start, end).value(callerKey) == 3);
}

TEST_CASE("A base from before the counts by the hour is upgraded to them, and the opener is told first",
          "[storage][activity_hours][schema]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 60);
    base.close();
    {
        // Schema steps 23 and after undone, as a base an older Voronka made has it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("before23"));
        db.setDatabaseName(base.path());
        REQUIRE(db.open());
        for (const char *statement : {"DROP INDEX stage_history_cohort_clients", "DROP TRIGGER activity_hours_added",
                                      "DROP TRIGGER activity_hours_removed", "DROP TRIGGER activity_hours_changed",
                                      "DROP TABLE activity_hours", "PRAGMA user_version = 22"})
            SqlStatement::run(db, QString::fromLatin1(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("before23"));

    QList<int> toldFrom;
    DatabaseOptions options;
    options.beforeUpgrade = [&toldFrom](int fromVersion) { toldFrom.append(fromVersion); };
    base.reopen(options);
    CHECK(toldFrom == QList<int>{22});
    Database &db = base.db();
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    ActivityHoursFill fill(db, noPause, 10);
    REQUIRE_FALSE(fill.isFinished());
    CHECK(countedCalls(db) == 0);
    CHECK(fill.run());
    CHECK(hoursCountedWrong(db) == 0);
    CHECK(countedCalls(db) == callsAndMeetings(db));

    // A base at the latest schema, and a new one, are not upgraded: nothing to tell.
    base.reopen(options);
    TestDatabase fresh;
    fresh.close();
    QFile::remove(fresh.path());
    fresh.reopen(options);
    CHECK(fresh.db().isNew());
    CHECK(toldFrom == QList<int>{22});
}
