#include "CallOutcome.h"

#include "EnumNames.h"

namespace voronka {

namespace {
// One table row per line, as in CompanyStage.cpp. The keys are stored (activities, call scripts): never change one.
// clang-format off
constexpr EnumNames<CallOutcome, 7> outcomeNames("CallOutcome",
    {{
        {CallOutcome::NoAnswer, "no_answer", QT_TRANSLATE_NOOP("CallOutcome", "No answer")},
        {CallOutcome::Busy, "busy", QT_TRANSLATE_NOOP("CallOutcome", "Busy")},
        {CallOutcome::WrongNumber, "wrong_number", QT_TRANSLATE_NOOP("CallOutcome", "Wrong number")},
        {CallOutcome::Refused, "refused", QT_TRANSLATE_NOOP("CallOutcome", "Refused")},
        {CallOutcome::NotNow, "not_now", QT_TRANSLATE_NOOP("CallOutcome", "Not now, call on a date")},
        {CallOutcome::Callback, "callback", QT_TRANSLATE_NOOP("CallOutcome", "Call back at a time")},
        {CallOutcome::MeetingBooked, "meeting_booked", QT_TRANSLATE_NOOP("CallOutcome", "Meeting booked")},
    }});
// clang-format on
} // namespace

QList<CallOutcome> scriptCallOutcomes()
{
    return {CallOutcome::MeetingBooked, CallOutcome::Callback, CallOutcome::NotNow, CallOutcome::Refused,
            CallOutcome::WrongNumber};
}

// clang-format off
QList<CallOutcome> allCallOutcomes() { return outcomeNames.all(); }
QString callOutcomeKey(CallOutcome outcome) { return outcomeNames.key(outcome); }
std::optional<CallOutcome> callOutcomeFromKey(const QString &key) { return outcomeNames.fromKey(key); }
QString callOutcomeTitle(CallOutcome outcome) { return outcomeNames.title(outcome); }
// clang-format on

bool reachesCompany(CallOutcome outcome)
{
    return outcome != CallOutcome::NoAnswer && outcome != CallOutcome::Busy && outcome != CallOutcome::WrongNumber;
}

} // namespace voronka
