#include "funnel/CompanyStageMachine.h"
#include "support/CatchQt.h"

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("The company stage table allows the conveyor's moves", "[funnel][stage-machine]")
{
    using S = CompanyStage;
    CHECK(CompanyStageMachine::isAllowed(S::Cold, S::Calling));
    CHECK(CompanyStageMachine::isAllowed(S::Calling, S::Meeting));
    CHECK(CompanyStageMachine::isAllowed(S::Meeting, S::Deal));
    CHECK(CompanyStageMachine::isAllowed(S::Deal, S::Client));
    CHECK(CompanyStageMachine::isAllowed(S::Client, S::Reactivation));
    CHECK(CompanyStageMachine::isAllowed(S::Calling, S::Lost));
    CHECK(CompanyStageMachine::isAllowed(S::Lost, S::Cold));
    CHECK(CompanyStageMachine::refusal(S::Cold, S::Calling).isEmpty());
}

TEST_CASE("Forbidden company moves are refused with a reason", "[funnel][stage-machine][bad-input]")
{
    using S = CompanyStage;
    CHECK_FALSE(CompanyStageMachine::isAllowed(S::Cold, S::Client));
    CHECK_FALSE(CompanyStageMachine::isAllowed(S::Calling, S::Deal));
    CHECK_FALSE(CompanyStageMachine::isAllowed(S::Lost, S::Client));
    CHECK(CompanyStageMachine::refusal(S::Cold, S::Client)
          == QStringLiteral("A company cannot go from \"Cold\" to \"Client\"; from \"Cold\" it can go to: Calling, "
                            "Meeting, Lost."));
    CHECK(CompanyStageMachine::refusal(S::Meeting, S::Meeting)
          == QStringLiteral("The company is already at the stage \"Meeting\"."));
}

TEST_CASE("Every company stage can be left and every stage but cold can be reached", "[funnel][stage-machine]")
{
    for (CompanyStage stage : allCompanyStages()) {
        CAPTURE(companyStageKey(stage));
        CHECK_FALSE(CompanyStageMachine::allowedFrom(stage).isEmpty());
        CHECK_FALSE(CompanyStageMachine::isAllowed(stage, stage));
        bool reachable = false;
        for (const auto &move : CompanyStageMachine::moves())
            reachable = reachable || move.to == stage;
        CHECK(reachable);
    }
}
