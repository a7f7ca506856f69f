#pragma once

#include "domain/CallOutcome.h"
#include "domain/CompanyFunnelState.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <functional>

namespace voronka {

struct CallOutcomeOptions
{
    // After this many failed attempts in a row (no answer, busy) the company is parked.
    int maxFailedAttempts = 5;
    int noAnswerRetryMinutes = 120;
    int busyRetryMinutes = 15;
    // "Not now, call on DATE" is due at this time of that day.
    QTime callbackTimeOfDay = QTime(10, 0);
    // The caller's time zone: dates and meeting times are given in it.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

struct MeetingBooking
{
    QDate date;
    QTime time;
    QString place;
    qint64 closerId = 0; // who goes to the meeting
    QString comment;
    // Why the meeting is booked although the closer has another one then (CloserSchedule); without it such a
    // booking is refused.
    QString overlapReason = {};
};

struct CallResult
{
    qint64 version = 0; // the company's new version
    bool parked = false; // the company is parked after this call
    qint64 taskId = 0; // the callback or meeting task created, if any
    bool needsNumber = false; // the company has no number left to dial and waits for one
};

// The outcomes of a first-line call, one operation each. Each checks its input first, then in one
// transaction: moves a cold company to calling (the first call), records the call activity with its
// outcome, applies what the outcome means (attempts, parking, a callback or meeting task, a move to lost or
// meeting) and saves the company under the version the caller read. A refusal throws FunnelError, a
// colleague's change StorageError StaleVersion; nothing is written then. A lost company is not called: it
// returns to the cold base first (StageMover).
//
// Parking: after options.maxFailedAttempts failed attempts in a row the company keeps its stage but gets
// parked_at and loses its next action, so it leaves the call queue instead of coming up for ever. Any call
// that reaches someone (refused, not now, callback, meeting) resets the attempts and unparks it; a parked
// company can also be moved back to the cold base for another caller.
class CallOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(CallOutcomes)

public:
    explicit CallOutcomes(DataContext context, CallOutcomeOptions options = {});

    CallResult noAnswer(qint64 companyId, qint64 expectedVersion, const QString &comment = {});
    CallResult busy(qint64 companyId, qint64 expectedVersion, const QString &comment = {});
    // Flags the dialled phone as a wrong number; does not count as a failed attempt. When it was the company's
    // last number, its open callbacks are cancelled and its next action cleared: it waits for a new number.
    CallResult wrongNumber(qint64 companyId, qint64 expectedVersion, qint64 phoneId, const QString &comment = {});
    // The company goes to lost with a reason from the lost reasons list.
    CallResult refused(qint64 companyId, qint64 expectedVersion, qint64 reasonId, const QString &comment = {});
    // A dated callback on a later day, at options.callbackTimeOfDay, for the caller.
    CallResult notNow(qint64 companyId, qint64 expectedVersion, const QDate &date, const QString &comment = {});
    // A callback at an exact time (UTC or with a zone), for the caller.
    CallResult callbackAt(qint64 companyId, qint64 expectedVersion, const QDateTime &when, const QString &comment = {});
    // The company moves to meeting and is handed to the closer, who gets a meeting task. Refused (FunnelError
    // DoubleBooked) when the closer has a meeting then, unless booking.overlapReason says why; the reason goes
    // into the call's note.
    CallResult meetingBooked(qint64 companyId, qint64 expectedVersion, const MeetingBooking &booking);

private:
    CallResult failedAttempt(qint64 companyId, qint64 expectedVersion, CallOutcome outcome, int retryMinutes,
                             const QString &comment);
    CallResult scheduleCallback(qint64 companyId, qint64 expectedVersion, CallOutcome outcome, const QDateTime &dueUtc,
                                const QString &comment);
    // Runs one call in a transaction: loads the company at expectedVersion, starts the call, lets apply
    // change the state, records the call activity and saves.
    CallResult record(qint64 companyId, qint64 expectedVersion, CallOutcome outcome, const QString &comment,
                      const std::function<void(CompanyFunnelState &, CallResult &)> &apply);
    static void reached(CompanyFunnelState &state);
    void leaveForNumber(CompanyFunnelState &state);

    DataContext m_context;
    CallOutcomeOptions m_options;
};

} // namespace voronka
