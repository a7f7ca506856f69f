#include "DealStepMachine.h"

#include <QStringList>

#include <array>

namespace voronka {

namespace {
using D = DealStep;

// The seven steps of a sale. A step may be skipped forward (a client who needs no presentation), a closer may
// step back while the client changes their mind before signing, objections may bring a revised offer, and any
// open step may be lost. Paid and lost are final: a repeat sale is a new deal.
constexpr std::array<DealStepMachine::Move, 18> moveTable{{
    {D::Needs, D::Presentation},
    {D::Needs, D::OfferSent},
    {D::Needs, D::Lost},
    {D::Presentation, D::Needs},
    {D::Presentation, D::OfferSent},
    {D::Presentation, D::Lost},
    {D::OfferSent, D::Presentation},
    {D::OfferSent, D::Objections},
    {D::OfferSent, D::Contract},
    {D::OfferSent, D::Lost},
    {D::Objections, D::OfferSent}, // a revised offer
    {D::Objections, D::Contract},
    {D::Objections, D::Lost},
    {D::Contract, D::Objections},
    {D::Contract, D::InvoiceIssued},
    {D::Contract, D::Lost},
    {D::InvoiceIssued, D::Paid},
    {D::InvoiceIssued, D::Lost},
}};
} // namespace

QList<DealStepMachine::Move> DealStepMachine::moves()
{
    return {moveTable.begin(), moveTable.end()};
}

QList<DealStep> DealStepMachine::allowedFrom(DealStep from)
{
    QList<DealStep> steps;
    for (const Move &move : moveTable) {
        if (move.from == from)
            steps.append(move.to);
    }
    return steps;
}

bool DealStepMachine::isAllowed(DealStep from, DealStep to)
{
    return allowedFrom(from).contains(to);
}

QString DealStepMachine::refusal(DealStep from, DealStep to)
{
    if (from == to)
        return tr("The deal is already at the step \"%1\".").arg(dealStepTitle(to));
    if (isAllowed(from, to))
        return {};
    if (from == DealStep::Paid || from == DealStep::Lost)
        return tr("The deal is closed (\"%1\"); start a new deal instead.").arg(dealStepTitle(from));
    QStringList allowed;
    for (DealStep step : allowedFrom(from))
        allowed.append(dealStepTitle(step));
    return tr("A deal cannot go from \"%1\" to \"%2\"; from \"%1\" it can go to: %3.")
        .arg(dealStepTitle(from), dealStepTitle(to), allowed.join(QStringLiteral(", ")));
}

} // namespace voronka
