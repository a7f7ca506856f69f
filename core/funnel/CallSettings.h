#pragma once

#include "CallOutcomes.h"

#include <QCoreApplication>

namespace voronka {

class Database;

// The call rules the head of sales tunes (the parking limit, how soon an unanswered or busy number comes
// back), kept in the base's settings so that every desk sharing the file calls by the same rules.
class CallSettings
{
    Q_DECLARE_TR_FUNCTIONS(CallSettings)

public:
    static constexpr int maxFailedAttemptsLimit = 50;
    static constexpr int retryMinutesLimit = 7 * 24 * 60;

    // The stored rules over the defaults of CallOutcomeOptions; a value that is missing or out of range (an
    // older or hand-edited base) falls back to its default.
    static CallOutcomeOptions load(Database &db);
    // Checks the values first (attempts 1…50, retries 1 minute…a week) and throws FunnelError MissingData
    // with the reason; nothing is stored then.
    static void save(Database &db, const CallOutcomeOptions &options);
};

} // namespace voronka
