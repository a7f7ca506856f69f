#include "domain/Activity.h"
#include "storage/ActivityRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/MeetingListQuery.h"
#include "storage/PhoneRepository.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "storage/TaskScheduleRepository.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
struct Meetings
{
    qint64 addCompany(const QString &name, const QString &city, CompanyStage stage = CompanyStage::Meeting)
    {
        Company company = makeCompany(name, city);
        company.stage = stage;
        CompanyRepository(base.context()).create(company);
        return company.id;
    }

    void addPhone(qint64 companyId, const QString &raw, const QString &e164, int position)
    {
        Phone phone;
        phone.companyId = companyId;
        phone.raw = raw;
        phone.e164 = e164;
        phone.position = position;
        PhoneRepository(base.context()).create(phone);
    }

    Task addTask(qint64 companyId, qint64 assigneeId, TaskKind kind, qint64 hoursFromNow, const QString &note = {})
    {
        Task task;
        task.companyId = companyId;
        task.assigneeId = assigneeId;
        task.kind = kind;
        task.dueAt = base.clock().nowUtc().addSecs(3600 * hoursFromNow);
        task.note = note;
        TaskRepository(base.context()).create(task);
        return task;
    }

    void addCall(qint64 companyId, qint64 userId, const QString &outcome)
    {
        Activity call;
        call.companyId = companyId;
        call.kind = ActivityKind::Call;
        call.outcome = outcome;
        ActivityRepository(base.contextAs(userId)).add(call);
        base.clock().advanceSeconds(60);
    }

    static QList<qint64> taskIds(const QList<MeetingListRow> &rows)
    {
        QList<qint64> ids;
        for (const MeetingListRow &row : rows)
            ids.append(row.taskId);
        return ids;
    }

    TestDatabase base;
};
} // namespace

TEST_CASE("The meeting list shows each open meeting with its company, closer and booking caller", "[meetings]")
{
    Meetings meetings;
    const qint64 closer
        = createUser(meetings.base, QStringLiteral("closer"), QStringLiteral("Олег Договоров"), UserRole::Closer);
    const qint64 caller
        = createUser(meetings.base, QStringLiteral("caller"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
    const qint64 other
        = createUser(meetings.base, QStringLiteral("caller2"), QStringLiteral("Мария Голосова"), UserRole::Caller);
    const qint64 company = meetings.addCompany(QStringLiteral("ООО «Ромашка»"), QStringLiteral("Казань"));
    meetings.addPhone(company, QStringLiteral("8 (843) 200-00-00"), QStringLiteral("+78432000000"), 1);
    meetings.addPhone(company, QStringLiteral("8 (495) 123-45-67"), QStringLiteral("+74951234567"), 0);
    // An older booking by another caller, then the booking that counts; a later call of another kind is no booking.
    meetings.addCall(company, other, QStringLiteral("meeting_booked"));
    meetings.addCall(company, caller, QStringLiteral("meeting_booked"));
    meetings.addCall(company, other, QStringLiteral("no_answer"));
    const Task task = meetings.addTask(company, closer, TaskKind::Meeting, 26, QStringLiteral("ул. Баумана, 1"));

    const QList<MeetingListRow> rows = MeetingListQuery(meetings.base.context()).rows();
    REQUIRE(rows.size() == 1);
    const MeetingListRow &row = rows.first();
    CHECK(row.taskId == task.id);
    CHECK(row.taskVersion == task.version);
    CHECK(row.dueAt == task.dueAt);
    CHECK(row.dueAt.timeSpec() == Qt::UTC);
    CHECK(row.place == QStringLiteral("ул. Баумана, 1"));
    CHECK(row.companyId == company);
    CHECK(row.companyName == QStringLiteral("ООО «Ромашка»"));
    CHECK(row.city == QStringLiteral("Казань"));
    CHECK(row.mainPhone == QStringLiteral("+7 495 123-45-67"));
    CHECK(row.companyVersion == 1);
    CHECK(row.stage == CompanyStage::Meeting);
    CHECK(row.assigneeId == closer);
    CHECK(row.assigneeName == QStringLiteral("Олег Договоров"));
    CHECK(row.bookedById == caller);
    CHECK(row.bookedByName == QStringLiteral("Илья Звонарёв"));
}

TEST_CASE("A meeting without phone, booking or closer still shows, with those left empty", "[meetings]")
{
    Meetings meetings;
    const qint64 bare = meetings.addCompany(QStringLiteral("ИП Иванов"), QString());
    const qint64 oddPhone = meetings.addCompany(QStringLiteral("АО Вектор"), QStringLiteral("Уфа"));
    meetings.addPhone(oddPhone, QStringLiteral("спросить у секретаря"), QString(), 0);
    meetings.addTask(bare, 0, TaskKind::Meeting, 2);
    meetings.addTask(oddPhone, 0, TaskKind::Meeting, 3);

    const QList<MeetingListRow> rows = MeetingListQuery(meetings.base.context()).rows();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).mainPhone.isEmpty());
    CHECK(rows.at(0).city.isEmpty());
    CHECK(rows.at(0).assigneeId == 0);
    CHECK(rows.at(0).assigneeName.isEmpty());
    CHECK(rows.at(0).bookedById == 0);
    CHECK(rows.at(0).bookedByName.isEmpty());
    CHECK(rows.at(1).mainPhone == QStringLiteral("спросить у секретаря"));
}

TEST_CASE("The meeting list is soonest first, filters by closer and leaves out closed tasks and other kinds",
          "[meetings]")
{
    Meetings meetings;
    const qint64 first
        = createUser(meetings.base, QStringLiteral("closer1"), QStringLiteral("Первый"), UserRole::Closer);
    const qint64 second
        = createUser(meetings.base, QStringLiteral("closer2"), QStringLiteral("Второй"), UserRole::Closer);
    const qint64 a = meetings.addCompany(QStringLiteral("Альфа"), QStringLiteral("Москва"));
    const qint64 b = meetings.addCompany(QStringLiteral("Бета"), QStringLiteral("Москва"));
    const qint64 c = meetings.addCompany(QStringLiteral("Гамма"), QStringLiteral("Москва"), CompanyStage::Calling);

    const Task later = meetings.addTask(a, first, TaskKind::Meeting, 48);
    const Task overdue = meetings.addTask(b, second, TaskKind::Meeting, -2);
    const Task soon = meetings.addTask(c, first, TaskKind::Meeting, 5);
    Task held = meetings.addTask(a, first, TaskKind::Meeting, 1);
    Task cancelled = meetings.addTask(b, first, TaskKind::Meeting, 3);
    meetings.addTask(c, first, TaskKind::Callback, 4);
    meetings.addTask(a, second, TaskKind::OfferFollowUp, 6);
    TaskRepository(meetings.base.context()).complete(held);
    TaskScheduleRepository(meetings.base.context()).cancel(cancelled);

    const MeetingListQuery query(meetings.base.context());
    CHECK(Meetings::taskIds(query.rows()) == QList<qint64>{overdue.id, soon.id, later.id});
    CHECK(Meetings::taskIds(query.rows(first)) == QList<qint64>{soon.id, later.id});
    CHECK(Meetings::taskIds(query.rows(second)) == QList<qint64>{overdue.id});
    CHECK(query.rows(999).isEmpty());
    // The stage is read as it is, even when a meeting task outlived a move elsewhere.
    CHECK(query.rows(first).first().stage == CompanyStage::Calling);
}

TEST_CASE("The open meetings are read through their index, in due order, not by scanning every open task", "[meetings]")
{
    TestDatabase base;
    SqlStatement explain(base.db().connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + MeetingListQuery::statement());
    explain.bind({taskKindKey(TaskKind::Meeting), 0, 0, QString(), QString()}).exec();
    QStringList details;
    while (explain.next())
        details.append(explain.value(3).toString());
    const QString plan = details.join(QStringLiteral(" | "));
    INFO(plan.toStdString());
    CHECK(plan.contains(QStringLiteral("SEARCH t USING INDEX tasks_open_kind (kind=?)")));
    CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
}
