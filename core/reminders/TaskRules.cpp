#include "TaskRules.h"

#include "domain/Clock.h"
#include "funnel/TaskRuleSettings.h"
#include "storage/Database.h"
#include "storage/TaskRepository.h"
#include "storage/WriteTransaction.h"

#include <QElapsedTimer>

#include <algorithm>

namespace voronka {

TaskRules::TaskRules(DataContext context, StepPacing pacing)
    : m_context(context)
    , m_pacing(pacing)
{
}

TaskRulesReport TaskRules::run(const std::function<bool()> &stopRequested)
{
    TaskRulesReport report;
    if (m_context.db.isReadOnly())
        return report;
    const TaskRuleOptions options = TaskRuleSettings::load(m_context.db);
    m_now = m_context.clock.nowUtc();
    m_plan.clear();
    // The reads: each statement is drained at once, and no write lock is taken while they run.
    const TaskRuleQuery query(m_context);
    const QList<ClientPayments> clients = query.clientPayments(m_now.addDays(-revenueDays));
    for (const TaskKind kind : {TaskKind::Reactivation, TaskKind::VipVisit}) {
        m_openTasks.insert(kind, query.companiesWithOpenTask(kind));
        m_latestCreated.insert(kind, query.latestTaskCreated(kind));
    }
    if (options.reactivationEnabled)
        planReactivations(clients, options.reactivationDays);
    // Whatever the rules' settings: a company in reactivation is someone's to win back, never left without a task.
    planMissingReactivations(query);
    if (options.vipVisitsEnabled)
        planVipVisits(clients, options.vipTopPercent);
    if (m_plan.isEmpty())
        return report; // a normal day: nothing to write, no lock taken

    // The writes, in steps of about pacing.stepMs; a step interrupted (the process killed) takes its tasks with it.
    WriteSteps steps(m_context.db, m_pacing);
    for (qsizetype next = 0; next < m_plan.size();) {
        if (next > 0)
            steps.pause();
        if (stopRequested && stopRequested()) {
            report.complete = false;
            break;
        }
        steps.restart();
        WriteTransaction transaction(m_context.db);
        QElapsedTimer holding; // from the lock taken to the commit
        holding.start();
        TaskRulesReport made;
        do {
            const PlannedTask &planned = m_plan.at(next++);
            if (make(planned, query))
                ++(planned.kind == TaskKind::VipVisit ? made.vipVisits : made.reactivations);
        } while (next < m_plan.size() && !steps.stepIsFull());
        transaction.commit();
        ++report.steps;
        report.longestStepMs = std::max(report.longestStepMs, holding.elapsed());
        report.reactivations += made.reactivations;
        report.vipVisits += made.vipVisits;
    }
    return report;
}

QList<FlaggedDeal> TaskRules::flaggedDeals() const
{
    return TaskRuleQuery(m_context).dealsWithoutNextTask();
}

QList<Task> TaskRules::overdueForHead() const
{
    const int hours = TaskRuleSettings::load(m_context.db).overdueEscalationHours;
    return TaskRepository(m_context).listOpenDueBefore(m_context.clock.nowUtc().addSecs(-qint64(hours) * 3600));
}

int TaskRules::usualPaymentGapDays(const QList<QDateTime> &paidAt, int fallbackDays)
{
    if (paidAt.size() < 2)
        return std::max(fallbackDays, 1);
    QList<qint64> gaps;
    for (qsizetype i = 1; i < paidAt.size(); ++i)
        gaps.append(paidAt.at(i - 1).secsTo(paidAt.at(i)));
    std::sort(gaps.begin(), gaps.end());
    const qsizetype middle = gaps.size() / 2;
    const qint64 medianSeconds = gaps.size() % 2 ? gaps.at(middle) : (gaps.at(middle - 1) + gaps.at(middle)) / 2;
    constexpr qint64 day = 24 * 3600;
    return int(std::max<qint64>((medianSeconds + day - 1) / day, 1));
}

void TaskRules::planReactivations(const QList<ClientPayments> &clients, int fallbackDays)
{
    for (const ClientPayments &client : clients) {
        const int gapDays = usualPaymentGapDays(client.paidAt, fallbackDays);
        const qint64 silentDays = client.paidAt.last().daysTo(m_now);
        if (silentDays <= gapDays || !mayCreate(client.companyId, TaskKind::Reactivation, gapDays))
            continue;
        plan(client.companyId, client.ownerId, TaskKind::Reactivation, CompanyStage::Client,
             tr("No payment for %1 days; this client usually pays every %2 days.").arg(silentDays).arg(gapDays));
    }
}

void TaskRules::planMissingReactivations(const TaskRuleQuery &query)
{
    for (const auto &[companyId, ownerId] : query.reactivationsWithoutTask()) {
        if (m_openTasks.value(TaskKind::Reactivation).contains(companyId))
            continue; // planned by the payment rule a moment ago
        plan(companyId, ownerId, TaskKind::Reactivation, CompanyStage::Reactivation,
             tr("In reactivation without a next step: call the client and find out what changed."));
    }
}

void TaskRules::planVipVisits(const QList<ClientPayments> &clients, int topPercent)
{
    QList<ClientPayments> byRevenue = clients;
    std::stable_sort(byRevenue.begin(), byRevenue.end(), [](const ClientPayments &a, const ClientPayments &b) {
        return a.revenueKopecks > b.revenueKopecks;
    });
    // Rounded to the nearest, yet at least one: a department with a few clients still has a top one.
    const qsizetype topCount = std::max<qsizetype>((byRevenue.size() * topPercent + 50) / 100, 1);
    const QHash<qint64, QDateTime> visits = TaskRuleQuery(m_context).latestVisits();
    for (qsizetype i = 0; i < byRevenue.size(); ++i) {
        const ClientPayments &client = byRevenue.at(i);
        const bool top = i < topCount && client.revenueKopecks > 0;
        const int intervalDays = top ? halfYearDays : yearDays;
        QDateTime lastSeen = visits.value(client.companyId);
        if (!lastSeen.isValid() || (client.clientSince.isValid() && client.clientSince > lastSeen))
            lastSeen = client.clientSince.isValid() ? client.clientSince : client.paidAt.first();
        if (lastSeen.daysTo(m_now) < intervalDays || !mayCreate(client.companyId, TaskKind::VipVisit, intervalDays))
            continue;
        plan(client.companyId, client.ownerId, TaskKind::VipVisit, CompanyStage::Client,
             top ? tr("A top client by revenue: visit twice a year.") : tr("Visit each client once a year."));
    }
}

bool TaskRules::mayCreate(qint64 companyId, TaskKind kind, int intervalDays) const
{
    if (m_openTasks.value(kind).contains(companyId))
        return false;
    const QDateTime latest = m_latestCreated.value(kind).value(companyId);
    return !latest.isValid() || latest.addDays(intervalDays) <= m_now;
}

void TaskRules::plan(qint64 companyId, qint64 ownerId, TaskKind kind, CompanyStage stage, const QString &note)
{
    m_plan.append({companyId, ownerId, kind, stage, note});
    m_openTasks[kind].insert(companyId);
}

bool TaskRules::make(const PlannedTask &planned, const TaskRuleQuery &query)
{
    if (!query.stillWithoutOpenTask(planned.companyId, planned.stage, planned.kind))
        return false;
    Task task;
    task.companyId = planned.companyId;
    task.assigneeId = planned.ownerId != 0 ? planned.ownerId : m_context.userId;
    task.kind = planned.kind;
    task.dueAt = m_now;
    task.note = planned.note;
    TaskRepository(m_context).create(task);
    return true;
}

} // namespace voronka
