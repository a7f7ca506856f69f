#include "ObsoleteTasks.h"

#include "storage/TaskRepository.h"

namespace voronka {

namespace {
constexpr TaskStatus cancelled = TaskStatus::Cancelled;
constexpr TaskStatus done = TaskStatus::Done;

struct CompanyRule
{
    CompanyStage to;
    TaskKind kind;
    TaskStatus closeAs;
};

struct DealRule
{
    DealStep to;
    TaskKind kind;
    TaskStatus closeAs;
};

// clang-format off
// A company's tasks: a lost company is not called, visited or chased any more; one back in the cold base or the
// first line has no meeting; a booked meeting replaces the callback it came from; an opened deal means the
// meeting was held (or the client was won back); a client that pays again is won back.
constexpr CompanyRule companyRules[] = {
    {CompanyStage::Lost, TaskKind::Callback, cancelled},
    {CompanyStage::Lost, TaskKind::Meeting, cancelled},
    {CompanyStage::Lost, TaskKind::OfferFollowUp, cancelled},
    {CompanyStage::Lost, TaskKind::PaymentReminder, cancelled},
    {CompanyStage::Lost, TaskKind::Reactivation, cancelled},
    {CompanyStage::Lost, TaskKind::VipVisit, cancelled},
    {CompanyStage::Cold, TaskKind::Callback, cancelled},
    {CompanyStage::Cold, TaskKind::Meeting, cancelled},
    {CompanyStage::Calling, TaskKind::Meeting, cancelled},
    {CompanyStage::Meeting, TaskKind::Callback, cancelled},
    {CompanyStage::Deal, TaskKind::Callback, cancelled},
    {CompanyStage::Deal, TaskKind::Meeting, done},
    {CompanyStage::Deal, TaskKind::Reactivation, done},
    {CompanyStage::Client, TaskKind::Reactivation, done},
};

// A deal's tasks: the offer's follow-up is to learn the client's decision, which any step past the offer gives;
// the payment reminder is fulfilled by the payment; a step back before the offer leaves nothing to chase; a lost
// deal ends all of them.
constexpr DealRule dealRules[] = {
    {DealStep::Needs, TaskKind::OfferFollowUp, cancelled},
    {DealStep::Needs, TaskKind::PaymentReminder, cancelled},
    {DealStep::Presentation, TaskKind::OfferFollowUp, cancelled},
    {DealStep::Presentation, TaskKind::PaymentReminder, cancelled},
    {DealStep::Objections, TaskKind::OfferFollowUp, done},
    {DealStep::Contract, TaskKind::OfferFollowUp, done},
    {DealStep::InvoiceIssued, TaskKind::OfferFollowUp, done},
    {DealStep::Paid, TaskKind::OfferFollowUp, done},
    {DealStep::Paid, TaskKind::PaymentReminder, done},
    {DealStep::Lost, TaskKind::Callback, cancelled},
    {DealStep::Lost, TaskKind::Meeting, cancelled},
    {DealStep::Lost, TaskKind::OfferFollowUp, cancelled},
    {DealStep::Lost, TaskKind::PaymentReminder, cancelled},
    {DealStep::Lost, TaskKind::Reactivation, cancelled},
    {DealStep::Lost, TaskKind::VipVisit, cancelled},
    {DealStep::Lost, TaskKind::Custom, cancelled},
};
// clang-format on
} // namespace

ObsoleteTasks::ObsoleteTasks(DataContext context)
    : m_context(context)
{
}

namespace {
// The tasks a table's rules end on a move to `to` (the company table and the deal table read alike).
template<typename Rules, typename Target>
QList<ObsoleteTask> endedBy(const Rules &rules, Target to)
{
    QList<ObsoleteTask> tasks;
    for (const auto &rule : rules) {
        if (rule.to == to)
            tasks.append({rule.kind, rule.closeAs});
    }
    return tasks;
}
} // namespace

QList<ObsoleteTask> ObsoleteTasks::afterCompanyMove(CompanyStage to)
{
    return endedBy(companyRules, to);
}

QList<ObsoleteTask> ObsoleteTasks::afterDealMove(DealStep to)
{
    return endedBy(dealRules, to);
}

int ObsoleteTasks::closeAfterCompanyMove(qint64 companyId, CompanyStage to) const
{
    return closeForCompany(companyId, afterCompanyMove(to));
}

int ObsoleteTasks::closeForCompany(qint64 companyId, const QList<ObsoleteTask> &tasks) const
{
    TaskRepository repository(m_context);
    int closed = 0;
    for (const ObsoleteTask &task : tasks)
        closed += repository.closeOpenForCompany(companyId, task.kind, task.closeAs);
    return closed;
}

int ObsoleteTasks::closeAfterDealMove(qint64 dealId, DealStep to) const
{
    TaskRepository repository(m_context);
    int closed = 0;
    for (const ObsoleteTask &task : afterDealMove(to))
        closed += repository.closeOpenForDeal(dealId, task.kind, task.closeAs);
    return closed;
}

} // namespace voronka
