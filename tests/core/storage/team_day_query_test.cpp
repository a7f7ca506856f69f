// The head's view of the team's day (TeamDayQuery): each active person's calls and meetings of a local day, their
// overdue tasks and their load, counted exactly on a hand-made base.
#include "domain/Activity.h"
#include "domain/Task.h"
#include "storage/ActivityRepository.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "storage/TeamDayQuery.h"
#include "storage/Timestamps.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
// Moscow is UTC+3 all year: the day of 25 November 2026 there runs from 24 November 21:00 to 25 November 21:00 UTC.
const QTimeZone moscow(QByteArrayLiteral("Europe/Moscow"));

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

struct TeamDayBase
{
    TeamDayBase()
    {
        caller = createUser(base, QStringLiteral("caller"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
        closer = createUser(base, QStringLiteral("closer"), QStringLiteral("Олег Договоров"), UserRole::Closer);
        account = createUser(base, QStringLiteral("account"), QStringLiteral("Светлана Клиентова"),
                             UserRole::AccountManager);
        gone = createUser(base, QStringLiteral("gone"), QStringLiteral("Пётр Ушедший"), UserRole::Caller);
        company = createCompany(base, QStringLiteral("Ромашка"), CompanyStage::Calling, caller);
    }

    // What the person did at that moment, as their own desk records it.
    void record(qint64 userId, const QDateTime &at, ActivityKind kind, const QString &outcome = QString())
    {
        base.clock().set(at);
        Activity activity;
        activity.companyId = company;
        activity.kind = kind;
        activity.outcome = outcome;
        ActivityRepository(base.contextAs(userId)).add(activity);
    }

    qint64 task(qint64 assigneeId, TaskKind kind, const QDateTime &due, const QString &status = QStringLiteral("open"))
    {
        Task task;
        task.companyId = company;
        task.assigneeId = assigneeId;
        task.kind = kind;
        task.dueAt = due;
        TaskRepository(base.context()).create(task);
        SqlStatement::run(base.db().connection(), QStringLiteral("UPDATE tasks SET status = ? WHERE id = ?"),
                          {status, task.id});
        return task.id;
    }

    TestDatabase base;
    qint64 caller = 0;
    qint64 closer = 0;
    qint64 account = 0;
    qint64 gone = 0;
    qint64 company = 0;
};
} // namespace

TEST_CASE("The team's day counts each person's calls, meetings and overdue tasks of the local day", "[team][teamday]")
{
    TeamDayBase team;
    // The caller: three calls on the 25th in Moscow (the first at 00:30 local), one the evening before (23:30 local on
    // the 24th), a note and a call on the 26th; none counts but the three.
    team.record(team.caller, utc(24, 21, 30), ActivityKind::Call, QStringLiteral("no_answer"));
    team.record(team.caller, utc(25, 7), ActivityKind::Call, QStringLiteral("busy"));
    team.record(team.caller, utc(25, 8), ActivityKind::Call, QStringLiteral("meeting_booked"));
    team.record(team.caller, utc(24, 20, 30), ActivityKind::Call, QStringLiteral("no_answer"));
    team.record(team.caller, utc(25, 8, 30), ActivityKind::Note);
    team.record(team.caller, utc(25, 21), ActivityKind::Call, QStringLiteral("busy"));
    // The closer: one meeting held today, one moved today (not held), one still to come today, one tomorrow, one
    // cancelled today.
    team.record(team.closer, utc(25, 6), ActivityKind::Meeting, QStringLiteral("held_offer"));
    team.record(team.closer, utc(25, 6, 30), ActivityKind::Meeting, QStringLiteral("moved"));
    team.task(team.closer, TaskKind::Meeting, utc(25, 11));
    team.task(team.closer, TaskKind::Meeting, utc(25, 22));
    team.task(team.closer, TaskKind::Meeting, utc(25, 12), QStringLiteral("cancelled"));
    // Overdue at 09:00 UTC: the caller's open callback due at 08:00 and one due at 07:00 snoozed until noon (late all
    // the same); not the one done, not the one due at 10:00.
    team.task(team.caller, TaskKind::Callback, utc(25, 8));
    const qint64 snoozed = team.task(team.caller, TaskKind::Callback, utc(25, 7));
    SqlStatement::run(team.base.db().connection(), QStringLiteral("UPDATE tasks SET snoozed_until = ? WHERE id = ?"),
                      {toStoredTime(utc(25, 12)), snoozed});
    team.task(team.caller, TaskKind::Callback, utc(24, 8), QStringLiteral("done"));
    team.task(team.caller, TaskKind::Callback, utc(25, 10));
    team.task(team.account, TaskKind::Reactivation, utc(20, 9));
    // Someone deactivated, with a call today and an overdue task: absent.
    team.record(team.gone, utc(25, 7), ActivityKind::Call, QStringLiteral("busy"));
    team.task(team.gone, TaskKind::Callback, utc(25, 6));
    SqlStatement::run(team.base.db().connection(), QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"),
                      {team.gone});

    team.base.clock().set(utc(25, 9));
    const QHash<qint64, TeamDay> days = TeamDayQuery(team.base.context()).of(QDate(2026, 11, 25), moscow);
    CHECK(days.size() == 4); // the head, the caller, the closer, the account manager
    CHECK_FALSE(days.contains(team.gone));
    CHECK(days.value(team.caller).callsToday == 3);
    CHECK(days.value(team.caller).meetingsToday == 0);
    CHECK(days.value(team.caller).tasksOverdue == 2);
    CHECK(days.value(team.closer).callsToday == 0);
    CHECK(days.value(team.closer).meetingsToday == 2);
    CHECK(days.value(team.closer).tasksOverdue == 0);
    CHECK(days.value(team.account).tasksOverdue == 1);
    CHECK(days.value(1) == TeamDay{1, 0, 0, 0, {}});

    // The same question asked as "today" by the clock, and the next day: the 26th has its own call.
    CHECK(TeamDayQuery(team.base.context()).today(moscow) == days);
    const QHash<qint64, TeamDay> next = TeamDayQuery(team.base.context()).of(QDate(2026, 11, 26), moscow);
    CHECK(next.value(team.caller).callsToday == 1);
    CHECK(next.value(team.closer).meetingsToday == 1);
}

TEST_CASE("The team's day carries each active person's load, as one person's load is read", "[team][teamday]")
{
    TeamDayBase team;
    const auto company = [&](const char *name, CompanyStage stage, qint64 owner, const char *size) {
        const qint64 id = createCompany(team.base, QString::fromLatin1(name), stage, owner);
        SqlStatement::run(team.base.db().connection(),
                          QStringLiteral("UPDATE companies SET size_class = ? WHERE id = ?"),
                          {size ? QVariant(QString::fromLatin1(size)) : QVariant(QMetaType(QMetaType::QString)), id});
    };
    company("m1", CompanyStage::Meeting, team.closer, nullptr);
    company("m2", CompanyStage::Deal, team.closer, nullptr);
    company("l1", CompanyStage::Deal, team.closer, "large");
    company("k1", CompanyStage::Meeting, team.closer, "key");
    company("calling", CompanyStage::Calling, team.closer, "key"); // not yet met: not a closer's load
    company("c1", CompanyStage::Client, team.account, nullptr);
    company("c2", CompanyStage::Reactivation, team.account, "large");
    company("lost", CompanyStage::Lost, team.account, nullptr);
    company("gone", CompanyStage::Deal, team.gone, nullptr);
    SqlStatement::run(team.base.db().connection(), QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"),
                      {team.gone});

    const QHash<qint64, TeamDay> days = TeamDayQuery(team.base.context()).today(moscow);
    CHECK(days.value(team.closer).load == Workload{2, 1, 1, 0});
    CHECK(days.value(team.account).load == Workload{0, 0, 0, 2});
    CHECK(days.value(team.caller).load == Workload{});
    const QHash<qint64, Workload> loads = WorkloadQuery(team.base.db()).ofActivePeople();
    CHECK_FALSE(loads.contains(team.gone));
    for (const qint64 id : {team.closer, team.account, team.caller})
        CHECK(WorkloadQuery(team.base.db()).of(id) == days.value(id).load);
    CHECK(WorkloadQuery(team.base.db()).of(team.gone) == Workload{1, 0, 0, 0});
}
