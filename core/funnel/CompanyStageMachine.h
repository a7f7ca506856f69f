#pragma once

#include "domain/CompanyStage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace voronka {

// Which company stage may follow which. The moves are a table (CompanyStageMachine.cpp), not code paths,
// so the rules can be read, tested and changed in one place.
class CompanyStageMachine
{
    Q_DECLARE_TR_FUNCTIONS(CompanyStageMachine)

public:
    struct Move
    {
        CompanyStage from;
        CompanyStage to;
    };

    static QList<Move> moves();
    static QList<CompanyStage> allowedFrom(CompanyStage from);
    static bool isAllowed(CompanyStage from, CompanyStage to);
    // Empty when the move is allowed; otherwise why not, in words for the user.
    static QString refusal(CompanyStage from, CompanyStage to);
};

} // namespace voronka
