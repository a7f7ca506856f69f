#pragma once

#include "domain/Task.h"
#include "storage/DataContext.h"
#include "storage/TaskRuleQuery.h"
#include "storage/WriteSteps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>

namespace voronka {

// What one sweep of the rules created (committed tasks only).
struct TaskRulesReport
{
    int reactivations = 0;
    int vipVisits = 0;
    // False when the sweep was stopped between two steps: what it made is in the base, the next sweep makes the rest.
    bool complete = true;
    int steps = 0; // write transactions committed
    qint64 longestStepMs = 0; // the longest time a step held the write lock (the figure the benches report)
};

// The rules that create tasks by themselves as time passes, as TaskRuleSettings tune them:
// - a client that has not paid for longer than its usual interval (the median gap between its payments, or the
//   set number of days when it paid once) gets a reactivation task for its account manager;
// - each client gets a VIP visit task when it was not visited for a year, the top share by the last year's
//   revenue for half a year.
// - a company at the reactivation stage without an open reactivation task gets one for its account manager, so
//   it always has its next action (whatever the settings: the stage itself says the client is to be won back);
// A rule never creates a task while the company has an open one of that kind, nor again within the interval it
// waited for (a manager who closed the task is not asked the same the next morning).
//
// A sweep first reads what is due (TaskRuleQuery: short reads, no lock kept), then makes the tasks in short write
// steps (WriteSteps), so that the first start of a day after a long break, with thousands of tasks to make, never
// holds the lock on a shared file for long. Each task is written only if, inside its step, its company is still at
// the rule's stage without an open task of the kind: two desks sweeping at once, a colleague's task made
// meanwhile, or a sweep killed half-way and run again, never give a company two.
// The rules tied to a deal step (offer follow-up, payment reminder) run where the deal moves, in StageMover's
// transaction, so they need no sweep.
class TaskRules
{
    Q_DECLARE_TR_FUNCTIONS(TaskRules)

public:
    static constexpr int yearDays = 365;
    static constexpr int halfYearDays = 182;
    static constexpr int revenueDays = 365;

    explicit TaskRules(DataContext context, StepPacing pacing = {});

    // Runs the time rules at the clock's now; the app calls it at start and daily (on a worker thread with its own
    // connection). stopRequested, when given, is asked before each write step, outside any transaction (after the
    // previous step committed and let waiting colleagues in): true ends the sweep there, with the report's complete
    // unset. A read-only base is left as it is.
    TaskRulesReport run(const std::function<bool()> &stopRequested = {});

    // Open deals nobody has a next task for (a query: nothing is created).
    QList<FlaggedDeal> flaggedDeals() const;
    // Everyone's open tasks overdue by more than the set time (rules/overdue_escalation_hours), oldest first:
    // what the head's Today view shows.
    QList<Task> overdueForHead() const;

    // The median gap in whole days between the payments (oldest first); fallbackDays for fewer than two.
    // At least one day.
    static int usualPaymentGapDays(const QList<QDateTime> &paidAt, int fallbackDays);

private:
    // A task a rule decided on, made later in a write step if its company still needs it.
    struct PlannedTask
    {
        qint64 companyId = 0;
        qint64 ownerId = 0;
        TaskKind kind = TaskKind::Reactivation;
        CompanyStage stage = CompanyStage::Client; // where the rule found the company
        QString note;
    };

    void planReactivations(const QList<ClientPayments> &clients, int fallbackDays);
    void planVipVisits(const QList<ClientPayments> &clients, int topPercent);
    void planMissingReactivations(const TaskRuleQuery &query);
    bool mayCreate(qint64 companyId, TaskKind kind, int intervalDays) const;
    void plan(qint64 companyId, qint64 ownerId, TaskKind kind, CompanyStage stage, const QString &note);
    // Makes the planned task unless its company no longer needs it; whether it was made.
    bool make(const PlannedTask &planned, const TaskRuleQuery &query);

    DataContext m_context;
    StepPacing m_pacing;
    QDateTime m_now;
    QList<PlannedTask> m_plan;
    QHash<TaskKind, QSet<qint64>> m_openTasks;
    QHash<TaskKind, QHash<qint64, QDateTime>> m_latestCreated;
};

} // namespace voronka
