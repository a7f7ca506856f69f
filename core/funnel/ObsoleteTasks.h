#pragma once

#include "domain/CompanyStage.h"
#include "domain/DealStep.h"
#include "domain/Task.h"
#include "storage/DataContext.h"

#include <QList>

namespace voronka {

// One line of the table: a task kind a move leaves without purpose, and how it is closed: done when the move
// fulfils it (a deal paid fulfils its payment reminder), cancelled when it only makes it pointless.
struct ObsoleteTask
{
    TaskKind kind = TaskKind::Custom;
    TaskStatus closeAs = TaskStatus::Cancelled;
};

// Which open tasks each funnel move ends, as data: a company that reaches a stage closes these kinds of its own
// tasks, a deal that reaches a step these kinds of the deal's tasks. Applied inside the move's transaction
// (StageMover applies it on every move, so call and meeting outcomes and payments get it too), so that an
// obsolete task neither stays in Today nor pops up as a reminder. A closed task keeps who closed it and when
// (updated_by/updated_at, done_at for a done one). Tasks people made themselves (Custom) are left alone, but for
// a lost deal, which ends every task of the deal.
class ObsoleteTasks
{
public:
    explicit ObsoleteTasks(DataContext context);

    static QList<ObsoleteTask> afterCompanyMove(CompanyStage to);
    static QList<ObsoleteTask> afterDealMove(DealStep to);

    // Closes the company's / the deal's open tasks that the move makes obsolete; returns how many.
    // Run inside the caller's write transaction.
    int closeAfterCompanyMove(qint64 companyId, CompanyStage to) const;
    int closeAfterDealMove(qint64 dealId, DealStep to) const;
    // Closes the company's open tasks of the given kinds, for rules outside the stage table (e.g. a company left
    // without a number to call has no callback to make); returns how many.
    int closeForCompany(qint64 companyId, const QList<ObsoleteTask> &tasks) const;

private:
    DataContext m_context;
};

} // namespace voronka
