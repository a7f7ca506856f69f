#pragma once

#include "DataContext.h"
#include "domain/Task.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace voronka {

// One open task as the Today section and the reminder popup show it: the task with the names a person reads.
struct TaskListRow
{
    Task task;
    QString companyName; // empty for a task of no company
    QString mainPhone; // "+7 495 123-45-67"; the raw text when not valid; empty when the company has no phone
    QString dealTitle; // empty when the task is not about a deal
    QString assigneeName; // empty: nobody
};

// The open tasks by the user's local day: those whose reminder time has passed, those due later today, and
// those of the next seven days. A snoozed task is placed by its snooze time.
struct TaskDayGroups
{
    QList<TaskListRow> overdue;
    QList<TaskListRow> today;
    QList<TaskListRow> upcoming;
    int later = 0; // open tasks beyond the next seven days, not listed

    // Splits rows (in reminder order) by now and the user's time zone; keeps the order within each group.
    static TaskDayGroups split(const QList<TaskListRow> &rows, const QDateTime &now, const QTimeZone &zone);
};

// Reads open tasks with their company, main phone, deal and assignee. Read-only; each statement is drained at once.
// A person's open tasks are at most thousands, so the whole list is read; the head's list of everyone's on a big base
// can be tens of thousands, so it is read in chunks of a few hundred, each a statement of its own, never holding the
// base's read lock for long.
class TaskListQuery
{
public:
    explicit TaskListQuery(DataContext context);

    // The open tasks of one assignee (0: everyone's), by reminder time (the snooze time when set, else the due
    // time), then by id. A viewer who does not see the whole base (Database::viewer) gets their own, whoever is asked.
    QList<TaskListRow> rows(qint64 assigneeId = 0) const;
    // The given tasks as they are (the reminder service's copies, which may be closed by now), in the same order,
    // with the names read in a few statements however many tasks there are.
    QList<TaskListRow> rowsOf(const QList<Task> &tasks) const;
    // An upper bound of the tasks rows() goes through (the highest task id): cheap to read, for choosing whether to
    // read the list on a worker.
    qint64 upperBound() const;

private:
    DataContext m_context;
};

} // namespace voronka
