#include "MeetingOutcomes.h"

#include "FunnelError.h"
#include "StageMover.h"
#include "domain/Activity.h"
#include "domain/CallOutcome.h"
#include "domain/Clock.h"
#include "storage/ActivityRepository.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/TaskScheduleRepository.h"
#include "storage/WriteTransaction.h"

namespace voronka {

MeetingOutcomes::MeetingOutcomes(DataContext context)
    : m_context(context)
{
}

void MeetingOutcomes::checkFuture(const QDateTime &when, const QString &missing, const QString &past) const
{
    if (!when.isValid())
        throw FunnelError(FunnelError::Kind::MissingData, missing);
    if (when <= m_context.clock.nowUtc())
        throw FunnelError(FunnelError::Kind::DateInPast, past);
}

qint64 MeetingOutcomes::addCallback(const CompanyFunnelState &state, qint64 assigneeId, const QDateTime &dueAt,
                                    const QString &note)
{
    // One promise at a time: the new callback replaces any open one.
    TaskRepository tasks(m_context);
    tasks.cancelOpen(state.companyId, TaskKind::Callback);
    Task task;
    task.companyId = state.companyId;
    task.assigneeId = assigneeId != 0 ? assigneeId : m_context.userId;
    task.kind = TaskKind::Callback;
    task.dueAt = dueAt.toUTC();
    task.note = note.trimmed();
    tasks.create(task);
    return task.id;
}

qint64 MeetingOutcomes::bookingCaller(qint64 companyId) const
{
    // The caller who booked the meeting is on record in the call activity of the booking.
    const QString booked = callOutcomeKey(CallOutcome::MeetingBooked);
    const QList<Activity> timeline = ActivityRepository(m_context).listForCompany(companyId);
    for (auto it = timeline.crbegin(); it != timeline.crend(); ++it) {
        if (it->kind == ActivityKind::Call && it->outcome == booked)
            return it->userId;
    }
    return 0;
}

MeetingResult MeetingOutcomes::record(qint64 meetingTaskId, qint64 expectedCompanyVersion, const QString &outcomeKey,
                                      const QString &comment,
                                      const std::function<void(CompanyFunnelState &, Task &, MeetingResult &)> &apply)
{
    WriteTransaction transaction(m_context.db);
    auto task = TaskRepository(m_context).find(meetingTaskId);
    if (!task)
        throw StorageError(StorageError::Kind::NotFound, tr("The meeting no longer exists: someone deleted it."));
    if (task->kind != TaskKind::Meeting || task->companyId == 0)
        throw FunnelError(FunnelError::Kind::ForbiddenMove, tr("This task is not a meeting with a company."));

    CompanyFunnelRepository companies(m_context);
    CompanyFunnelState state = companies.findAtVersion(task->companyId, expectedCompanyVersion);
    if (task->status != TaskStatus::Open)
        throw FunnelError(FunnelError::Kind::ForbiddenMove,
                          tr("The meeting is already closed (held or cancelled); book a new one instead."));

    Activity activity;
    activity.companyId = state.companyId;
    activity.kind = ActivityKind::Meeting;
    activity.outcome = outcomeKey;
    activity.note = comment.trimmed();
    ActivityRepository(m_context).add(activity);

    MeetingResult result;
    apply(state, *task, result);
    companies.save(state);
    transaction.commit();
    result.companyVersion = state.version;
    return result;
}

MeetingResult MeetingOutcomes::held(qint64 meetingTaskId, qint64 expectedCompanyVersion, const MeetingHeld &outcome)
{
    // Checks that need no lock come first, so bad input never opens a write transaction.
    StageMover mover(m_context);
    QString reason;
    QString key;
    switch (outcome.next) {
    case MeetingNextStep::Offer:
        DealOpener(m_context).validate(outcome.deal);
        key = QStringLiteral("held_offer");
        break;
    case MeetingNextStep::ThinkItOver:
        checkFuture(outcome.followUpAt, tr("Set when to call back after the client has thought it over."),
                    tr("The follow-up time has already passed."));
        key = QStringLiteral("held_think_it_over");
        break;
    case MeetingNextStep::Refused:
        reason = mover.lostReasonTitle(outcome.lostReasonId);
        key = QStringLiteral("held_refused");
        break;
    }

    // A meeting cannot have taken place (nor been refused at it) before it starts: that is a mis-click on the
    // wrong row, or a meeting that still has to be moved or cancelled instead.
    if (const auto meeting = TaskRepository(m_context).find(meetingTaskId);
        meeting && meeting->kind == TaskKind::Meeting && meeting->dueAt > m_context.clock.nowUtc()) {
        throw FunnelError(FunnelError::Kind::NotYet,
                          tr("The meeting has not taken place yet: it starts at %1. Record how it went after "
                             "it starts; until then it can be moved or cancelled.")
                              .arg(meeting->dueAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))));
    }
    return record(meetingTaskId, expectedCompanyVersion, key, outcome.comment,
                  [&](CompanyFunnelState &state, Task &task, MeetingResult &result) {
                      TaskRepository(m_context).complete(task);
                      switch (outcome.next) {
                      case MeetingNextStep::Offer: {
                          NewDeal deal = outcome.deal;
                          if (deal.ownerId == 0)
                              deal.ownerId = task.assigneeId; // the closer who went to the meeting
                          result.dealId = DealOpener(m_context).openFor(state, deal).id;
                          state.nextActionAt = {};
                          break;
                      }
                      case MeetingNextStep::ThinkItOver:
                          result.taskId = addCallback(state, task.assigneeId, outcome.followUpAt, outcome.comment);
                          state.nextActionAt = outcome.followUpAt.toUTC();
                          break;
                      case MeetingNextStep::Refused:
                          mover.applyCompanyMove(state, CompanyStage::Lost, outcome.comment, reason);
                          break;
                      }
                  });
}

MeetingResult MeetingOutcomes::moved(qint64 meetingTaskId, qint64 expectedCompanyVersion, const QDateTime &newTime,
                                     const QString &newPlace, const QString &comment)
{
    checkFuture(newTime, tr("A moved meeting needs its new date and time."),
                tr("The new meeting time has already passed."));
    return record(meetingTaskId, expectedCompanyVersion, QStringLiteral("moved"), comment,
                  [&](CompanyFunnelState &state, Task &task, MeetingResult &) {
                      TaskScheduleRepository(m_context).reschedule(task, newTime, newPlace);
                      state.nextActionAt = newTime.toUTC();
                  });
}

MeetingResult MeetingOutcomes::cancelled(qint64 meetingTaskId, qint64 expectedCompanyVersion,
                                         const QDateTime &callbackAt, const QString &comment)
{
    checkFuture(callbackAt, tr("A cancelled meeting needs a time to call the company back."),
                tr("The callback time has already passed."));
    return record(meetingTaskId, expectedCompanyVersion, QStringLiteral("cancelled"), comment,
                  [&](CompanyFunnelState &state, Task &task, MeetingResult &result) {
                      TaskScheduleRepository(m_context).cancel(task);
                      StageMover(m_context).applyCompanyMove(state, CompanyStage::Calling, comment);
                      // Back to the first line: the caller who booked the meeting calls again.
                      const qint64 caller = bookingCaller(state.companyId);
                      if (caller != 0)
                          state.ownerId = caller;
                      result.taskId = addCallback(state, state.ownerId, callbackAt, comment);
                      state.nextActionAt = callbackAt.toUTC();
                  });
}

} // namespace voronka
