#pragma once

#include "domain/DealStep.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace voronka {

// Which deal step may follow which; a table like CompanyStageMachine's.
class DealStepMachine
{
    Q_DECLARE_TR_FUNCTIONS(DealStepMachine)

public:
    struct Move
    {
        DealStep from;
        DealStep to;
    };

    static QList<Move> moves();
    static QList<DealStep> allowedFrom(DealStep from);
    static bool isAllowed(DealStep from, DealStep to);
    // Empty when the move is allowed; otherwise why not, in words for the user.
    static QString refusal(DealStep from, DealStep to);
};

} // namespace voronka
