#include "TaskListQuery.h"

#include "Database.h"
#include "IdOrderedRead.h"
#include "SqlStatement.h"
#include "TaskRepository.h"
#include "Timestamps.h"
#include "domain/PhoneNormalizer.h"
#include "domain/Viewer.h"

#include <QHash>
#include <QStringList>

namespace voronka {

namespace {
// The names a task is shown with, after the task's own columns. The main phone is the company's first by position,
// as MeetingListQuery reads it.
const QString namesColumns = QStringLiteral("c.name, p.e164, p.raw, d.title, a.full_name");
const QString namesJoins
    = QStringLiteral("LEFT JOIN companies c ON c.id = t.company_id "
                     "LEFT JOIN deals d ON d.id = t.deal_id "
                     "LEFT JOIN users a ON a.id = t.assignee_id "
                     "LEFT JOIN phones p ON p.id = (SELECT id FROM phones WHERE company_id = t.company_id "
                     "                              ORDER BY position, id LIMIT 1) ");

// Reads the names from column first on into row.
void readNames(const SqlStatement &select, int first, TaskListRow &row)
{
    row.companyName = select.value(first).toString();
    const QString e164 = select.value(first + 1).toString();
    row.mainPhone = e164.isEmpty() ? select.value(first + 2).toString() : PhoneNormalizer::formatInternational(e164);
    row.dealTitle = select.value(first + 3).toString();
    row.assigneeName = select.value(first + 4).toString();
}
} // namespace

TaskDayGroups TaskDayGroups::split(const QList<TaskListRow> &rows, const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    const QDate lastUpcoming = today.addDays(7);
    TaskDayGroups groups;
    for (const TaskListRow &row : rows) {
        const QDateTime remindAt = row.task.remindAt();
        const QDate day = remindAt.toTimeZone(zone).date();
        if (remindAt <= now)
            groups.overdue.append(row);
        else if (day == today)
            groups.today.append(row);
        else if (day <= lastUpcoming)
            groups.upcoming.append(row);
        else
            ++groups.later;
    }
    return groups;
}

TaskListQuery::TaskListQuery(DataContext context)
    : m_context(context)
{
}

QList<TaskListRow> TaskListQuery::rows(qint64 assigneeId) const
{
    // The order first, from the tasks alone (their ids: one short read and a sort), then the tasks with their names a
    // chunk at a time, each chunk its own statement. Read in one statement, the head's list of a big base (50,000
    // tasks) kept the base's read lock for seconds, and every save on every desktop waited for it; between two chunks
    // a save gets in.
    // Who sees what: someone who does not see the whole base sees their own tasks only, whatever they ask for, since
    // a colleague's task names companies outside their part.
    if (!m_context.db.viewer().seesEverything())
        assigneeId = m_context.db.viewer().userId();
    QList<qint64> order;
    {
        SqlStatement select(m_context.db.connection(),
                            QStringLiteral("SELECT t.id FROM tasks t "
                                           "WHERE t.status = 'open' AND (? = 0 OR t.assignee_id = ?) "
                                           "ORDER BY coalesce(t.snoozed_until, t.due_at), t.id"));
        select.bind({assigneeId, assigneeId}).exec();
        while (select.next())
            order.append(select.value(0).toLongLong());
    }
    // A task closed or deleted by a colleague between the chunks is not open any more, so not listed.
    return readInIdOrder<TaskListRow>(
        m_context.db.connection(), order,
        QStringLiteral("SELECT %1, %2 FROM tasks t %3WHERE t.id IN (%4) AND t.status = 'open'")
            .arg(TaskRepository::taskColumns(QStringLiteral("t.")), namesColumns, namesJoins, QStringLiteral("%1")),
        {}, [](const SqlStatement &select) {
            TaskListRow row;
            row.task = TaskRepository::readTask(select, 0);
            readNames(select, TaskRepository::taskColumnCount, row);
            return std::pair{row.task.id, row};
        });
}

qint64 TaskListQuery::upperBound() const
{
    return SqlStatement::scalar(m_context.db.connection(), QStringLiteral("SELECT max(id) FROM tasks")).toLongLong();
}

QList<TaskListRow> TaskListQuery::rowsOf(const QList<Task> &tasks) const
{
    QHash<qint64, TaskListRow> named;
    for (qsizetype first = 0; first < tasks.size(); first += idsPerStatement) {
        const QList<Task> chunk = tasks.mid(first, idsPerStatement);
        SqlStatement select(m_context.db.connection(),
                            QStringLiteral("SELECT t.id, %1 FROM tasks t %2 WHERE t.id IN (%3)")
                                .arg(namesColumns, namesJoins, parameterMarks(chunk.size())));
        for (const Task &task : chunk)
            select.bind(task.id);
        select.exec();
        while (select.next())
            readNames(select, 1, named[select.value(0).toLongLong()]);
    }
    QList<TaskListRow> rows;
    rows.reserve(tasks.size());
    for (const Task &task : tasks) {
        // A task deleted meanwhile (its company was removed) keeps its copy, without names.
        TaskListRow row = named.value(task.id);
        row.task = task;
        rows.append(row);
    }
    return rows;
}

} // namespace voronka
