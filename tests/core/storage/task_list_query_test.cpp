#include "domain/Deal.h"
#include "domain/TaskTimes.h"
#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "storage/PhoneRepository.h"
#include "storage/SqlStatement.h"
#include "storage/TaskListQuery.h"
#include "storage/TaskRepository.h"
#include "storage/Timestamps.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
struct Tasks
{
    qint64 addCompany(const QString &name)
    {
        Company company = makeCompany(name, QStringLiteral("Казань"));
        CompanyRepository(base.context()).create(company);
        return company.id;
    }

    Task addTask(qint64 companyId, qint64 assigneeId, const QDateTime &dueAt, TaskKind kind = TaskKind::Callback)
    {
        Task task;
        task.companyId = companyId;
        task.assigneeId = assigneeId;
        task.kind = kind;
        task.dueAt = dueAt;
        task.note = QStringLiteral("позвонить Ивану");
        TaskRepository(base.context()).create(task);
        return task;
    }

    Task addTaskInMinutes(qint64 companyId, qint64 assigneeId, qint64 minutes)
    {
        return addTask(companyId, assigneeId, base.clock().nowUtc().addSecs(60 * minutes));
    }

    void snoozeInDb(qint64 taskId, const QDateTime &until)
    {
        SqlStatement::run(base.db().connection(), QStringLiteral("UPDATE tasks SET snoozed_until = ? WHERE id = ?"),
                          {toStoredTime(until), taskId});
    }

    static QList<qint64> ids(const QList<TaskListRow> &rows)
    {
        QList<qint64> result;
        for (const TaskListRow &row : rows)
            result.append(row.task.id);
        return result;
    }

    TestDatabase base;
};

// Moscow has kept UTC+3 the whole year since 2014; a fixed offset keeps the test free of the zone database.
const QTimeZone moscow(3 * 3600);
} // namespace

TEST_CASE("The task list shows each open task with its company, main phone, deal and assignee", "[tasks]")
{
    Tasks tasks;
    const qint64 caller
        = createUser(tasks.base, QStringLiteral("caller"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
    const qint64 company = tasks.addCompany(QStringLiteral("ООО «Ромашка»"));
    for (const auto &[raw, e164, position] :
         {std::tuple(QStringLiteral("8 (843) 200-00-00"), QStringLiteral("+78432000000"), 1),
          std::tuple(QStringLiteral("8 (495) 123-45-67"), QStringLiteral("+74951234567"), 0)}) {
        Phone phone;
        phone.companyId = company;
        phone.raw = raw;
        phone.e164 = e164;
        phone.position = position;
        PhoneRepository(tasks.base.context()).create(phone);
    }
    Deal deal;
    deal.companyId = company;
    deal.title = QStringLiteral("Поставка труб");
    DealRepository(tasks.base.context()).create(deal);
    Task task;
    task.companyId = company;
    task.dealId = deal.id;
    task.assigneeId = caller;
    task.kind = TaskKind::PaymentReminder;
    task.dueAt = tasks.base.clock().nowUtc().addSecs(3600);
    task.note = QStringLiteral("счёт 42");
    TaskRepository(tasks.base.context()).create(task);

    const QList<TaskListRow> rows = TaskListQuery(tasks.base.context()).rows(caller);
    REQUIRE(rows.size() == 1);
    const TaskListRow &row = rows.first();
    CHECK(row.task.id == task.id);
    CHECK(row.task.companyId == company);
    CHECK(row.task.dealId == deal.id);
    CHECK(row.task.assigneeId == caller);
    CHECK(row.task.kind == TaskKind::PaymentReminder);
    CHECK(row.task.dueAt == task.dueAt);
    CHECK(row.task.dueAt.timeSpec() == Qt::UTC);
    CHECK(row.task.note == QStringLiteral("счёт 42"));
    CHECK(row.task.status == TaskStatus::Open);
    CHECK_FALSE(row.task.snoozedUntil.isValid());
    CHECK(row.task.version == task.version);
    CHECK(row.companyName == QStringLiteral("ООО «Ромашка»"));
    CHECK(row.mainPhone == QStringLiteral("+7 495 123-45-67"));
    CHECK(row.dealTitle == QStringLiteral("Поставка труб"));
    CHECK(row.assigneeName == QStringLiteral("Илья Звонарёв"));
}

TEST_CASE("The task list is by reminder time, filters by assignee and leaves out closed tasks", "[tasks]")
{
    Tasks tasks;
    const qint64 first = createUser(tasks.base, QStringLiteral("one"), QStringLiteral("Первый"), UserRole::Caller);
    const qint64 second = createUser(tasks.base, QStringLiteral("two"), QStringLiteral("Второй"), UserRole::Caller);
    const qint64 company = tasks.addCompany(QStringLiteral("Альфа"));
    const Task later = tasks.addTaskInMinutes(company, first, 120);
    const Task overdue = tasks.addTaskInMinutes(company, second, -30);
    const Task snoozed = tasks.addTaskInMinutes(company, first, -60);
    const Task soon = tasks.addTaskInMinutes(company, first, 10);
    const Task unassigned = tasks.addTaskInMinutes(company, 0, 20);
    Task done = tasks.addTaskInMinutes(company, first, 5);
    TaskRepository(tasks.base.context()).complete(done);
    // Snoozed past the later task: it goes after it, though it was due first.
    tasks.snoozeInDb(snoozed.id, tasks.base.clock().nowUtc().addSecs(3 * 3600));

    const TaskListQuery query(tasks.base.context());
    CHECK(Tasks::ids(query.rows()) == QList<qint64>{overdue.id, soon.id, unassigned.id, later.id, snoozed.id});
    CHECK(Tasks::ids(query.rows(first)) == QList<qint64>{soon.id, later.id, snoozed.id});
    CHECK(Tasks::ids(query.rows(second)) == QList<qint64>{overdue.id});
    CHECK(query.rows(first).last().task.snoozedUntil == tasks.base.clock().nowUtc().addSecs(3 * 3600));
    CHECK(query.rows(999).isEmpty());
}

TEST_CASE("A task without company, phone, deal or assignee still lists, with those names empty", "[tasks]")
{
    Tasks tasks;
    const qint64 oddPhone = tasks.addCompany(QStringLiteral("АО Вектор"));
    Phone phone;
    phone.companyId = oddPhone;
    phone.raw = QStringLiteral("спросить у секретаря");
    PhoneRepository(tasks.base.context()).create(phone);
    tasks.addTaskInMinutes(0, 0, 10);
    tasks.addTaskInMinutes(oddPhone, 0, 20);

    const QList<TaskListRow> rows = TaskListQuery(tasks.base.context()).rows();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).companyName.isEmpty());
    CHECK(rows.at(0).mainPhone.isEmpty());
    CHECK(rows.at(0).dealTitle.isEmpty());
    CHECK(rows.at(0).assigneeName.isEmpty());
    CHECK(rows.at(1).mainPhone == QStringLiteral("спросить у секретаря"));
}

TEST_CASE("Tasks split into overdue, today and the next seven days by the user's local day", "[tasks]")
{
    Tasks tasks;
    // 23:30 in Moscow, still 20:30 of the same date in UTC.
    tasks.base.clock().set(QDateTime(QDate(2026, 11, 25), QTime(20, 30), Qt::UTC));
    const qint64 company = tasks.addCompany(QStringLiteral("Альфа"));
    const Task late = tasks.addTaskInMinutes(company, 0, -90);
    const Task tonight = tasks.addTaskInMinutes(company, 0, 15); // 23:45 local
    const Task afterMidnight = tasks.addTaskInMinutes(company, 0, 40); // 00:10 local, the same UTC date
    const Task lastUpcoming = tasks.addTask(company, 0, QDateTime(QDate(2026, 12, 2), QTime(23, 59), moscow));
    const Task beyond = tasks.addTask(company, 0, QDateTime(QDate(2026, 12, 3), QTime(0, 1), moscow));
    Task snoozedToday = tasks.addTaskInMinutes(company, 0, -300);
    tasks.snoozeInDb(snoozedToday.id, tasks.base.clock().nowUtc().addSecs(600));

    const QList<TaskListRow> rows = TaskListQuery(tasks.base.context()).rows();
    TaskDayGroups groups = TaskDayGroups::split(rows, tasks.base.clock().nowUtc(), moscow);
    CHECK(Tasks::ids(groups.overdue) == QList<qint64>{late.id});
    CHECK(Tasks::ids(groups.today) == QList<qint64>{snoozedToday.id, tonight.id});
    CHECK(Tasks::ids(groups.upcoming) == QList<qint64>{afterMidnight.id, lastUpcoming.id});
    CHECK(groups.later == 1);

    SECTION("In UTC the day boundary falls elsewhere")
    {
        groups = TaskDayGroups::split(rows, tasks.base.clock().nowUtc(), QTimeZone::utc());
        CHECK(Tasks::ids(groups.today) == QList<qint64>{snoozedToday.id, tonight.id, afterMidnight.id});
    }
    SECTION("Past local midnight, tonight's tasks are overdue and tomorrow's are today's")
    {
        tasks.base.clock().advanceSeconds(35 * 60); // 00:05 local
        groups = TaskDayGroups::split(rows, tasks.base.clock().nowUtc(), moscow);
        CHECK(Tasks::ids(groups.overdue) == QList<qint64>{late.id, snoozedToday.id, tonight.id});
        CHECK(Tasks::ids(groups.today) == QList<qint64>{afterMidnight.id});
        CHECK(Tasks::ids(groups.upcoming) == QList<qint64>{lastUpcoming.id, beyond.id});
        CHECK(groups.later == 0);
    }
    SECTION("A task due this very moment is overdue")
    {
        tasks.base.clock().set(tonight.dueAt);
        groups = TaskDayGroups::split(rows, tasks.base.clock().nowUtc(), moscow);
        CHECK(Tasks::ids(groups.overdue) == QList<qint64>{late.id, snoozedToday.id, tonight.id});
    }
    CHECK(TaskDayGroups::split({}, tasks.base.clock().nowUtc(), moscow).overdue.isEmpty());
}

TEST_CASE("The names of given tasks are read in order, for thousands at once and for deleted ones", "[tasks]")
{
    Tasks tasks;
    const qint64 alpha = tasks.addCompany(QStringLiteral("Альфа"));
    const qint64 beta = tasks.addCompany(QStringLiteral("Бета"));
    QList<Task> given;
    for (int i = 0; i < 1200; ++i)
        given.append(tasks.addTaskInMinutes(i % 2 == 0 ? alpha : beta, 0, -i));
    Task gone = given.at(7);
    gone.id = 999999; // no such task any more
    given.append(gone);
    std::reverse(given.begin(), given.end());

    const QList<TaskListRow> rows = TaskListQuery(tasks.base.context()).rowsOf(given);
    REQUIRE(rows.size() == given.size());
    CHECK(rows.first().task.id == 999999);
    CHECK(rows.first().companyName.isEmpty());
    CHECK(rows.at(1).task.id == given.at(1).id);
    CHECK(rows.at(1).companyName == QStringLiteral("Бета")); // task 1199
    CHECK(rows.last().companyName == QStringLiteral("Альфа")); // task 0
    CHECK(rows.at(600).task.dueAt == given.at(600).dueAt);
    CHECK(TaskListQuery(tasks.base.context()).rowsOf({}).isEmpty());
}

TEST_CASE("Quick due and snooze times count days on the user's calendar", "[tasks]")
{
    const QTimeZone berlin("Europe/Berlin");
    REQUIRE(berlin.isValid());
    // Friday 23 October 2026, 15:00 in Berlin (summer time); summer time ends on Sunday the 25th.
    const QDateTime now = QDateTime(QDate(2026, 10, 23), QTime(15, 0), berlin).toUTC();
    CHECK(quickDueTime(QuickDueTime::InTenMinutes, now, berlin) == now.addSecs(600));
    CHECK(quickDueTime(QuickDueTime::InOneHour, now, berlin) == now.addSecs(3600));
    CHECK(quickDueTime(QuickDueTime::TomorrowMorning, now, berlin)
          == QDateTime(QDate(2026, 10, 24), QTime(10, 0), berlin));
    const QDateTime inThreeDays = quickDueTime(QuickDueTime::InThreeDays, now, berlin);
    CHECK(inThreeDays == QDateTime(QDate(2026, 10, 26), QTime(15, 0), berlin));
    CHECK(now.secsTo(inThreeDays) == 3 * 24 * 3600 + 3600); // the night the clocks go back is an hour longer
    CHECK(quickDueTime(QuickDueTime::InThreeMonths, now, berlin)
          == QDateTime(QDate(2027, 1, 23), QTime(15, 0), berlin));
    CHECK(quickDueTime(QuickDueTime::InThreeMonths, now, berlin).timeSpec() == Qt::UTC);

    CHECK(snoozeTime(SnoozeTime::TenMinutes, now, berlin) == now.addSecs(600));
    CHECK(snoozeTime(SnoozeTime::OneHour, now, berlin) == now.addSecs(3600));
    CHECK(snoozeTime(SnoozeTime::TomorrowMorning, now, berlin) == QDateTime(QDate(2026, 10, 24), QTime(9, 0), berlin));
    // Just after midnight, "tomorrow" is the day after the one that has just begun.
    const QDateTime justAfterMidnight = QDateTime(QDate(2026, 11, 26), QTime(0, 5), moscow);
    CHECK(snoozeTime(SnoozeTime::TomorrowMorning, justAfterMidnight, moscow)
          == QDateTime(QDate(2026, 11, 27), QTime(9, 0), moscow));
}

TEST_CASE("A list of more open tasks than one chunk reads is whole and in reminder order, with every name", "[tasks]")
{
    Tasks tasks;
    const qint64 caller = createUser(tasks.base, QStringLiteral("caller"), QStringLiteral("Илья"), UserRole::Caller);
    const qint64 alpha = tasks.addCompany(QStringLiteral("Альфа"));
    const qint64 beta = tasks.addCompany(QStringLiteral("Бета"));
    QList<qint64> expected;
    // Made latest first, so that the id order is the reverse of the reminder order across every chunk.
    for (int i = 1300; i > 0; --i) {
        const Task task = tasks.addTaskInMinutes(i % 2 == 0 ? alpha : beta, caller, i);
        expected.prepend(task.id);
    }
    Task done = tasks.addTaskInMinutes(alpha, caller, 650);
    TaskRepository(tasks.base.context()).complete(done);

    const QList<TaskListRow> rows = TaskListQuery(tasks.base.context()).rows();
    REQUIRE(Tasks::ids(rows) == expected);
    CHECK(rows.first().companyName == QStringLiteral("Бета")); // due in 1 minute
    CHECK(rows.at(999).companyName == QStringLiteral("Альфа")); // due in 1,000 minutes
    CHECK(rows.last().companyName == QStringLiteral("Альфа")); // due in 1,300 minutes
    CHECK(rows.at(700).assigneeName == QStringLiteral("Илья"));
    CHECK(rows.at(700).task.dueAt == tasks.base.clock().nowUtc().addSecs(60 * 701));
}
