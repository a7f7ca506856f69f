#include "domain/CallOutcome.h"
#include "storage/CallScriptRepository.h"

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("Call outcome keys are stored words that never change", "[domain][calls]")
{
    QStringList keys;
    for (const CallOutcome outcome : allCallOutcomes()) {
        keys.append(callOutcomeKey(outcome));
        CHECK(callOutcomeFromKey(callOutcomeKey(outcome)) == outcome);
    }
    CHECK(keys
          == QStringList{QStringLiteral("no_answer"), QStringLiteral("busy"), QStringLiteral("wrong_number"),
                         QStringLiteral("refused"), QStringLiteral("not_now"), QStringLiteral("callback"),
                         QStringLiteral("meeting_booked")});
    CHECK_FALSE(callOutcomeFromKey(QStringLiteral("meeting")).has_value());
}

TEST_CASE("A script's answers end a call with the conversation outcomes of the one outcome table", "[domain][calls]")
{
    CHECK(scriptCallOutcomes()
          == QList<CallOutcome>{CallOutcome::MeetingBooked, CallOutcome::Callback, CallOutcome::NotNow,
                                CallOutcome::Refused, CallOutcome::WrongNumber});
    // Storage checks scripts against the same table.
    CHECK(CallScriptRepository::outcomeKeys()
          == QStringList{QStringLiteral("meeting_booked"), QStringLiteral("callback"), QStringLiteral("not_now"),
                         QStringLiteral("refused"), QStringLiteral("wrong_number")});
}
