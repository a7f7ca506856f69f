#pragma once

#include "storage/TaskListQuery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSet>

namespace voronka {

class TaskActions;

// Open tasks as the Today section and the reminder popup list them, read-only: optionally under group headings
// (Overdue, Today, Upcoming), which span the row and cannot be selected. An overdue task's time is red, with how
// late it is.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, KindColumn, CompanyColumn, PhoneColumn, NoteColumn, AssigneeColumn, ColumnCount };

    // actions formats the times; it must outlive the model.
    TaskTableModel(const TaskActions &actions, QObject *parent = nullptr);

    // Replaces the list with the three groups, each under its heading (an empty group is left out).
    void setGroups(const TaskDayGroups &groups, const QDateTime &now);
    // Appends the tasks not listed yet, without headings; returns how many were new.
    int appendNew(const QList<TaskListRow> &rows);
    void removeTask(qint64 taskId);
    // Removes many tasks in one update of the view.
    void removeTasks(const QList<qint64> &taskIds);
    void replaceTask(const Task &task);
    void clear();

    bool contains(qint64 taskId) const { return m_taskIds.contains(taskId); }
    // The task of a row; nullptr for a heading.
    const TaskListRow *taskAt(int row) const;
    // The row of the task; -1 when it is not listed.
    int rowOf(qint64 taskId) const;
    // The first row that is a task; -1 when there is none.
    int firstTaskRow() const;
    QList<Task> tasks() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Entry
    {
        QString heading; // set for a heading row, which has no task
        TaskListRow row;
        bool overdue = false;
    };

    void appendGroup(const QString &heading, const QList<TaskListRow> &rows, bool overdue);

    const TaskActions &m_actions;
    QList<Entry> m_entries;
    QSet<qint64> m_taskIds;
    QDateTime m_now;
    QDateTime m_escalatedBefore; // overdue tasks due before this are escalated to the head
};

} // namespace voronka
