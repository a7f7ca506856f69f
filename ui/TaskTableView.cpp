#include "TaskTableView.h"

#include "DateTimeText.h"
#include "TaskActions.h"
#include "TaskTableModel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace voronka {

TaskTableView::TaskTableView(const QString &objectName, TaskTableModel *model, QWidget *parent)
    : ListTableView(objectName, parent)
    , m_model(model)
{
    setModel(model);
    horizontalHeader()->setSectionResizeMode(TaskTableModel::NoteColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    // The widest "when" in the user's language: a date, a time and how late it is.
    const QDateTime sample(QDate(2026, 12, 28), QTime(23, 59));
    int widest = 0;
    for (const qint64 late : {59 * 60, 23 * 3600}) {
        const QString when = TaskTableModel::tr("%1 (%2)").arg(shortDateTimeText(sample),
                                                              TaskActions::lateText(sample, sample.addSecs(late)));
        widest = std::max(widest, metrics.horizontalAdvance(when));
    }
    setColumnWidth(TaskTableModel::WhenColumn, widest + 3 * metrics.averageCharWidth());
    setColumnWidth(TaskTableModel::KindColumn, metrics.horizontalAdvance(QString(20, QLatin1Char('n'))));
    setColumnWidth(TaskTableModel::CompanyColumn, metrics.horizontalAdvance(QString(28, QLatin1Char('n'))));
    setColumnWidth(TaskTableModel::PhoneColumn, metrics.horizontalAdvance(QStringLiteral("+7 495 123-45-67  ")));
    setColumnWidth(TaskTableModel::AssigneeColumn, metrics.horizontalAdvance(QString(22, QLatin1Char('n'))));
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
