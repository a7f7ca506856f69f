#pragma once

#include "DataContext.h"
#include "domain/CompanyStage.h"
#include "domain/Task.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace voronka {

// A client's payments as the reactivation and VIP rules weigh them.
struct ClientPayments
{
    qint64 companyId = 0;
    qint64 ownerId = 0; // the account manager; 0: nobody
    QDateTime clientSince; // UTC; invalid when not on record
    QList<QDateTime> paidAt; // UTC, oldest first; never empty
    qint64 revenueKopecks = 0; // paid since the time asked for
};

// An open deal with no open task about it nor about its company: nobody will take the next step.
struct FlaggedDeal
{
    qint64 dealId = 0;
    qint64 companyId = 0;
    qint64 ownerId = 0; // 0: nobody
    QString title;
    QString companyName;
};

// What the task rules read: clients' payments, visits and the rule tasks already made. Read-only; each statement
// is drained at once. A department has at most thousands of clients, so each list is read whole.
class TaskRuleQuery
{
public:
    explicit TaskRuleQuery(DataContext context);

    // Companies at the client stage that have paid at least once, by id.
    QList<ClientPayments> clientPayments(const QDateTime &revenueSince) const;
    // Per company: when its latest task of the kind was created (whatever became of it).
    QHash<qint64, QDateTime> latestTaskCreated(TaskKind kind) const;
    // Companies with an open task of the kind.
    QSet<qint64> companiesWithOpenTask(TaskKind kind) const;
    // Per company: its latest visit, a held meeting or a VIP visit marked done.
    QHash<qint64, QDateTime> latestVisits() const;
    // Companies at the reactivation stage without an open reactivation task, by id, with their owner (0: nobody).
    QList<QPair<qint64, qint64>> reactivationsWithoutTask() const;
    // Open deals (not paid, not lost) without a next task, oldest first.
    QList<FlaggedDeal> dealsWithoutNextTask() const;
    // Whether the company is still at the stage and has no open task of the kind: what a rule read a while ago
    // may no longer hold when its task is written (a colleague, or another desk's sweep, made one meanwhile, or
    // moved the company on). Asked inside the write transaction that makes the task.
    bool stillWithoutOpenTask(qint64 companyId, CompanyStage stage, TaskKind kind) const;

private:
    DataContext m_context;
};

} // namespace voronka
