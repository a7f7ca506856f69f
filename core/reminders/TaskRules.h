#pragma once

#include "domain/Task.h"
#include "storage/DataContext.h"
#include "storage/TaskRuleQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace voronka {

// What one sweep of the rules created.
struct TaskRulesReport
{
    int reactivations = 0;
    int vipVisits = 0;
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
// The rules tied to a deal step (offer follow-up, payment reminder) run where the deal moves, in StageMover's
// transaction, so they need no sweep.
class TaskRules
{
    Q_DECLARE_TR_FUNCTIONS(TaskRules)

public:
    static constexpr int yearDays = 365;
    static constexpr int halfYearDays = 182;
    static constexpr int revenueDays = 365;

    explicit TaskRules(DataContext context);

    // Runs the time rules at the clock's now in one write transaction (two desks sweeping at once cannot both
    // create a task); the app calls it at start and daily. A read-only base is left as it is.
    TaskRulesReport run();

    // Open deals nobody has a next task for (a query: nothing is created).
    QList<FlaggedDeal> flaggedDeals() const;
    // Everyone's open tasks overdue by more than the set time (rules/overdue_escalation_hours), oldest first:
    // what the head's Today view shows.
    QList<Task> overdueForHead() const;

    // The median gap in whole days between the payments (oldest first); fallbackDays for fewer than two.
    // At least one day.
    static int usualPaymentGapDays(const QList<QDateTime> &paidAt, int fallbackDays);

private:
    int createReactivations(const QList<ClientPayments> &clients, int fallbackDays);
    int createVipVisits(const QList<ClientPayments> &clients, int topPercent);
    int createMissingReactivations(const TaskRuleQuery &query);
    bool mayCreate(qint64 companyId, TaskKind kind, int intervalDays) const;
    void createTask(qint64 companyId, qint64 ownerId, TaskKind kind, const QString &note);

    DataContext m_context;
    QDateTime m_now;
    QHash<TaskKind, QSet<qint64>> m_openTasks;
    QHash<TaskKind, QHash<qint64, QDateTime>> m_latestCreated;
};

} // namespace voronka
