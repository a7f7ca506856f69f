#include "TaskTableView.h"

#include "TaskActions.h"
#include "TaskTableModel.h"
#include "common/DateTimeText.h"

#include <QItemSelectionModel>

namespace voronka {

TaskTableView::TaskTableView(const QString &objectName, TaskTableModel *model, QWidget *parent)
    : ListTableView(objectName, parent)
    , m_model(model)
{
    setModel(model);
    // The widest "when" in the user's language: a date, a time and how late it is.
    const QDateTime sample(QDate(2026, 12, 28), QTime(23, 59));
    QStringList whens;
    for (const qint64 late : {59 * 60, 47 * 3600, 99 * 24 * 3600}) {
        whens.append(TaskTableModel::tr("%1 (%2)").arg(shortDateTimeText(sample),
                                                       TaskActions::lateText(sample, sample.addSecs(late))));
    }
    setColumnSamples(TaskTableModel::WhenColumn, whens);
    setColumnSamples(TaskTableModel::PhoneColumn, {QStringLiteral("+7 495 123-45-67")});
    // The note is free text: it takes what the other columns leave, and on a narrow screen gives up its end first.
    setColumnMaximumCharacters(TaskTableModel::NoteColumn, 20);
    setStretchColumn(TaskTableModel::NoteColumn, Stretch::TakeWhatIsLeft);
}

const TaskListRow *TaskTableView::selectedTask() const
{
    const QModelIndex current = selectionModel()->currentIndex();
    if (!current.isValid() || !selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return m_model->taskAt(current.row());
}

bool TaskTableView::selectTask(qint64 taskId)
{
    const int row = m_model->rowOf(taskId);
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

void TaskTableView::selectFirstTaskUnlessSelected()
{
    if (!selectedTask() && m_model->firstTaskRow() >= 0)
        selectRow(m_model->firstTaskRow());
}

} // namespace voronka
