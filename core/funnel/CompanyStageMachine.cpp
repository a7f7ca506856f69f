#include "CompanyStageMachine.h"

#include <QStringList>

#include <array>

namespace voronka {

namespace {
using S = CompanyStage;

// The conveyor: cold → calling → meeting → deal → client, with lost and reactivation on the side.
// Skipping forward is allowed where it happens in life (an inbound inquiry books a meeting straight from the
// cold base); conversion reports count a skipped stage from the history, so nothing is lost by it.
// A company becomes a client only from a deal (its first payment) or back from reactivation.
constexpr std::array<CompanyStageMachine::Move, 17> moveTable{{
    {S::Cold, S::Calling},
    {S::Cold, S::Meeting},
    {S::Cold, S::Lost},
    {S::Calling, S::Meeting},
    {S::Calling, S::Lost},
    {S::Calling, S::Cold}, // back to the base, e.g. a parked company given to another caller
    {S::Meeting, S::Deal},
    {S::Meeting, S::Calling}, // the meeting fell through, call again
    {S::Meeting, S::Lost},
    {S::Deal, S::Client},
    {S::Deal, S::Lost},
    {S::Client, S::Reactivation},
    {S::Lost, S::Cold}, // a lost company can return to the cold base later
    {S::Reactivation, S::Meeting},
    {S::Reactivation, S::Deal},
    {S::Reactivation, S::Client},
    {S::Reactivation, S::Lost},
}};
} // namespace

QList<CompanyStageMachine::Move> CompanyStageMachine::moves()
{
    return {moveTable.begin(), moveTable.end()};
}

QList<CompanyStage> CompanyStageMachine::allowedFrom(CompanyStage from)
{
    QList<CompanyStage> stages;
    for (const Move &move : moveTable) {
        if (move.from == from)
            stages.append(move.to);
    }
    return stages;
}

bool CompanyStageMachine::isAllowed(CompanyStage from, CompanyStage to)
{
    return allowedFrom(from).contains(to);
}

QString CompanyStageMachine::refusal(CompanyStage from, CompanyStage to)
{
    if (from == to)
        return tr("The company is already at the stage \"%1\".").arg(companyStageTitle(to));
    if (isAllowed(from, to))
        return {};
    QStringList allowed;
    for (CompanyStage stage : allowedFrom(from))
        allowed.append(companyStageTitle(stage));
    if (allowed.isEmpty())
        return tr("A company at the stage \"%1\" cannot move to another stage.").arg(companyStageTitle(from));
    return tr("A company cannot go from \"%1\" to \"%2\"; from \"%1\" it can go to: %3.")
        .arg(companyStageTitle(from), companyStageTitle(to), allowed.join(QStringLiteral(", ")));
}

} // namespace voronka
