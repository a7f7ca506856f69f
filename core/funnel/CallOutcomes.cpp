#include "CallOutcomes.h"

#include "CloserSchedule.h"
#include "FunnelError.h"
#include "StageMover.h"
#include "domain/Activity.h"
#include "domain/Clock.h"
#include "domain/Task.h"
#include "storage/ActivityRepository.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/Timestamps.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

namespace voronka {

CallOutcomes::CallOutcomes(DataContext context, CallOutcomeOptions options)
    : m_context(context)
    , m_options(std::move(options))
{
}

void CallOutcomes::reached(CompanyFunnelState &state)
{
    state.callAttempts = 0;
    state.parkedAt = {};
}

CallResult CallOutcomes::record(qint64 companyId, qint64 expectedVersion, CallOutcome outcome, const QString &comment,
                                const std::function<void(CompanyFunnelState &, CallResult &)> &apply)
{
    WriteTransaction transaction(m_context.db);
    CompanyFunnelRepository companies(m_context);
    CompanyFunnelState state = companies.findAtVersion(companyId, expectedVersion);

    if (state.stage == CompanyStage::Lost) {
        // A lost company comes back only through the cold base (a move with its own history row), so that
        // conversion reports see it start again.
        throw FunnelError(
            FunnelError::Kind::ForbiddenMove,
            tr("The company is lost (%1); return it to the cold base before calling it.").arg(state.lostReason));
    }
    if (state.stage == CompanyStage::Cold) {
        // The first call takes a company off the cold base, and to the caller if nobody owns it yet.
        StageMover(m_context).applyCompanyMove(state, CompanyStage::Calling, QString());
        if (state.ownerId == 0)
            state.ownerId = m_context.userId;
    }

    Activity call;
    call.companyId = companyId;
    call.kind = ActivityKind::Call;
    call.outcome = callOutcomeKey(outcome);
    call.note = comment.trimmed();
    ActivityRepository(m_context).add(call);
    if (reachesCompany(outcome)) {
        // The collector is paid per confirmed contact: the first time anyone reaches the company, kept from then on.
        SqlStatement::run(m_context.db.connection(),
                          QStringLiteral("UPDATE companies SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL"),
                          {toStoredTime(m_context.clock.nowUtc()), companyId});
    }

    CallResult result;
    apply(state, result);
    companies.save(state);
    transaction.commit();
    result.version = state.version;
    result.parked = state.isParked();
    return result;
}

void CallOutcomes::leaveForNumber(CompanyFunnelState &state)
{
    // Nothing left to dial: a callback would only bring the company up again with no number. It leaves the
    // queue for the collector's "needs a number" list (CallQueueQuery) and comes back once a number is added.
    TaskRepository(m_context).cancelOpen(state.companyId, TaskKind::Callback);
    state.nextActionAt = {};
}

CallResult CallOutcomes::failedAttempt(qint64 companyId, qint64 expectedVersion, CallOutcome outcome, int retryMinutes,
                                       const QString &comment)
{
    return record(companyId, expectedVersion, outcome, comment, [&](CompanyFunnelState &state, CallResult &) {
        ++state.callAttempts;
        if (state.isParked())
            return; // a parked company stays out of the queue until someone reaches it
        const QDateTime now = m_context.clock.nowUtc();
        if (state.callAttempts >= m_options.maxFailedAttempts) {
            state.parkedAt = now;
            state.nextActionAt = {};
        } else {
            state.nextActionAt = now.addSecs(qint64(retryMinutes) * 60);
        }
    });
}

CallResult CallOutcomes::noAnswer(qint64 companyId, qint64 expectedVersion, const QString &comment)
{
    return failedAttempt(companyId, expectedVersion, CallOutcome::NoAnswer, m_options.noAnswerRetryMinutes, comment);
}

CallResult CallOutcomes::busy(qint64 companyId, qint64 expectedVersion, const QString &comment)
{
    return failedAttempt(companyId, expectedVersion, CallOutcome::Busy, m_options.busyRetryMinutes, comment);
}

CallResult CallOutcomes::wrongNumber(qint64 companyId, qint64 expectedVersion, qint64 phoneId, const QString &comment)
{
    return record(companyId, expectedVersion, CallOutcome::WrongNumber, comment,
                  [&](CompanyFunnelState &state, CallResult &result) {
                      CompanyFunnelRepository funnel(m_context);
                      funnel.flagWrongNumber(state.companyId, phoneId);
                      if (!funnel.hasNumberToCall(state.companyId)) {
                          result.needsNumber = true;
                          leaveForNumber(state);
                      }
                  });
}

CallResult CallOutcomes::refused(qint64 companyId, qint64 expectedVersion, qint64 reasonId, const QString &comment)
{
    StageMover mover(m_context);
    const QString reason = mover.lostReasonTitle(reasonId);
    return record(companyId, expectedVersion, CallOutcome::Refused, comment,
                  [&](CompanyFunnelState &state, CallResult &) {
                      reached(state);
                      mover.applyCompanyMove(state, CompanyStage::Lost, comment, reason);
                  });
}

CallResult CallOutcomes::scheduleCallback(qint64 companyId, qint64 expectedVersion, CallOutcome outcome,
                                          const QDateTime &dueUtc, const QString &comment)
{
    return record(companyId, expectedVersion, outcome, comment, [&](CompanyFunnelState &state, CallResult &result) {
        reached(state);
        // One promise at a time: a new callback replaces the one it was made on.
        TaskRepository tasks(m_context);
        tasks.cancelOpen(state.companyId, TaskKind::Callback);
        Task task;
        task.companyId = state.companyId;
        task.assigneeId = m_context.userId;
        task.kind = TaskKind::Callback;
        task.dueAt = dueUtc;
        task.note = comment.trimmed();
        tasks.create(task);
        result.taskId = task.id;
        state.nextActionAt = dueUtc;
    });
}

CallResult CallOutcomes::notNow(qint64 companyId, qint64 expectedVersion, const QDate &date, const QString &comment)
{
    if (!date.isValid())
        throw FunnelError(FunnelError::Kind::MissingData, tr("Choose the day to call back on."));
    const QDate today = m_context.clock.nowUtc().toTimeZone(m_options.timeZone).date();
    // "Not now" means another day; a call later today is a callback at a time.
    if (date <= today)
        throw FunnelError(FunnelError::Kind::DateInPast,
                          tr("The callback day must be after today; for a call later today, set a time."));
    const QDateTime due(date, m_options.callbackTimeOfDay, m_options.timeZone);
    return scheduleCallback(companyId, expectedVersion, CallOutcome::NotNow, due.toUTC(), comment);
}

CallResult CallOutcomes::callbackAt(qint64 companyId, qint64 expectedVersion, const QDateTime &when,
                                    const QString &comment)
{
    if (!when.isValid())
        throw FunnelError(FunnelError::Kind::MissingData, tr("A callback needs a date and a time."));
    if (when <= m_context.clock.nowUtc())
        throw FunnelError(FunnelError::Kind::DateInPast, tr("The callback time has already passed."));
    return scheduleCallback(companyId, expectedVersion, CallOutcome::Callback, when.toUTC(), comment);
}

CallResult CallOutcomes::meetingBooked(qint64 companyId, qint64 expectedVersion, const MeetingBooking &booking)
{
    if (!booking.date.isValid())
        throw FunnelError(FunnelError::Kind::MissingData, tr("A meeting needs a date."));
    if (!booking.time.isValid())
        throw FunnelError(FunnelError::Kind::MissingData, tr("A meeting needs a time."));
    if (booking.place.trimmed().isEmpty())
        throw FunnelError(FunnelError::Kind::MissingData, tr("A meeting needs a place (an address, or \"online\")."));
    if (booking.closerId == 0)
        throw FunnelError(FunnelError::Kind::MissingData, tr("Choose the closer who will go to the meeting."));
    const auto closer = UserRepository(m_context).find(booking.closerId);
    // The head of sales may go to a meeting too, in a small office.
    if (!closer || !closer->active || (closer->role != UserRole::Closer && closer->role != UserRole::Head))
        throw FunnelError(FunnelError::Kind::UnknownUser, tr("Only an active closer or the head can take a meeting."));
    const QDateTime when = QDateTime(booking.date, booking.time, m_options.timeZone).toUTC();
    if (when <= m_context.clock.nowUtc())
        throw FunnelError(FunnelError::Kind::DateInPast, tr("The meeting time has already passed."));
    QString note = booking.comment.trimmed();
    const QList<MeetingListRow> clashes = CloserSchedule(m_context).overlapping(booking.closerId, when);
    if (!clashes.isEmpty()) {
        const MeetingListRow &clash = clashes.first();
        const QString at = clash.dueAt.toTimeZone(m_options.timeZone).toString(QStringLiteral("HH:mm"));
        if (booking.overlapReason.trimmed().isEmpty()) {
            throw FunnelError(FunnelError::Kind::DoubleBooked,
                              tr("%1 already has a meeting at %2 with %3. Choose another time or closer, or say "
                                 "why this one is booked all the same.")
                                  .arg(closer->fullName, at, clash.companyName));
        }
        // On record with the booking, for the head who sorts out the closer's day.
        const QString overlap = tr("Booked over the meeting at %1 with %2: %3")
                                    .arg(at, clash.companyName, booking.overlapReason.trimmed());
        note = note.isEmpty() ? overlap : note + QLatin1Char('\n') + overlap;
    }

    return record(companyId, expectedVersion, CallOutcome::MeetingBooked, note,
                  [&](CompanyFunnelState &state, CallResult &result) {
                      reached(state);
                      StageMover(m_context).applyCompanyMove(state, CompanyStage::Meeting, booking.comment);
                      // The company passes to the closer; the caller who booked it stays on record in the
                      // call activity and the stage history (pay per booked meeting).
                      state.ownerId = booking.closerId;
                      state.nextActionAt = when;
                      TaskRepository tasks(m_context);
                      tasks.cancelOpen(state.companyId, TaskKind::Callback);
                      Task task;
                      task.companyId = state.companyId;
                      task.assigneeId = booking.closerId;
                      task.kind = TaskKind::Meeting;
                      task.dueAt = when;
                      task.note = booking.place.trimmed();
                      tasks.create(task);
                      result.taskId = task.id;
                  });
}

} // namespace voronka
