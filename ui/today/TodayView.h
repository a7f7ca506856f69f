#pragma once

#include "TaskActions.h"
#include "domain/User.h"
#include "storage/DataContext.h"

#include <QList>
#include <QTimeZone>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace voronka {

class StorageError;
class ScrollKeeper;
class SectionReader;
class TaskTableModel;
class TaskTableView;
struct TaskDayGroups;
struct TaskListRow;

// The Today section: the open tasks of a person (or of everyone, for the head) under Overdue (red, with how late),
// Today and Upcoming (the next seven days), by the user's local day. On the selected task: Done (Ctrl+D), Snooze
// (10 minutes, 1 hour, tomorrow 9:00, a chosen time), open its company (Enter or double click), and a new task
// (Ctrl+T) for the selected company. It reads the tasks again whenever it is shown, and while shown when the base's
// ChangeHub announces changed tasks or companies it lists. On a base with many tasks the list is read on a worker
// (SectionReader): the old list stays, the count says it is loading, and loaded() is emitted when the new one shows.
class TodayView : public QWidget
{
    Q_OBJECT

public:
    // The filter starts at the current user (context.userId), at everyone for the head of sales.
    // zone: the user's time zone, by which the days are told apart.
    TodayView(DataContext context, QList<User> users, QTimeZone zone = QTimeZone::systemTimeZone(),
              QWidget *parent = nullptr);
    ~TodayView() override;

    TaskTableView *table() const { return m_table; }
    TaskTableModel *model() const { return m_model; }
    // The selected task; nullptr when a heading or nothing is selected.
    const TaskListRow *selectedTask() const;
    // The tasks are being read on the worker; the list shows the previous read meanwhile.
    bool isLoading() const;
    // Where the list is read (tests: from how many tasks on a worker, and on which thread the last read ran).
    SectionReader &reader() const { return *m_reader; }

public slots:
    // Reads the tasks again with the current filter, keeping the selected one selected.
    void reload();
    // Another desktop changed the base: reads the list again, keeping the selection and the scroll position.
    void refreshFromElsewhere();
    void completeSelected();
    void snoozeSelected(const QDateTime &until);
    // Asks a new task for the selected task's company (no company when none is selected).
    void newTask();

signals:
    // A task was activated: show its company.
    void companyActivated(qint64 companyId);
    // A task was written here (done, snoozed, created); the base's ChangeHub is told as well.
    void tasksChanged();
    // A read of the list is shown (or its failure is): at once on a small base, when the worker is done on a big one.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The selected task when it may be changed (not in a read-only base).
    const TaskListRow *taskToChange() const;
    // Shows a read list, keeping the selected task selected.
    void showGroups(const TaskDayGroups &groups, const QDateTime &now);
    void showReadError(const StorageError &error);
    // Reads the list again after a write; one that was made (of the task, 0 for a new one) is announced.
    void afterWrite(bool written, qint64 taskId);
    void updateButtons();

    DataContext m_context;
    QList<User> m_users;
    TaskActions m_actions;
    TaskTableModel *m_model = nullptr;
    TaskTableView *m_table = nullptr;
    QComboBox *m_user = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_snooze = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_new = nullptr;
    // While a refresh is read on the worker: the scroll position it puts back.
    std::unique_ptr<ScrollKeeper> m_refreshScroll;
    std::unique_ptr<SectionReader> m_reader; // last: destroyed (waiting for its worker) first
};

} // namespace voronka
