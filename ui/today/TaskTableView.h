#pragma once

#include "common/ListTableView.h"

namespace voronka {

class TaskTableModel;
struct TaskListRow;

// A list of tasks (TaskTableModel) that knows which task is selected; headings are never selected. Column widths
// fit a time with how late it is, a kind, a company name and a phone.
class TaskTableView : public ListTableView
{
    Q_OBJECT

public:
    TaskTableView(const QString &objectName, TaskTableModel *model, QWidget *parent = nullptr);

    TaskTableModel *taskModel() const { return m_model; }
    // The selected task; nullptr when a heading or nothing is selected.
    const TaskListRow *selectedTask() const;
    // Selects the task's row; false when it is not listed.
    bool selectTask(qint64 taskId);
    // Selects the first task when none is selected, so that a key works on it at once.
    void selectFirstTaskUnlessSelected();

private:
    TaskTableModel *m_model;
};

} // namespace voronka
