#include "demo/DemoBase.h"
#include "demo/DemoCompanyGenerator.h"
#include "domain/CompanyStage.h"
#include "domain/DealStep.h"
#include "domain/InnValidator.h"
#include "storage/AuditLog.h"
#include "storage/CompanyListQuery.h"
#include "storage/MeetingListQuery.h"
#include "storage/SqlStatement.h"
#include "storage/TaskListQuery.h"
#include "storage/Timestamps.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::TestDatabase;

TEST_CASE("The generator makes the same companies for the same seed", "[demo]")
{
    DemoCompanyGenerator first(11);
    DemoCompanyGenerator second(11);
    for (int i = 0; i < 20; ++i) {
        const CompanyRecord a = first.next();
        const CompanyRecord b = second.next();
        CHECK(a.company.name == b.company.name);
        REQUIRE_FALSE(a.phones.isEmpty());
        CHECK(a.phones.first().e164 == b.phones.first().e164);
        CHECK(a.phones.first().e164.size() == 12);
        // A card of the demo shows no INN warning: every number passes the tax service's check.
        CHECK(a.company.inn.size() == 10);
        CHECK(InnValidator::isValid(a.company.inn));
    }
}

TEST_CASE("The demo base has the whole department and a searchable funnel", "[demo]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 100);
    const auto users = UserRepository(base.context()).list();
    CHECK(users.size() == 7);
    int roles = 0;
    for (const UserRole role : allUserRoles()) {
        for (const User &user : users) {
            if (user.role == role) {
                ++roles;
                break;
            }
        }
    }
    CHECK(roles == 5);
    CHECK(CompanyListQuery(base.db(), {}).count() == 100);
    CHECK(CompanyListQuery(base.db(), {QString(), CompanyStage::Meeting, 0}).count() == 10);
    // Companies at the deal stage have open deals; clients have a paid deal with its payments.
    const auto count = [&base](const char *sql) {
        return SqlStatement::scalar(base.db().connection(), QString::fromLatin1(sql)).toInt();
    };
    CHECK(count("SELECT count(*) FROM deals d JOIN companies c ON c.id = d.company_id "
                "WHERE c.stage = 'deal' AND d.step NOT IN ('paid', 'lost')")
          == 5);
    CHECK(count("SELECT count(DISTINCT c.id) FROM deals d JOIN companies c ON c.id = d.company_id "
                "WHERE c.stage = 'client' AND d.step = 'paid'")
          == 10);
    // A paid deal's payments add up to its amount.
    CHECK(count("SELECT count(*) FROM deals d WHERE d.step = 'paid' AND d.amount_kopecks = "
                "(SELECT sum(p.amount_kopecks) FROM payments p WHERE p.deal_id = d.id)")
          == count("SELECT count(*) FROM deals WHERE step = 'paid'"));
    CHECK(count("SELECT count(*) FROM payments WHERE paid_at > strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-25 23:59')")
          == 0);
    CHECK(count("SELECT count(*) FROM companies c JOIN users u ON u.id = c.brought_by "
                "WHERE c.stage IN ('client', 'reactivation') AND u.role = 'closer' AND c.client_since IS NOT NULL")
          == 15);
    // Every company at calling or meeting has its next action as one open task for its owner, due at its next
    // action.
    CHECK(count("SELECT count(*) FROM companies c JOIN tasks t ON t.company_id = c.id "
                "JOIN users u ON u.id = t.assignee_id WHERE c.stage = 'calling' AND t.kind = 'callback' "
                "AND t.status = 'open' AND u.role = 'caller' AND t.assignee_id = c.owner_id "
                "AND t.due_at = c.next_action_at")
          == 20);
    CHECK(count("SELECT count(*) FROM companies c JOIN tasks t ON t.company_id = c.id "
                "JOIN users u ON u.id = t.assignee_id WHERE c.stage = 'meeting' AND t.kind = 'meeting' "
                "AND t.status = 'open' AND u.role = 'closer' AND t.assignee_id = c.owner_id "
                "AND t.due_at = c.next_action_at")
          == 10);
    // Meetings are in the future, in working hours, at the office in the company's city or by video, and the
    // booking caller is on record, so a cancelled meeting goes back to them.
    const auto meetings = MeetingListQuery(base.context()).rows();
    REQUIRE(meetings.size() == 10);
    int online = 0;
    for (const MeetingListRow &meeting : meetings) {
        CHECK(meeting.dueAt > base.clock().nowUtc());
        CHECK(meeting.dueAt.time().hour() >= 7);
        CHECK(meeting.dueAt.time().hour() <= 12);
        if (meeting.place == QStringLiteral("Видеозвонок"))
            ++online;
        else
            CHECK(meeting.place.startsWith(QStringLiteral("г. ") + meeting.city + QStringLiteral(", ")));
        CHECK(meeting.bookedById != 0);
        CHECK(meeting.bookedByName != meeting.assigneeName);
    }
    CHECK(online > 0);
    CHECK(online < 10);
    // The calls behind those promises happened on earlier days: a caller's day starts at zero calls.
    CHECK(count("SELECT count(*) FROM activities a JOIN companies c ON c.id = a.company_id "
                "WHERE a.kind = 'call' AND c.stage = 'calling' AND a.user_id = c.owner_id AND a.outcome = 'callback'")
          >= 15);
    CHECK(count("SELECT count(*) FROM activities WHERE kind = 'call' "
                "AND occurred_at >= strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-25')")
          == 0);
    // The first generated company can be found by its own name.
    const QString name = DemoCompanyGenerator().next().company.name;
    CHECK(CompanyListQuery(base.db(), {name, std::nullopt, 0}).count() == 1);
}

TEST_CASE("Every company of the demo base in reactivation has its account manager's reactivation task", "[demo]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 100);
    const auto count = [&base](const char *sql) {
        return SqlStatement::scalar(base.db().connection(), QString::fromLatin1(sql)).toInt();
    };
    REQUIRE(count("SELECT count(*) FROM companies WHERE stage = 'reactivation'") == 5);
    CHECK(count("SELECT count(*) FROM companies c JOIN users u ON u.id = c.owner_id "
                "WHERE c.stage = 'reactivation' AND u.role = 'account_manager' AND EXISTS (SELECT 1 FROM tasks t "
                "WHERE t.company_id = c.id AND t.kind = 'reactivation' AND t.status = 'open' "
                "AND t.assignee_id = c.owner_id)")
          == 5);
}

TEST_CASE("The demo base's reactivation calls fall within the account manager's week", "[demo]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 100);
    const QDateTime now = base.clock().nowUtc();
    const int inWeek
        = SqlStatement::scalar(base.db().connection(),
                               QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'reactivation' AND status = "
                                              "'open' AND due_at < ?"),
                               {toStoredTime(now.addDays(7))})
              .toInt();
    CHECK(inWeek == 5);
}

TEST_CASE("The demo base's history of changes names who made each row", "[demo][audit]")
{
    TestDatabase base;
    // As at the first start: nobody has signed in yet while the demo is made.
    DemoBase::fill(base.contextAs(0), 20);
    const auto idOf = [&base](const char *login) {
        return UserRepository(base.context()).findByLogin(QString::fromLatin1(login))->id;
    };
    const qint64 client
        = SqlStatement::scalar(base.db().connection(),
                               QStringLiteral("SELECT id FROM companies WHERE stage = 'client' LIMIT 1"))
              .toLongLong();
    REQUIRE(client != 0);
    QHash<QString, qint64> creators;
    for (const AuditEntry &entry : AuditLog(base.context()).forCompany(client)) {
        if (entry.field == QStringLiteral("created"))
            creators.insert(entry.table, entry.userId);
    }
    CHECK(creators.value(QStringLiteral("companies")) == idOf("collector"));
    // The closer who held the meeting opened the deal.
    const qint64 dealCreator = creators.value(QStringLiteral("deals"));
    CHECK((dealCreator == idOf("closer") || dealCreator == idOf("closer2")));
    CHECK(creators.value(QStringLiteral("payments")) == idOf("account"));
    CHECK(SqlStatement::scalar(base.db().connection(),
                               QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id IS NULL"))
              .toInt()
          == 0);
}

namespace {
int countOf(TestDatabase &base, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return SqlStatement::scalar(base.db().connection(), sql, values).toInt();
}

// Every row of a table, column by column, in id order.
QStringList dump(TestDatabase &base, const QString &table)
{
    QSqlQuery query(base.db().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)));
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int column = 0; column < query.record().count(); ++column)
            fields.append(query.value(column).toString());
        rows.append(fields.join(QLatin1Char('|')));
    }
    return rows;
}

const QStringList dumpedTables
    = {QStringLiteral("companies"),  QStringLiteral("deals"),    QStringLiteral("stage_history"),
       QStringLiteral("activities"), QStringLiteral("payments"), QStringLiteral("tasks")};
} // namespace

TEST_CASE("The demo base's history covers the last six months, up to yesterday", "[demo][history]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 100);
    const QVariant now = toStoredTime(base.clock().nowUtc());
    const double oldest = SqlStatement::scalar(base.db().connection(),
                                               QStringLiteral("SELECT julianday(?) - julianday(min(changed_at)) "
                                                              "FROM stage_history"),
                                               {now})
                              .toDouble();
    CHECK(oldest >= 150);
    CHECK(oldest <= 185);
    // The clock says Wednesday 2026-11-25, 12:00 in Moscow: the last working day before it is Tuesday.
    CHECK(SqlStatement::scalar(base.db().connection(),
                               QStringLiteral("SELECT date(max(changed_at), '+3 hours') FROM stage_history"))
              .toString()
          == QStringLiteral("2026-11-24"));
    // Nothing happened after now, in any table the history wrote.
    CHECK(countOf(base, QStringLiteral("SELECT count(*) FROM stage_history WHERE changed_at > ?"), {now}) == 0);
    CHECK(countOf(base, QStringLiteral("SELECT count(*) FROM activities WHERE occurred_at > ?"), {now}) == 0);
    CHECK(countOf(base, QStringLiteral("SELECT count(*) FROM tasks WHERE created_at > ?"), {now}) == 0);
    // Every stage and every step of a sale was reached by some move.
    for (const CompanyStage stage : allCompanyStages()) {
        INFO(companyStageKey(stage).toStdString());
        CHECK(countOf(base, QStringLiteral("SELECT count(*) FROM stage_history WHERE deal_id IS NULL AND to_stage = ?"),
                      {companyStageKey(stage)})
              > 0);
    }
    for (const DealStep step : allDealSteps()) {
        INFO(dealStepKey(step).toStdString());
        CHECK(countOf(base,
                      QStringLiteral("SELECT count(*) FROM stage_history WHERE deal_id IS NOT NULL AND to_stage = ?"),
                      {dealStepKey(step)})
              > 0);
    }
}

TEST_CASE("Several callers and closers of the demo made its moves", "[demo][history]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 100);
    const auto people = [&base](const char *role) {
        return countOf(base,
                       QStringLiteral("SELECT count(DISTINCT h.user_id) FROM stage_history h "
                                      "JOIN users u ON u.id = h.user_id WHERE u.role = ?"),
                       {QString::fromLatin1(role)});
    };
    CHECK(people("caller") == 2);
    CHECK(people("closer") == 2);
    CHECK(people("account_manager") == 1);
    CHECK(countOf(base, QStringLiteral("SELECT count(*) FROM stage_history WHERE user_id IS NULL")) == 0);
}

TEST_CASE("Where every company and deal of the demo stands is where its history took it", "[demo][history]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 100);
    // The latest move of each company (and deal): by time, then by id for moves of the same moment.
    const QString latest
        = QStringLiteral("SELECT h.to_stage FROM stage_history h WHERE h.company_id = c.id AND h.deal_id IS NULL "
                         "ORDER BY h.changed_at DESC, h.id DESC LIMIT 1");
    CHECK(countOf(base,
                  QStringLiteral("SELECT count(*) FROM companies c WHERE EXISTS (SELECT 1 FROM stage_history h "
                                 "WHERE h.company_id = c.id AND h.deal_id IS NULL)"))
          > 30);
    CHECK(
        countOf(
            base,
            QStringLiteral("SELECT count(*) FROM companies c WHERE c.stage IS NOT coalesce((%1), 'cold')").arg(latest))
        == 0);
    // A company never moved is in the cold base, as the collector brought it in.
    CHECK(countOf(base,
                  QStringLiteral("SELECT count(*) FROM companies c WHERE c.stage = 'cold' AND NOT EXISTS "
                                 "(SELECT 1 FROM stage_history h WHERE h.company_id = c.id)"))
          > 0);
    CHECK(countOf(base, QStringLiteral("SELECT count(*) FROM deals")) > 20);
    CHECK(countOf(base,
                  QStringLiteral("SELECT count(*) FROM deals d WHERE d.step IS NOT (SELECT h.to_stage FROM "
                                 "stage_history h WHERE h.deal_id = d.id ORDER BY h.changed_at DESC, h.id DESC "
                                 "LIMIT 1)"))
          == 0);
    // A lost company and a lost deal carry their reason.
    CHECK(countOf(base, QStringLiteral("SELECT count(*) FROM companies WHERE stage = 'lost' AND lost_reason IS NULL"))
          == 0);
    CHECK(countOf(base, QStringLiteral("SELECT count(*) FROM deals WHERE step = 'lost' AND lost_reason IS NULL")) == 0);
}

TEST_CASE("The demo's payments fall in at least five of the last six months", "[demo][history]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 100);
    const QVariant now = toStoredTime(base.clock().nowUtc());
    int months = 0;
    for (int month = 0; month < 6; ++month) {
        const int payments
            = countOf(base,
                      QStringLiteral("SELECT count(*) FROM payments WHERE julianday(?) - "
                                     "julianday(paid_at) >= ? AND julianday(?) - julianday(paid_at) < ?"),
                      {now, 30 * month, now, 30 * (month + 1)});
        INFO("month " << month << ": " << payments);
        if (payments > 0)
            ++months;
    }
    CHECK(months >= 5);
    // Some paid in parts, some bought again.
    CHECK(countOf(base,
                  QStringLiteral("SELECT count(*) FROM (SELECT deal_id FROM payments GROUP BY deal_id "
                                 "HAVING count(*) > 1)"))
          > 0);
    CHECK(countOf(base,
                  QStringLiteral("SELECT count(*) FROM (SELECT company_id FROM deals WHERE step = 'paid' "
                                 "GROUP BY company_id HAVING count(*) > 1)"))
          > 0);
}

TEST_CASE("The demo's caller, closer and account manager have work on their Today list", "[demo][today]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 100);
    const auto idOf = [&base](const char *login) {
        return UserRepository(base.context()).findByLogin(QString::fromLatin1(login))->id;
    };
    const QDateTime now = base.clock().nowUtc();
    const QTimeZone moscow(3 * 3600);
    for (const char *login : {"caller1", "caller2", "closer", "account"}) {
        INFO(login);
        const TaskDayGroups groups = TaskDayGroups::split(TaskListQuery(base.context()).rows(idOf(login)), now, moscow);
        CHECK(groups.overdue.size() + groups.today.size() + groups.upcoming.size() > 0);
    }
    // The first line has something from every part of the day: overdue, later today and the coming days.
    const TaskDayGroups caller = TaskDayGroups::split(TaskListQuery(base.context()).rows(idOf("caller1")), now, moscow);
    CHECK_FALSE(caller.overdue.isEmpty());
    CHECK_FALSE(caller.today.isEmpty());
    CHECK_FALSE(caller.upcoming.isEmpty());
    // Nobody lets a task lie for weeks: what is overdue is a few days late at most.
    CHECK(countOf(base, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'open' AND due_at < ?"),
                  {toStoredTime(now.addDays(-7))})
          == 0);
    const TaskDayGroups account
        = TaskDayGroups::split(TaskListQuery(base.context()).rows(idOf("account")), now, moscow);
    CHECK_FALSE(account.overdue.isEmpty());
    CHECK_FALSE(account.upcoming.isEmpty());
}

TEST_CASE("The same seed and today make the same demo base, another seed another one", "[demo][determinism]")
{
    TestDatabase first;
    TestDatabase second;
    TestDatabase other;
    DemoBase::fill(first.context(), 100, 7);
    DemoBase::fill(second.context(), 100, 7);
    DemoBase::fill(other.context(), 100, 8);
    for (const QString &table : dumpedTables) {
        INFO(table.toStdString());
        const QStringList rows = dump(first, table);
        CHECK_FALSE(rows.isEmpty());
        CHECK(rows == dump(second, table));
        CHECK(rows != dump(other, table));
    }
}

TEST_CASE("The demo base fills on any day of the week and of the year", "[demo][history]")
{
    // A Monday morning before work, a Sunday night, a Saturday after a month's end, New Year's Day.
    const QDateTime todays[]
        = {QDateTime(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC), QDateTime(QDate(2027, 2, 28), QTime(20, 30), Qt::UTC),
           QDateTime(QDate(2026, 8, 1), QTime(10, 0), Qt::UTC), QDateTime(QDate(2027, 1, 1), QTime(0, 15), Qt::UTC)};
    for (const QDateTime &today : todays) {
        INFO(today.toString(Qt::ISODate).toStdString());
        TestDatabase base;
        base.clock().set(today);
        REQUIRE_NOTHROW(DemoBase::fill(base.context(), 60, 3));
        const QVariant now = toStoredTime(today);
        CHECK(countOf(base, QStringLiteral("SELECT count(*) FROM stage_history WHERE changed_at >= ?"), {now}) == 0);
        CHECK(countOf(base, QStringLiteral("SELECT count(*) FROM activities WHERE occurred_at >= ?"), {now}) == 0);
        CHECK(countOf(base, QStringLiteral("SELECT count(*) FROM companies WHERE stage = 'meeting'")) == 6);
        CHECK(countOf(base, QStringLiteral("SELECT count(*) FROM companies WHERE stage = 'client'")) == 6);
    }
}
