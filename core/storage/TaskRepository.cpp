#include "TaskRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "VersionedTable.h"
#include "WriteTransaction.h"
#include "domain/Clock.h"
#include "domain/EnumNames.h"

#include <QCoreApplication>

#include <algorithm>

namespace voronka {

namespace {
// One table row per line, as in domain/CompanyStage.cpp.
// clang-format off
constexpr EnumNames<TaskKind, 7> kindNames("TaskKind",
    {{
        {TaskKind::Callback, "callback", QT_TRANSLATE_NOOP("TaskKind", "Call back")},
        {TaskKind::Meeting, "meeting", QT_TRANSLATE_NOOP("TaskKind", "Meeting")},
        {TaskKind::OfferFollowUp, "offer_follow_up", QT_TRANSLATE_NOOP("TaskKind", "Follow up the offer")},
        {TaskKind::PaymentReminder, "payment_reminder", QT_TRANSLATE_NOOP("TaskKind", "Payment reminder")},
        {TaskKind::Reactivation, "reactivation", QT_TRANSLATE_NOOP("TaskKind", "Reactivation")},
        {TaskKind::VipVisit, "vip_visit", QT_TRANSLATE_NOOP("TaskKind", "VIP visit")},
        {TaskKind::Custom, "custom", QT_TRANSLATE_NOOP("TaskKind", "Task")},
    }});

constexpr EnumNames<TaskStatus, 3> statusNames("TaskStatus",
    {{
        {TaskStatus::Open, "open", QT_TRANSLATE_NOOP("TaskStatus", "Open")},
        {TaskStatus::Done, "done", QT_TRANSLATE_NOOP("TaskStatus", "Done")},
        {TaskStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("TaskStatus", "Cancelled")},
    }});
// clang-format on

VersionedTable tasksTable(DataContext context)
{
    return {context,
            QStringLiteral("tasks"),
            {QCoreApplication::translate("TaskRepository", "The task no longer exists: someone deleted it."),
             QCoreApplication::translate("TaskRepository", "The task was changed by %1 at %2 since you opened it."),
             QCoreApplication::translate("TaskRepository", "The task was changed at %1 since you opened it.")}};
}
} // namespace

// clang-format off
QList<TaskKind> allTaskKinds() { return kindNames.all(); }
QString taskKindKey(TaskKind kind) { return kindNames.key(kind); }
QString taskKindTitle(TaskKind kind) { return kindNames.title(kind); }
std::optional<TaskKind> taskKindFromKey(const QString &key) { return kindNames.fromKey(key); }
// clang-format on

TaskRepository::TaskRepository(DataContext context)
    : m_context(context)
{
}

void TaskRepository::create(Task &task)
{
    if (!task.dueAt.isValid())
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("TaskRepository", "A task needs a due time."));
    const QVariantList stamp = tasksTable(m_context).creationStamp();
    SqlStatement insert(m_context.db.connection(),
                        QStringLiteral("INSERT INTO tasks (company_id, deal_id, assignee_id, kind, due_at, note, "
                                       "status, created_at, updated_at, updated_by) "
                                       "VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)"));
    insert.bind({nullIfZero(task.companyId), nullIfZero(task.dealId), nullIfZero(task.assigneeId),
                 taskKindKey(task.kind), toStoredTime(task.dueAt), nullIfEmpty(task.note)});
    for (const auto &value : stamp)
        insert.bind(value);
    insert.exec();
    task.id = insert.lastInsertId();
    task.status = TaskStatus::Open;
    task.doneAt = {};
    task.version = 1;
}

std::optional<Task> TaskRepository::find(qint64 id) const
{
    const QList<Task> tasks = select(QStringLiteral("id = ?"), {id});
    if (tasks.isEmpty())
        return std::nullopt;
    return tasks.first();
}

QSet<qint64> TaskRepository::openAmong(const QList<qint64> &ids) const
{
    QSet<qint64> open;
    for (qsizetype first = 0; first < ids.size(); first += idsPerStatement) {
        const QList<qint64> chunk = ids.mid(first, idsPerStatement);
        SqlStatement select(m_context.db.connection(),
                            QStringLiteral("SELECT id FROM tasks WHERE status = 'open' AND id IN (%1)")
                                .arg(parameterMarks(chunk.size())));
        for (const qint64 id : chunk)
            select.bind(id);
        select.exec();
        while (select.next())
            open.insert(select.value(0).toLongLong());
    }
    return open;
}

QList<Task> TaskRepository::listOpenForCompany(qint64 companyId) const
{
    return select(QStringLiteral("company_id = ? AND status = 'open'"), {companyId});
}

void TaskRepository::complete(Task &task)
{
    const auto stored = find(task.id);
    if (stored && stored->status != TaskStatus::Open)
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("TaskRepository", "The task is already closed."));
    const QDateTime now = m_context.clock.nowUtc();
    task.version = tasksTable(m_context).update(task.id, task.version, QStringLiteral("status = 'done', done_at = ?"),
                                                {toStoredTime(now)});
    task.status = TaskStatus::Done;
    task.doneAt = now;
}

void TaskRepository::snooze(Task &task, const QDateTime &untilUtc)
{
    if (!untilUtc.isValid())
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("TaskRepository", "Snooze the task until a valid time."));
    const auto stored = find(task.id);
    if ((stored && stored->status != TaskStatus::Open) || task.status != TaskStatus::Open)
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("TaskRepository", "The task is already closed."));
    task.version = tasksTable(m_context).update(
        task.id, task.version, QStringLiteral("snoozed_until = ?, reminded_at = NULL"), {toStoredTime(untilUtc)});
    task.snoozedUntil = untilUtc.toUTC();
    task.remindedAt = {};
}

int TaskRepository::cancelOpen(qint64 companyId, TaskKind kind)
{
    return closeOpenForCompany(companyId, kind, TaskStatus::Cancelled);
}

namespace {
// Closes the open tasks of one kind that match owner ("company_id" or "deal_id", from this file only).
int closeOpenOf(DataContext context, const QString &owner, qint64 ownerId, TaskKind kind, TaskStatus closeAs)
{
    const QVariant now = toStoredTime(context.clock.nowUtc());
    const bool done = closeAs == TaskStatus::Done;
    SqlStatement close(
        context.db.connection(),
        QStringLiteral("UPDATE tasks SET status = ?, done_at = ?, version = version + 1, updated_at = ?, "
                       "updated_by = ? WHERE %1 = ? AND kind = ? AND status = 'open'")
            .arg(owner));
    close.bind({statusNames.key(done ? TaskStatus::Done : TaskStatus::Cancelled),
                done ? now : QVariant(QMetaType(QMetaType::QString)), now, nullIfZero(context.userId), ownerId,
                taskKindKey(kind)});
    close.exec();
    return close.rowsAffected();
}
} // namespace

int TaskRepository::reassignOpen(qint64 fromUserId, qint64 toUserId)
{
    SqlStatement update(m_context.db.connection(),
                        QStringLiteral("UPDATE tasks SET assignee_id = ?, version = version + 1, updated_at = ?, "
                                       "updated_by = ? WHERE status = 'open' AND assignee_id = ?"));
    update.bind({toUserId, toStoredTime(m_context.clock.nowUtc()), nullIfZero(m_context.userId), fromUserId}).exec();
    return update.rowsAffected();
}

int TaskRepository::closeOpenForCompany(qint64 companyId, TaskKind kind, TaskStatus closeAs)
{
    return closeOpenOf(m_context, QStringLiteral("company_id"), companyId, kind, closeAs);
}

int TaskRepository::closeOpenForDeal(qint64 dealId, TaskKind kind, TaskStatus closeAs)
{
    return closeOpenOf(m_context, QStringLiteral("deal_id"), dealId, kind, closeAs);
}

std::optional<TaskClosure> TaskRepository::closure(qint64 id) const
{
    SqlStatement who(m_context.db.connection(),
                     QStringLiteral("SELECT t.status, t.updated_at, u.full_name FROM tasks t "
                                    "LEFT JOIN users u ON u.id = t.updated_by WHERE t.id = ?"));
    who.bind(id).exec();
    if (!who.next())
        return std::nullopt;
    const auto status = statusNames.fromKey(who.value(0).toString());
    if (!status || *status == TaskStatus::Open)
        return std::nullopt;
    return TaskClosure{*status, fromStoredTime(who.value(1)), who.value(2).toString()};
}

int TaskRepository::cancelOpenForDeal(qint64 dealId, std::optional<TaskKind> kind)
{
    SqlStatement cancel(m_context.db.connection(),
                        QStringLiteral("UPDATE tasks SET status = 'cancelled', version = version + 1, updated_at = ?, "
                                       "updated_by = ? WHERE deal_id = ? AND status = 'open' "
                                       "AND (? IS NULL OR kind = ?)"));
    const QVariant kindKey = kind ? QVariant(taskKindKey(*kind)) : QVariant(QMetaType(QMetaType::QString));
    cancel.bind({toStoredTime(m_context.clock.nowUtc()), nullIfZero(m_context.userId), dealId, kindKey, kindKey});
    cancel.exec();
    return cancel.rowsAffected();
}

namespace {
// The open tasks of one assignee whose reminder was not shown yet; served by the tasks_remind index.
const QString pendingReminders = QStringLiteral("assignee_id = ? AND status = 'open' AND reminded_at IS NULL");
const QString remindTime = QStringLiteral("coalesce(snoozed_until, due_at)");
} // namespace

QString TaskRepository::nextReminderStatement(bool withAfter)
{
    return QStringLiteral("SELECT %1 FROM tasks WHERE %2%3 ORDER BY %1 LIMIT 1")
        .arg(remindTime, pendingReminders, withAfter ? QStringLiteral(" AND %1 > ?").arg(remindTime) : QString());
}

QString TaskRepository::dueRemindersStatement()
{
    return selectStatement(QStringLiteral("%1 AND %2 <= ?").arg(pendingReminders, remindTime),
                           remindTime + QStringLiteral(", id"));
}

namespace {
// The due reminders a take covers, soonest first: binds assignee, now, (from), (until), how many.
QString takenReminders(const QString &columns, bool withFrom, bool withUntil)
{
    return QStringLiteral("SELECT %1 FROM tasks WHERE %2 AND %3 <= ?%4%5 ORDER BY %3, id LIMIT ?")
        .arg(columns, pendingReminders, remindTime,
             withFrom ? QStringLiteral(" AND %1 >= ?").arg(remindTime) : QString(),
             withUntil ? QStringLiteral(" AND %1 < ?").arg(remindTime) : QString());
}
} // namespace

QString TaskRepository::takeRemindersStatement(bool withFrom, bool withUntil)
{
    return takenReminders(taskColumns(), withFrom, withUntil);
}

QString TaskRepository::markRemindedStatement(bool withFrom, bool withUntil)
{
    // The ids through the index in a subquery: SQLite's UPDATE takes no ORDER BY/LIMIT unless built with them.
    return QStringLiteral("UPDATE tasks SET reminded_at = ? WHERE id IN (%1)")
        .arg(takenReminders(QStringLiteral("id"), withFrom, withUntil));
}

QDateTime TaskRepository::nextReminderAt(qint64 assigneeId, const QDateTime &after) const
{
    SqlStatement next(m_context.db.connection(), nextReminderStatement(after.isValid()));
    next.bind(assigneeId);
    if (after.isValid())
        next.bind(toStoredTime(after));
    next.exec();
    return next.next() ? fromStoredTime(next.value(0)) : QDateTime();
}

QList<Task> TaskRepository::listDueReminders(qint64 assigneeId, const QDateTime &now) const
{
    return readTasks(dueRemindersStatement(), {assigneeId, toStoredTime(now)});
}

DueReminders TaskRepository::takeDueReminders(qint64 assigneeId, const QDateTime &now, int listAtMost, int markAtMost,
                                              const QDateTime &from, const QDateTime &until)
{
    DueReminders taken;
    if (markAtMost <= 0)
        return taken;
    QVariantList range{assigneeId, toStoredTime(now)};
    if (from.isValid())
        range.append(toStoredTime(from));
    if (until.isValid())
        range.append(toStoredTime(until));
    // BEGIN IMMEDIATE: no other desktop can take the same reminders between the read and the mark.
    WriteTransaction transaction(m_context.db);
    taken.listed = readTasks(takeRemindersStatement(from.isValid(), until.isValid()),
                             range + QVariantList{std::clamp(listAtMost, 0, markAtMost)});
    SqlStatement mark(m_context.db.connection(), markRemindedStatement(from.isValid(), until.isValid()));
    mark.bind(toStoredTime(now));
    for (const QVariant &value : std::as_const(range))
        mark.bind(value);
    mark.bind(markAtMost);
    mark.exec();
    const int marked = mark.rowsAffected();
    if (marked == 0)
        return taken; // nothing written: the transaction rolls back
    transaction.commit();
    // The same order and conditions in one transaction: the listed ones are the first of those marked.
    taken.notListed = marked - int(taken.listed.size());
    for (Task &task : taken.listed)
        task.remindedAt = now.toUTC();
    return taken;
}

QList<Task> TaskRepository::listOpenDueBefore(const QDateTime &dueBefore) const
{
    return select(QStringLiteral("status = 'open' AND due_at < ?"), {toStoredTime(dueBefore)});
}

QString TaskRepository::taskColumns(const QString &alias)
{
    static const QStringList names{
        QStringLiteral("id"),          QStringLiteral("company_id"),    QStringLiteral("deal_id"),
        QStringLiteral("assignee_id"), QStringLiteral("kind"),          QStringLiteral("due_at"),
        QStringLiteral("note"),        QStringLiteral("status"),        QStringLiteral("done_at"),
        QStringLiteral("version"),     QStringLiteral("snoozed_until"), QStringLiteral("reminded_at")};
    QStringList columns;
    for (const QString &name : names)
        columns.append(alias + name);
    return columns.join(QStringLiteral(", "));
}

Task TaskRepository::readTask(const SqlStatement &row, int first)
{
    Task task;
    task.id = row.value(first).toLongLong();
    task.companyId = row.value(first + 1).toLongLong();
    task.dealId = row.value(first + 2).toLongLong();
    task.assigneeId = row.value(first + 3).toLongLong();
    task.kind = taskKindFromKey(row.value(first + 4).toString()).value_or(TaskKind::Custom);
    task.dueAt = fromStoredTime(row.value(first + 5));
    task.note = row.value(first + 6).toString();
    task.status = statusNames.fromKey(row.value(first + 7).toString()).value_or(TaskStatus::Open);
    task.doneAt = fromStoredTime(row.value(first + 8));
    task.version = row.value(first + 9).toLongLong();
    task.snoozedUntil = fromStoredTime(row.value(first + 10));
    task.remindedAt = fromStoredTime(row.value(first + 11));
    return task;
}

QList<Task> TaskRepository::select(const QString &where, const QVariantList &values, const QString &orderBy) const
{
    return readTasks(selectStatement(where, orderBy), values);
}

QString TaskRepository::selectStatement(const QString &where, const QString &orderBy)
{
    // where and orderBy come from this class, never from input.
    return QStringLiteral("SELECT %1 FROM tasks WHERE %2 ORDER BY %3").arg(taskColumns(), where, orderBy);
}

QList<Task> TaskRepository::readTasks(const QString &statement, const QVariantList &values) const
{
    SqlStatement query(m_context.db.connection(), statement);
    for (const auto &value : values)
        query.bind(value);
    query.exec();
    QList<Task> tasks;
    while (query.next())
        tasks.append(readTask(query, 0));
    return tasks;
}

} // namespace voronka
