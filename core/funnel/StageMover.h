#pragma once

#include "domain/CompanyFunnelState.h"
#include "domain/Deal.h"
#include "domain/DealStep.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace voronka {

struct CompanyMove
{
    CompanyStage to = CompanyStage::Cold;
    QString comment;
    qint64 lostReasonId = 0; // required for a move to lost: an entry of the lost reasons list
};

struct DealMove
{
    DealStep to = DealStep::Needs;
    QString comment;
    qint64 lostReasonId = 0; // required for a move to lost
    // Required for a move to invoice issued (with an amount on the deal): an invoice is a document.
    QString invoiceNumber;
    QDate invoiceDate;
};

// Moves companies and deals along the funnel. A move is checked against the stage table, then written in one
// transaction: the new stage under the row's optimistic version, a stage_history row and an activity on the
// company's timeline. A refused move throws FunnelError; a colleague's change since the row was read throws
// StorageError StaleVersion. Either way nothing is written.
class StageMover
{
    Q_DECLARE_TR_FUNCTIONS(StageMover)

public:
    explicit StageMover(DataContext context);

    // Moves a company read at expectedVersion; returns its new version.
    qint64 moveCompany(qint64 companyId, qint64 expectedVersion, const CompanyMove &move);
    // Moves a deal read at expectedVersion; returns its new version. Paid is refused here: a deal is paid
    // by recording its payment (PaymentRecorder). Offer sent makes an offer follow-up task (in 2 days) and
    // invoice issued a payment reminder (in 3 days) for the deal's owner, as TaskRuleSettings say (each can be
    // switched off or set to other days). Every move, here and in the apply functions below, closes the tasks it
    // makes obsolete (ObsoleteTasks: a lost deal cancels its open tasks, a paid one closes its follow-ups).
    qint64 moveDeal(qint64 dealId, qint64 expectedVersion, const DealMove &move);

    // For operations that move a company as part of a larger change (a call outcome), inside their
    // transaction: checks the move, writes the history row and the activity and sets state.stage; the caller
    // saves state. A move to lost needs lostReason (see lostReasonTitle): it is kept on the company, and the
    // next action and open tasks are dropped (ObsoleteTasks). Leaving lost clears the reason and the call attempts.
    void applyCompanyMove(CompanyFunnelState &state, CompanyStage to, const QString &comment,
                          const QString &lostReason = {});
    // For operations that move a deal as part of a larger change (a payment), inside their transaction:
    // checks the step table, writes the history row and the deal_step activity and sets deal.step; the caller
    // saves the deal. Unlike moveDeal this may reach paid (the payment is the caller's business).
    void applyDealMove(Deal &deal, DealStep to, const QString &comment);
    // A new deal's first step (from nothing to deal.step), with its deal_step activity, inside the caller's
    // transaction after the deal was created.
    void recordDealOpened(const Deal &deal, const QString &comment);
    // The title of an active lost reason; throws FunnelError MissingData for 0, UnknownReason otherwise.
    QString lostReasonTitle(qint64 reasonId) const;

private:
    DataContext m_context;
};

} // namespace voronka
