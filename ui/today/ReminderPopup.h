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
// note, due time). Open shows the company; Done and Snooze handle the selected task and take it off the list; Done
// all closes every listed task. It hides itself when the list is empty.
//
// No one works through 50,000 reminders in a popup (a task-rule sweep can make that many come due at once): it
// lists the first maxListed that come and counts the others, saying how many and offering the Today section, where
// they are all listed. Done all closes the listed ones only; the title counts all that came.
class ReminderPopup : public QWidget
{
    Q_OBJECT

public:
    // zone: the user's time zone, in which times are shown and "tomorrow 9:00" is counted. Give it no parent: a
    // tool window of the main window would be hidden with it when it is minimised.
    explicit ReminderPopup(DataContext context, QTimeZone zone = QTimeZone::systemTimeZone(),
                           QWidget *parent = nullptr);

    // As many as the service reads whole for one check: what comes while the list is full is only counted.
    static constexpr int maxListed = 100;

    TaskTableView *table() const { return m_table; }
    TaskTableModel *model() const { return m_model; }
    // Whether the list still holds reminders missed while the app was closed (the start-up list).
    bool isMissedList() const { return !m_missedIds.isEmpty() || m_moreMissed > 0; }
    // The reminders that came and are not listed (the list was full), due and missed.
    int notListedCount() const { return m_moreDue + m_moreMissed; }
    const TaskListRow *selectedTask() const;

public slots:
    // Appends the tasks not listed yet (a task listed already is not repeated) while there is room, counts the
    // others and notListed more that came with them (raised, not read), and shows the window.
    void addTasks(const QList<voronka::Task> &tasks, int notListed = 0);
    // The same, counted apart as the reminders that came while the app was closed (while they are listed).
    void addMissedTasks(const QList<voronka::Task> &tasks, int notListed = 0);
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
    // The user asked for the reminders not listed here: the window shows its Today section.
    void todayRequested();

private:
    void add(const QList<Task> &tasks, int notListed, bool missed);
    // Takes a handled task off the list; after a refusal, reads it again: gone when a colleague closed it, kept
    // at its new version otherwise.
    void settle(const Task &task, bool written);
    // Hides the window once every task is handled; the next reminders are titled as new ones.
    void hideWhenEmpty();
    void updateTitle();
    void updateButtons();
    void updateNotListed();

    DataContext m_context;
    TaskActions m_actions;
    // The listed tasks that came while the app was closed; reminders due later are counted as due, not missed.
    QSet<qint64> m_missedIds;
    // Came while the list was full: counted, not listed (the service did not read them whole).
    int m_moreDue = 0;
    int m_moreMissed = 0;
    TaskTableModel *m_model = nullptr;
    TaskTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_snooze = nullptr;
    QPushButton *m_doneAll = nullptr;
    QWidget *m_notListedBar = nullptr;
    QLabel *m_notListed = nullptr;
    QPushButton *m_showToday = nullptr;
};

} // namespace voronka
