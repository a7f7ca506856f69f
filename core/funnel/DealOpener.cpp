#include "DealOpener.h"

#include "CompanyStageMachine.h"
#include "FunnelError.h"
#include "StageMover.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/DealRepository.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>

namespace voronka {

DealOpener::DealOpener(DataContext context)
    : m_context(context)
{
}

QList<DealStep> DealOpener::firstSteps()
{
    return {DealStep::Needs, DealStep::Presentation};
}

bool DealOpener::keepsStage(CompanyStage stage)
{
    return stage == CompanyStage::Deal || stage == CompanyStage::Client;
}

QString DealOpener::stageRefusal(CompanyStage stage)
{
    return keepsStage(stage) ? QString() : CompanyStageMachine::refusal(stage, CompanyStage::Deal);
}

void DealOpener::validate(const NewDeal &deal) const
{
    if (deal.title.trimmed().isEmpty())
        throw FunnelError(FunnelError::Kind::MissingData, tr("A deal needs a title."));
    if (deal.amountKopecks < 0)
        throw FunnelError(FunnelError::Kind::MissingData, tr("The deal's amount cannot be negative."));
    if (deal.marginKopecks < 0)
        throw FunnelError(FunnelError::Kind::MissingData, tr("The deal's margin cannot be negative."));
    if (deal.marginKopecks > 0 && deal.marginKopecks > deal.amountKopecks)
        throw FunnelError(FunnelError::Kind::MissingData, tr("The deal's margin cannot be more than its amount."));
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyCode.match(deal.currency).hasMatch())
        throw FunnelError(FunnelError::Kind::MissingData,
                          tr("The currency must be a three-letter code such as RUB, USD or EUR."));
    if (!firstSteps().contains(deal.step))
        throw FunnelError(FunnelError::Kind::ForbiddenMove,
                          tr("A new deal starts at \"%1\" or \"%2\".")
                              .arg(dealStepTitle(DealStep::Needs), dealStepTitle(DealStep::Presentation)));
    if (deal.ownerId != 0) {
        const auto owner = UserRepository(m_context).find(deal.ownerId);
        if (!owner || !owner->active)
            throw FunnelError(FunnelError::Kind::UnknownUser, tr("The deal's owner is not an active user."));
    }
}

Deal DealOpener::openFor(CompanyFunnelState &state, const NewDeal &input)
{
    if (!keepsStage(state.stage))
        StageMover(m_context).applyCompanyMove(state, CompanyStage::Deal, input.comment);

    Deal deal;
    deal.companyId = state.companyId;
    deal.ownerId = input.ownerId != 0 ? input.ownerId : m_context.userId;
    deal.title = input.title.trimmed();
    deal.step = input.step;
    deal.amountKopecks = input.amountKopecks;
    deal.marginKopecks = input.marginKopecks;
    deal.currency = input.currency;
    DealRepository(m_context).create(deal);
    StageMover(m_context).recordDealOpened(deal, input.comment);
    return deal;
}

OpenedDeal DealOpener::open(qint64 companyId, qint64 expectedVersion, const NewDeal &input)
{
    validate(input);

    WriteTransaction transaction(m_context.db);
    CompanyFunnelRepository companies(m_context);
    CompanyFunnelState state = companies.findAtVersion(companyId, expectedVersion);
    const Deal deal = openFor(state, input);
    companies.save(state);
    transaction.commit();
    return {deal.id, deal.version, state.version};
}

} // namespace voronka
