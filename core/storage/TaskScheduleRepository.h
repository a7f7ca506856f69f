#pragma once

#include "DataContext.h"
#include "domain/Task.h"

namespace voronka {

// Changes to one open task under its optimistic version: a meeting moved to another time, a meeting
// cancelled. (TaskRepository creates, completes and cancels tasks by kind.)
class TaskScheduleRepository
{
public:
    explicit TaskScheduleRepository(DataContext context);

    // Sets a new due time (and note, when not empty) on an open task; bumps task.version.
    // Throws StorageError StaleVersion, NotFound, or InvalidData for a closed task or an invalid time.
    void reschedule(Task &task, const QDateTime &dueAt, const QString &note = {});
    // Cancels one open task; bumps task.version. Throws StorageError StaleVersion, NotFound or InvalidData.
    void cancel(Task &task);

private:
    void checkOpen(const Task &task) const;

    DataContext m_context;
};

} // namespace voronka
