#include "TaskScheduleRepository.h"

#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "VersionedTable.h"

#include <QCoreApplication>

namespace voronka {

namespace {
// The same sentences as TaskRepository's, under its context, so one translation serves both.
VersionedTable tasksTable(DataContext context)
{
    return {context,
            QStringLiteral("tasks"),
            {QCoreApplication::translate("TaskRepository", "The task no longer exists: someone deleted it."),
             QCoreApplication::translate("TaskRepository", "The task was changed by %1 at %2 since you opened it."),
             QCoreApplication::translate("TaskRepository", "The task was changed at %1 since you opened it.")}};
}
} // namespace

TaskScheduleRepository::TaskScheduleRepository(DataContext context)
    : m_context(context)
{
}

void TaskScheduleRepository::checkOpen(const Task &task) const
{
    if (task.status != TaskStatus::Open)
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("TaskRepository", "The task is already closed."));
}

void TaskScheduleRepository::reschedule(Task &task, const QDateTime &dueAt, const QString &note)
{
    checkOpen(task);
    if (!dueAt.isValid())
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("TaskRepository", "A task needs a due time."));
    const QString newNote = note.trimmed().isEmpty() ? task.note : note.trimmed();
    task.version = tasksTable(m_context).update(
        task.id, task.version, QStringLiteral("due_at = ?, note = ?, snoozed_until = NULL, reminded_at = NULL"),
        {toStoredTime(dueAt), nullIfEmpty(newNote)});
    task.dueAt = dueAt.toUTC();
    task.note = newNote;
    task.snoozedUntil = {};
    task.remindedAt = {};
}

void TaskScheduleRepository::cancel(Task &task)
{
    checkOpen(task);
    task.version = tasksTable(m_context).update(task.id, task.version, QStringLiteral("status = 'cancelled'"), {});
    task.status = TaskStatus::Cancelled;
}

} // namespace voronka
