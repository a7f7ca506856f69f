#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace voronka {

// The keys match the tasks.kind and tasks.status checks in the schema.
enum class TaskKind { Callback, Meeting, OfferFollowUp, PaymentReminder, Reactivation, VipVisit, Custom };
enum class TaskStatus { Open, Done, Cancelled };

QList<TaskKind> allTaskKinds();
QString taskKindKey(TaskKind kind);
QString taskKindTitle(TaskKind kind);
std::optional<TaskKind> taskKindFromKey(const QString &key);

// Something a person must do by a time: call back, go to a meeting, chase a payment.
struct Task
{
    qint64 id = 0;
    qint64 companyId = 0;
    qint64 dealId = 0; // 0: not about a deal
    qint64 assigneeId = 0;
    TaskKind kind = TaskKind::Custom;
    QDateTime dueAt; // UTC
    QString note;
    TaskStatus status = TaskStatus::Open;
    QDateTime doneAt; // UTC; invalid while open
    QDateTime snoozedUntil; // UTC; invalid: not snoozed
    QDateTime remindedAt; // UTC; when its reminder was shown, invalid: not yet (snoozing clears it)
    qint64 version = 0;

    // When the reminder is due: the snooze time when there is one, else the due time.
    QDateTime remindAt() const { return snoozedUntil.isValid() ? snoozedUntil : dueAt; }
};

} // namespace voronka
