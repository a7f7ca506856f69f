#pragma once

#include "DealOpener.h"
#include "domain/CompanyFunnelState.h"
#include "domain/Task.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace voronka {

// What the closer agreed at a held meeting.
enum class MeetingNextStep {
    Offer, // the client wants an offer: a deal opens and the company moves to deal
    ThinkItOver, // the client will think: a follow-up callback for the closer
    Refused, // the company is lost, with a reason from the list
};

struct MeetingHeld
{
    MeetingNextStep next = MeetingNextStep::Offer;
    NewDeal deal; // for Offer; its owner defaults to the closer who had the meeting
    QDateTime followUpAt; // for ThinkItOver: when to call back (UTC or with a zone), in the future
    qint64 lostReasonId = 0; // for Refused
    QString comment;
};

struct MeetingResult
{
    qint64 companyVersion = 0; // the company's new version
    qint64 dealId = 0; // the deal opened, if any
    qint64 taskId = 0; // the follow-up or callback task created, if any
};

// The outcomes of a meeting (a meeting task booked by a call), one operation each. Each checks its input
// first, then in one transaction: loads the company at the version the caller read, checks the task is an
// open meeting of that company, records a meeting activity with the outcome, applies it (stage moves go
// through StageMover, so they land in stage_history) and saves the company. A refusal throws FunnelError, a
// colleague's change StorageError StaleVersion; nothing is written then.
class MeetingOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(MeetingOutcomes)

public:
    explicit MeetingOutcomes(DataContext context);

    // The meeting took place: the task is done, and the next step decides the rest. Refused (FunnelError NotYet)
    // before the meeting's start time.
    MeetingResult held(qint64 meetingTaskId, qint64 expectedCompanyVersion, const MeetingHeld &outcome);
    // The meeting moves to another time (in the future), and another place when one is given.
    MeetingResult moved(qint64 meetingTaskId, qint64 expectedCompanyVersion, const QDateTime &newTime,
                        const QString &newPlace = {}, const QString &comment = {});
    // The meeting is off: the task is cancelled and the company goes back to calling, to the caller who
    // booked the meeting (or its owner when unknown), with a callback at callbackAt (in the future).
    MeetingResult cancelled(qint64 meetingTaskId, qint64 expectedCompanyVersion, const QDateTime &callbackAt,
                            const QString &comment = {});

private:
    MeetingResult record(qint64 meetingTaskId, qint64 expectedCompanyVersion, const QString &outcomeKey,
                         const QString &comment,
                         const std::function<void(CompanyFunnelState &, Task &, MeetingResult &)> &apply);
    void checkFuture(const QDateTime &when, const QString &missing, const QString &past) const;
    qint64 addCallback(const CompanyFunnelState &state, qint64 assigneeId, const QDateTime &dueAt, const QString &note);
    qint64 bookingCaller(qint64 companyId) const;

    DataContext m_context;
};

} // namespace voronka
