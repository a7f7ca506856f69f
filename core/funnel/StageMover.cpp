#include "StageMover.h"

#include "CompanyStageMachine.h"
#include "DealStepMachine.h"
#include "FunnelError.h"
#include "ObsoleteTasks.h"
#include "TaskRuleSettings.h"
#include "domain/Activity.h"
#include "domain/Clock.h"
#include "domain/StageChange.h"
#include "storage/ActivityRepository.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/DealFunnelRepository.h"
#include "storage/LostReasonRepository.h"
#include "storage/StageHistoryRepository.h"
#include "storage/TaskRepository.h"
#include "storage/WriteTransaction.h"

#include <array>

namespace voronka {

namespace {
// Tasks a deal step creates by itself, so that nobody has to remember them: an offer is followed up, and an
// invoice is not a sale until it is paid, so a payment reminder comes a few days after it. Each is a rule the
// head tunes or switches off (TaskRuleSettings).
struct StepTask
{
    DealStep step;
    TaskKind kind;
    bool enabled;
    int dueAfterDays;
};

std::array<StepTask, 2> stepTasks(const TaskRuleOptions &rules)
{
    return {{
        {DealStep::OfferSent, TaskKind::OfferFollowUp, rules.offerFollowUpEnabled, rules.offerFollowUpDays},
        {DealStep::InvoiceIssued, TaskKind::PaymentReminder, rules.paymentReminderEnabled, rules.paymentReminderDays},
    }};
}

QString joinComment(const QString &reason, const QString &comment)
{
    const QString trimmed = comment.trimmed();
    if (reason.isEmpty())
        return trimmed;
    return trimmed.isEmpty() ? reason : reason + QStringLiteral(": ") + trimmed;
}

// A deal step reached (from nothing for a new deal): its history row and its timeline activity.
void recordDealStep(DataContext context, const Deal &deal, const QString &from, const QString &to,
                    const QString &comment)
{
    StageChange change;
    change.companyId = deal.companyId;
    change.dealId = deal.id;
    change.fromStage = from;
    change.toStage = to;
    change.comment = comment.trimmed();
    if (to == dealStepKey(DealStep::Lost))
        change.lostReason = deal.lostReason;
    StageHistoryRepository(context).record(change);

    Activity activity;
    activity.companyId = deal.companyId;
    activity.dealId = deal.id;
    activity.kind = ActivityKind::DealStep;
    activity.outcome = change.toStage;
    activity.note = change.comment;
    ActivityRepository(context).add(activity);
}
} // namespace

StageMover::StageMover(DataContext context)
    : m_context(context)
{
}

QString StageMover::lostReasonTitle(qint64 reasonId) const
{
    if (reasonId == 0)
        throw FunnelError(FunnelError::Kind::MissingData, tr("Choose a reason from the list of lost reasons."));
    const auto reason = LostReasonRepository(m_context).find(reasonId);
    if (!reason || !reason->active)
        throw FunnelError(FunnelError::Kind::UnknownReason,
                          tr("The lost reason is not in the list (it may have been removed); choose another."));
    return reason->title;
}

void StageMover::applyCompanyMove(CompanyFunnelState &state, CompanyStage to, const QString &comment,
                                  const QString &lostReason)
{
    const QString refusal = CompanyStageMachine::refusal(state.stage, to);
    if (!refusal.isEmpty())
        throw FunnelError(FunnelError::Kind::ForbiddenMove, refusal);
    if (to == CompanyStage::Lost && lostReason.isEmpty())
        throw FunnelError(FunnelError::Kind::MissingData, tr("Choose a reason from the list of lost reasons."));

    StageChange change;
    change.companyId = state.companyId;
    change.fromStage = companyStageKey(state.stage);
    change.toStage = companyStageKey(to);
    change.comment = joinComment(lostReason, comment);
    change.lostReason = lostReason;
    StageHistoryRepository(m_context).record(change);

    Activity activity;
    activity.companyId = state.companyId;
    activity.kind = ActivityKind::StageChange;
    activity.outcome = change.toStage;
    activity.note = change.comment;
    ActivityRepository(m_context).add(activity);

    if (state.stage == CompanyStage::Lost) {
        // A company back from lost starts afresh: its old reason and failed attempts no longer apply.
        state.lostReason.clear();
        state.callAttempts = 0;
        state.parkedAt = {};
    }
    if (to == CompanyStage::Lost) {
        // Nobody calls a lost company back: its planned action and open callbacks go with it.
        state.lostReason = lostReason;
        state.nextActionAt = {};
    }
    // Whatever the move leaves without purpose (a lost company's callback) goes in the same transaction.
    ObsoleteTasks(m_context).closeAfterCompanyMove(state.companyId, to);
    state.stage = to;
}

qint64 StageMover::moveCompany(qint64 companyId, qint64 expectedVersion, const CompanyMove &move)
{
    // Checks that need no lock come first, so a bad move never opens a write transaction.
    const QString reason = move.to == CompanyStage::Lost ? lostReasonTitle(move.lostReasonId) : QString();

    WriteTransaction transaction(m_context.db);
    CompanyFunnelRepository companies(m_context);
    CompanyFunnelState state = companies.findAtVersion(companyId, expectedVersion);
    applyCompanyMove(state, move.to, move.comment, reason);
    companies.save(state);
    transaction.commit();
    return state.version;
}

qint64 StageMover::moveDeal(qint64 dealId, qint64 expectedVersion, const DealMove &move)
{
    if (move.to == DealStep::Paid)
        throw FunnelError(FunnelError::Kind::ForbiddenMove,
                          tr("A deal becomes paid when its payment is recorded, not by moving it."));
    const QString reason = move.to == DealStep::Lost ? lostReasonTitle(move.lostReasonId) : QString();

    WriteTransaction transaction(m_context.db);
    DealFunnelRepository deals(m_context);
    Deal deal = deals.findAtVersion(dealId, expectedVersion);
    const QString refusal = DealStepMachine::refusal(deal.step, move.to);
    if (!refusal.isEmpty())
        throw FunnelError(FunnelError::Kind::ForbiddenMove, refusal);
    if (move.to == DealStep::InvoiceIssued) {
        if (deal.amountKopecks <= 0)
            throw FunnelError(FunnelError::Kind::MissingData, tr("Enter the deal's amount before issuing an invoice."));
        if (move.invoiceNumber.trimmed().isEmpty() || !move.invoiceDate.isValid())
            throw FunnelError(FunnelError::Kind::MissingData, tr("An invoice needs its number and date."));
        deal.invoiceNumber = move.invoiceNumber.trimmed();
        deal.invoiceDate = move.invoiceDate;
    }

    if (move.to == DealStep::Lost)
        deal.lostReason = reason; // its open tasks are cancelled by applyDealMove (ObsoleteTasks)
    applyDealMove(deal, move.to, joinComment(reason, move.comment));

    TaskRepository tasks(m_context);
    for (const StepTask &rule : stepTasks(TaskRuleSettings::load(m_context.db))) {
        if (rule.step != move.to)
            continue;
        tasks.cancelOpenForDeal(dealId, rule.kind); // a revised offer replaces the follow-up of the old one
        if (!rule.enabled)
            continue;
        Task task;
        task.companyId = deal.companyId;
        task.dealId = dealId;
        task.assigneeId = deal.ownerId != 0 ? deal.ownerId : m_context.userId;
        task.kind = rule.kind;
        task.dueAt = m_context.clock.nowUtc().addDays(rule.dueAfterDays);
        tasks.create(task);
    }
    deals.saveStep(deal);
    transaction.commit();
    return deal.version;
}

void StageMover::applyDealMove(Deal &deal, DealStep to, const QString &comment)
{
    const QString refusal = DealStepMachine::refusal(deal.step, to);
    if (!refusal.isEmpty())
        throw FunnelError(FunnelError::Kind::ForbiddenMove, refusal);
    recordDealStep(m_context, deal, dealStepKey(deal.step), dealStepKey(to), comment);
    // Whatever the step leaves without purpose (a paid deal's offer follow-up) goes in the same transaction.
    ObsoleteTasks(m_context).closeAfterDealMove(deal.id, to);
    deal.step = to;
}

void StageMover::recordDealOpened(const Deal &deal, const QString &comment)
{
    recordDealStep(m_context, deal, QString(), dealStepKey(deal.step), comment);
}

} // namespace voronka
