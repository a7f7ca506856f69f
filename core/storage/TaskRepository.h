#pragma once

#include "DataContext.h"
#include "domain/Task.h"

#include <QList>
#include <QSet>

#include <optional>

namespace voronka {

class SqlStatement;

// What one take of due reminders marked shown: the first of them read whole, and how many more it marked.
struct DueReminders
{
    QList<Task> listed;
    int notListed = 0;

    int marked() const { return int(listed.size()) + notListed; }
};

// How a closed task was closed: done or cancelled, when, and by whom (empty when unknown).
struct TaskClosure
{
    TaskStatus status = TaskStatus::Done;
    QDateTime at; // UTC
    QString byName;
};

// Tasks: just what the funnel needs so far (create, the open ones of a company, complete, cancel);
// reminders build on it.
class TaskRepository
{
public:
    explicit TaskRepository(DataContext context);

    // Stores a new open task; fills in id and version. Throws StorageError InvalidData without a due time.
    void create(Task &task);
    std::optional<Task> find(qint64 id) const;
    // Open tasks of the company, soonest first.
    QList<Task> listOpenForCompany(qint64 companyId) const;
    // Which of these tasks are still open: a few statements for thousands of ids (a reminder list checked after a
    // change), not one look-up each.
    QSet<qint64> openAmong(const QList<qint64> &ids) const;
    // Marks an open task done now; throws StorageError StaleVersion, NotFound, or InvalidData if it is not open.
    void complete(Task &task);
    // Puts the reminder of an open task off until untilUtc and clears its "reminded" mark, so it reminds again
    // then; bumps task.version. Throws StorageError StaleVersion, NotFound, or InvalidData for a closed task or
    // an invalid time.
    void snooze(Task &task, const QDateTime &untilUtc);
    // Cancels the company's open tasks of that kind (a new callback replaces the old one); returns how many.
    int cancelOpen(qint64 companyId, TaskKind kind);
    // Gives every open task of one person to another (a person leaving); returns how many.
    int reassignOpen(qint64 fromUserId, qint64 toUserId);
    // Closes the company's / the deal's open tasks of that kind as done (done_at now) or cancelled, stamped with
    // who and when; returns how many. For the funnel's obsolete-task table (ObsoleteTasks).
    int closeOpenForCompany(qint64 companyId, TaskKind kind, TaskStatus closeAs);
    int closeOpenForDeal(qint64 dealId, TaskKind kind, TaskStatus closeAs);
    // Who closed a task and when, for telling a user who tries to close it again; nullopt while it is open or
    // when it no longer exists.
    std::optional<TaskClosure> closure(qint64 id) const;
    // Cancels the deal's open tasks, of one kind or all (the deal was lost); returns how many.
    int cancelOpenForDeal(qint64 dealId, std::optional<TaskKind> kind = std::nullopt);

    // Reminders of one assignee: a reminder is due at Task::remindAt() and shown once (reminded_at).
    // The earliest reminder not shown yet of the assignee's open tasks (only those after `after`, when valid);
    // invalid when there is none.
    QDateTime nextReminderAt(qint64 assigneeId, const QDateTime &after = {}) const;
    // The assignee's open tasks whose reminder has come by now and was not shown yet, soonest first.
    QList<Task> listDueReminders(qint64 assigneeId, const QDateTime &now) const;
    // Of the same tasks, those whose reminder time is in [from, until) (an invalid bound leaves that side open):
    // at most markAtMost, soonest first, marked shown at now in one write transaction, so neither a restart nor
    // another desktop shows them again. Only the first listAtMost are read (the copies carry the mark; the version
    // is not bumped: no one edited the task); the others are counted. A sweep can make 50,000 reminders come due at
    // once: the bounds keep each take to milliseconds on the window's thread, and the rest waits for the next take.
    DueReminders takeDueReminders(qint64 assigneeId, const QDateTime &now, int listAtMost, int markAtMost,
                                  const QDateTime &from = {}, const QDateTime &until = {});
    // The statements the reminder reads and writes run, for checking their query plans against the tasks_remind
    // index. nextReminderAt: binds assignee (and the time after, when withAfter); listDueReminders: binds assignee,
    // now; the take's list: binds assignee, now, (from), (until), how many; its mark: binds now, then the same.
    static QString nextReminderStatement(bool withAfter);
    static QString dueRemindersStatement();
    static QString takeRemindersStatement(bool withFrom, bool withUntil);
    static QString markRemindedStatement(bool withFrom, bool withUntil);

    // Everyone's open tasks due before dueBefore (overdue escalation), oldest first.
    QList<Task> listOpenDueBefore(const QDateTime &dueBefore) const;

    // The columns a Task is read from, each prefixed with alias (e.g. "t."), and the Task of a row whose first of
    // those columns is at firstColumn: for queries that read tasks with more beside them (TaskListQuery).
    static QString taskColumns(const QString &alias = QString());
    static Task readTask(const SqlStatement &row, int firstColumn);
    static constexpr int taskColumnCount = 12;

private:
    QList<Task> select(const QString &where, const QVariantList &values,
                       const QString &orderBy = QStringLiteral("due_at, id")) const;
    static QString selectStatement(const QString &where, const QString &orderBy);
    QList<Task> readTasks(const QString &statement, const QVariantList &values) const;

    DataContext m_context;
};

} // namespace voronka
