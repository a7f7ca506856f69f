#include "TaskTableModel.h"

#include "TaskActions.h"

#include <QBrush>
#include <QFont>

namespace voronka {

TaskTableModel::TaskTableModel(const TaskActions &actions, QObject *parent)
    : QAbstractTableModel(parent)
    , m_actions(actions)
{
}

void TaskTableModel::setGroups(const TaskDayGroups &groups, const QDateTime &now)
{
    beginResetModel();
    m_entries.clear();
    m_taskIds.clear();
    m_now = now;
    m_escalatedBefore = m_actions.escalatedBefore();
    appendGroup(tr("Overdue (%1)").arg(groups.overdue.size()), groups.overdue, true);
    appendGroup(tr("Today (%1)").arg(groups.today.size()), groups.today, false);
    appendGroup(tr("Upcoming (%1)").arg(groups.upcoming.size()), groups.upcoming, false);
    endResetModel();
}

void TaskTableModel::appendGroup(const QString &heading, const QList<TaskListRow> &rows, bool overdue)
{
    if (rows.isEmpty())
        return;
    m_entries.append(Entry{heading, {}, overdue});
    for (const TaskListRow &row : rows) {
        m_entries.append(Entry{QString(), row, overdue});
        m_taskIds.insert(row.task.id);
    }
}

int TaskTableModel::appendNew(const QList<TaskListRow> &rows)
{
    QList<Entry> added;
    for (const TaskListRow &row : rows) {
        if (m_taskIds.contains(row.task.id))
            continue;
        m_taskIds.insert(row.task.id);
        added.append(Entry{QString(), row, false});
    }
    if (added.isEmpty())
        return 0;
    // One insertion for the whole batch: thousands of tasks at once are one update of the view.
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + added.size() - 1));
    m_entries.append(added);
    endInsertRows();
    return int(added.size());
}

void TaskTableModel::removeTask(qint64 taskId)
{
    const int row = rowOf(taskId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    m_taskIds.remove(taskId);
    endRemoveRows();
}

void TaskTableModel::removeTasks(const QList<qint64> &taskIds)
{
    const QSet<qint64> removed(taskIds.begin(), taskIds.end());
    beginResetModel();
    m_entries.removeIf(
        [&](const Entry &entry) { return entry.heading.isEmpty() && removed.contains(entry.row.task.id); });
    m_taskIds.subtract(removed);
    endResetModel();
}

void TaskTableModel::replaceTask(const Task &task)
{
    const int row = rowOf(task.id);
    if (row < 0)
        return;
    m_entries[row].row.task = task;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TaskTableModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_taskIds.clear();
    endResetModel();
}

const TaskListRow *TaskTableModel::taskAt(int row) const
{
    if (row < 0 || row >= m_entries.size() || !m_entries.at(row).heading.isEmpty())
        return nullptr;
    return &m_entries.at(row).row;
}

int TaskTableModel::rowOf(qint64 taskId) const
{
    if (!m_taskIds.contains(taskId))
        return -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).heading.isEmpty() && m_entries.at(row).row.task.id == taskId)
            return row;
    }
    return -1;
}

int TaskTableModel::firstTaskRow() const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).heading.isEmpty())
            return row;
    }
    return -1;
}

QList<Task> TaskTableModel::tasks() const
{
    QList<Task> tasks;
    for (const Entry &entry : m_entries) {
        if (entry.heading.isEmpty())
            tasks.append(entry.row.task);
    }
    return tasks;
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (!entry.heading.isEmpty()) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return entry.heading;
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole && entry.overdue)
            return QBrush(Qt::red);
        return {};
    }
    const TaskListRow &row = entry.row;
    if (role == Qt::UserRole)
        return row.task.companyId;
    const bool escalated = entry.overdue && row.task.dueAt < m_escalatedBefore;
    if (role == Qt::ForegroundRole && index.column() == WhenColumn && entry.overdue)
        return QBrush(Qt::red);
    if (role == Qt::FontRole && escalated) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn: {
        const QString when = m_actions.timeText(row.task.remindAt());
        if (!entry.overdue)
            return when;
        const QString late = tr("%1 (%2)").arg(when, TaskActions::lateText(row.task.dueAt, m_now));
        return escalated ? tr("%1, escalated").arg(late) : late;
    }
    case KindColumn:
        return taskKindTitle(row.task.kind);
    case CompanyColumn:
        return row.companyName;
    case PhoneColumn:
        return row.mainPhone;
    case NoteColumn:
        return row.dealTitle.isEmpty() || row.task.note.isEmpty() ? row.dealTitle + row.task.note
                                                                  : tr("%1: %2").arg(row.dealTitle, row.task.note);
    case AssigneeColumn:
        return row.assigneeName.isEmpty() ? tr("nobody") : row.assigneeName;
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("What");
    case CompanyColumn:
        return tr("Company");
    case PhoneColumn:
        return tr("Phone");
    case NoteColumn:
        return tr("Note");
    case AssigneeColumn:
        return tr("Who");
    default:
        return {};
    }
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.row() < m_entries.size() && !m_entries.at(index.row()).heading.isEmpty())
        return Qt::ItemIsEnabled; // a heading is not selectable
    return QAbstractTableModel::flags(index);
}

} // namespace voronka
