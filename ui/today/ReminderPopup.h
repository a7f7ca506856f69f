#pragma once

#include "TaskActions.h"
#include "domain/Task.h"
#include "storage/DataContext.h"

#include <QList>
#include <QSet>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;

namespace voronka {

class TaskTableModel;
class TaskTableView;
struct TaskListRow;

// The reminder window: one non-modal tool window that stacks the due tasks in one list (company, phone, kind,
// note, due time), however many come at once. Open shows the company; Done and Snooze handle the selected task and
// take it off the list; Done all closes every listed task. It hides itself when the list is empty.
class ReminderPopup : public QWidget
{
    Q_OBJECT

public:
    // zone: the user's time zone, in which times are shown and "tomorrow 9:00" is counted. Give it no parent: a
    // tool window of the main window would be hidden with it when it is minimised.
    explicit ReminderPopup(DataContext context, QTimeZone zone = QTimeZone::systemTimeZone(),
                           QWidget *parent = nullptr);

    TaskTableView *table() const { return m_table; }
    TaskTableModel *model() const { return m_model; }
    // Whether the list still holds reminders missed while the app was closed (the start-up list).
    bool isMissedList() const { return !m_missedIds.isEmpty(); }
    const TaskListRow *selectedTask() const;

public slots:
    // Appends the tasks not listed yet (a task listed already is not repeated) and shows the window.
    void addTasks(const QList<voronka::Task> &tasks);
    // The same, counted apart as the reminders that came while the app was closed (while they are listed).
    void addMissedTasks(const QList<voronka::Task> &tasks);
    void openSelected();
    void completeSelected();
    void snoozeSelected(const QDateTime &until);
    // Asks, then marks every listed task done; the ones core refuses stay listed and are reported once.
    void completeAll();
    // Takes off the list, without a word, the tasks closed meanwhile (a funnel move cancelled a refused company's
    // callback, a colleague closed one), so that no obsolete reminder stays up; hides when nothing is left.
    void dropClosed();

signals:
    void companyActivated(qint64 companyId);
    // A task was written here (done, snoozed): the reminders and the Today section must look again.
    void tasksChanged();

private:
    // Takes a handled task off the list; after a refusal, reads it again: gone when a colleague closed it, kept
    // at its new version otherwise.
    void settle(const Task &task, bool written);
    // Hides the window once every task is handled; the next reminders are titled as new ones.
    void hideWhenEmpty();
    void updateTitle();
    void updateButtons();

    DataContext m_context;
    TaskActions m_actions;
    // The listed tasks that came while the app was closed; reminders due later are counted as due, not missed.
    QSet<qint64> m_missedIds;
    TaskTableModel *m_model = nullptr;
    TaskTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_snooze = nullptr;
    QPushButton *m_doneAll = nullptr;
};

} // namespace voronka
