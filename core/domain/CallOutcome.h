#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace voronka {

// How a call ended. The key is stored as the outcome of the call's activity, and a call script's answer names the
// outcome it ends the call with by the same key.
enum class CallOutcome { NoAnswer, Busy, WrongNumber, Refused, NotNow, Callback, MeetingBooked };

QList<CallOutcome> allCallOutcomes();
// The outcomes a conversation can end in, as a script's answers offer them (the likeliest hoped-for first):
// every outcome but no answer and busy, which end a call before anyone speaks.
QList<CallOutcome> scriptCallOutcomes();
QString callOutcomeKey(CallOutcome outcome);
std::optional<CallOutcome> callOutcomeFromKey(const QString &key);
QString callOutcomeTitle(CallOutcome outcome);
// The caller reached the company (a collector's contact is confirmed by it): every outcome but no answer, busy and a
// wrong number.
bool reachesCompany(CallOutcome outcome);

} // namespace voronka
