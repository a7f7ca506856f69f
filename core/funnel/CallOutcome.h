#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace voronka {

// How a call ended. The key is stored as the outcome of the call's activity.
enum class CallOutcome { NoAnswer, Busy, WrongNumber, Refused, NotNow, Callback, MeetingBooked };

QList<CallOutcome> allCallOutcomes();
QString callOutcomeKey(CallOutcome outcome);
std::optional<CallOutcome> callOutcomeFromKey(const QString &key);
QString callOutcomeTitle(CallOutcome outcome);

} // namespace voronka
