#include "demo/DemoBase.h"
#include "demo/DemoCompanyGenerator.h"
#include "storage/AuditLog.h"
#include "storage/CompanyListQuery.h"
#include "storage/MeetingListQuery.h"
#include "storage/SqlStatement.h"
#include "storage/Timestamps.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"

#include <QHash>

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
    }
}

TEST_CASE("The demo base has the whole department and a searchable funnel", "[demo]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 100);
    const auto users = UserRepository(base.context()).list();
    CHECK(users.size() == 6);
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
    // Companies at the deal stage have open deals; clients have a paid deal with its payment.
    const auto count = [&base](const char *sql) {
        return SqlStatement::scalar(base.db().connection(), QString::fromLatin1(sql)).toInt();
    };
    CHECK(count("SELECT count(*) FROM deals d JOIN companies c ON c.id = d.company_id "
                "WHERE c.stage = 'deal' AND d.step NOT IN ('paid', 'lost')")
          == 5);
    CHECK(count("SELECT count(*) FROM deals d JOIN companies c ON c.id = d.company_id "
                "WHERE c.stage = 'client' AND d.step = 'paid'")
          == 10);
    CHECK(count("SELECT count(*) FROM payments p JOIN deals d ON d.id = p.deal_id "
                "WHERE p.amount_kopecks = d.amount_kopecks")
          == 10);
    CHECK(count("SELECT count(*) FROM payments WHERE paid_at > strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-25 23:59')")
          == 0);
    CHECK(count("SELECT count(*) FROM companies c JOIN users u ON u.id = c.brought_by "
                "WHERE c.stage = 'client' AND u.role = 'closer' AND c.client_since IS NOT NULL")
          == 10);
    // Every company at calling, meeting or reactivation has its next action as one open task for its owner, due
    // at its next action.
    CHECK(count("SELECT count(*) FROM tasks WHERE status = 'open'") == 35);
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
                "WHERE a.kind = 'call' AND c.stage = 'calling' AND a.user_id = c.owner_id")
          == 20);
    CHECK(count("SELECT count(*) FROM activities WHERE kind = 'call'") == 30);
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
                "AND t.assignee_id = c.owner_id AND t.due_at = c.next_action_at)")
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
    CHECK(creators.value(QStringLiteral("deals")) == idOf("closer"));
    CHECK(creators.value(QStringLiteral("payments")) == idOf("account"));
    CHECK(SqlStatement::scalar(base.db().connection(),
                               QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id IS NULL"))
              .toInt()
          == 0);
}
