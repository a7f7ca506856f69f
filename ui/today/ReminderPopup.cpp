#include "ReminderPopup.h"

#include "TaskTableModel.h"
#include "TaskTableView.h"
#include "common/MessageBox.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TaskListQuery.h"
#include "storage/TaskRepository.h"
#include "storage/WriteTransaction.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace voronka {

ReminderPopup::ReminderPopup(DataContext context, QTimeZone zone, QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint)
    , m_context(context)
    , m_actions(context, std::move(zone), this)
{
    setObjectName(QStringLiteral("reminderPopup"));
    setAttribute(Qt::WA_ShowWithoutActivating); // a reminder must not take the keys from what the user types
    // Made without a parent, so that it shows while the main window is minimised; it never keeps the app running.
    setAttribute(Qt::WA_QuitOnClose, false);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("reminderTitle"));

    m_model = new TaskTableModel(m_actions, this);
    m_table = new TaskTableView(QStringLiteral("reminderTable"), m_model);
    m_table->setColumnHidden(TaskTableModel::AssigneeColumn, true); // they are the user's own reminders

    m_open = new QPushButton(tr("&Open"));
    m_open->setObjectName(QStringLiteral("reminderOpenButton"));
    m_done = new QPushButton(tr("&Done"));
    m_done->setObjectName(QStringLiteral("reminderDoneButton"));
    m_snooze = new QPushButton(tr("&Snooze"));
    m_snooze->setObjectName(QStringLiteral("reminderSnoozeButton"));
    m_snooze->setMenu(m_actions.snoozeMenu([this](const QDateTime &until) { snoozeSelected(until); }));
    m_doneAll = new QPushButton(tr("Done &all"));
    m_doneAll->setObjectName(QStringLiteral("reminderDoneAllButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_done);
    buttons->addWidget(m_snooze);
    buttons->addStretch(1);
    buttons->addWidget(m_doneAll);

    m_notListed = new QLabel;
    m_notListed->setObjectName(QStringLiteral("reminderNotListedLabel"));
    m_notListed->setWordWrap(true);
    m_showToday = new QPushButton(tr("Show them in &Today"));
    m_showToday->setObjectName(QStringLiteral("reminderShowTodayButton"));
    m_notListedBar = new QWidget;
    auto *notListed = new QHBoxLayout(m_notListedBar);
    notListed->setContentsMargins(0, 0, 0, 0);
    notListed->addWidget(m_notListed, 1);
    notListed->addWidget(m_showToday);
    m_notListedBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notListedBar);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &ReminderPopup::openSelected);
    connect(m_done, &QPushButton::clicked, this, &ReminderPopup::completeSelected);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this), &QShortcut::activated, this,
            &ReminderPopup::completeSelected);
    connect(m_doneAll, &QPushButton::clicked, this, &ReminderPopup::completeAll);
    connect(m_showToday, &QPushButton::clicked, this, &ReminderPopup::todayRequested);
    connect(m_table, &QTableView::activated, this, &ReminderPopup::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReminderPopup::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReminderPopup::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReminderPopup::updateTitle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReminderPopup::updateTitle);
    updateTitle();
    updateButtons();
    resize(980, 340);
}

const TaskListRow *ReminderPopup::selectedTask() const
{
    return m_table->selectedTask();
}

void ReminderPopup::addTasks(const QList<Task> &tasks, int notListed)
{
    add(tasks, notListed, false);
}

void ReminderPopup::addMissedTasks(const QList<Task> &tasks, int notListed)
{
    add(tasks, notListed, true);
}

void ReminderPopup::add(const QList<Task> &tasks, int notListed, bool missed)
{
    QList<Task> fresh;
    int more = std::max(0, notListed);
    for (const Task &task : tasks) {
        if (m_model->contains(task.id))
            continue; // the service reported it again
        if (m_model->rowCount() + fresh.size() < maxListed)
            fresh.append(task);
        else
            ++more;
    }
    if (fresh.isEmpty() && more == 0)
        return;
    (missed ? m_moreMissed : m_moreDue) += more;
    if (!fresh.isEmpty()) {
        QList<TaskListRow> rows;
        try {
            rows = TaskListQuery(m_context).rowsOf(fresh);
        } catch (const StorageError &) {
            // The reminder must show even when the names cannot be read (the base is locked for a moment).
            for (const Task &task : std::as_const(fresh))
                rows.append(TaskListRow{task, {}, {}, {}, {}});
        }
        if (missed) {
            for (const Task &task : std::as_const(fresh))
                m_missedIds.insert(task.id);
        }
        m_model->appendNew(rows);
        m_table->selectFirstTaskUnlessSelected();
    }
    updateTitle();
    updateNotListed();
    updateButtons();
    show();
    raise();
    QApplication::alert(this);
}

void ReminderPopup::updateNotListed()
{
    const int more = notListedCount();
    m_notListed->setText(
        tr("%n more reminders came due and are not listed here: they are in the Today section.", nullptr, more));
    m_notListedBar->setVisible(more > 0);
}

void ReminderPopup::updateTitle()
{
    // Only the listed tasks that came while the app was closed are "missed"; those that came due while it ran are
    // due, however long the start-up list stays open.
    m_missedIds.removeIf([this](qint64 id) { return !m_model->contains(id); });
    const int missed = int(m_missedIds.size()) + m_moreMissed;
    const int due = m_model->rowCount() - int(m_missedIds.size()) + m_moreDue;
    // "label: number" reads right in both languages without plural forms.
    QString title;
    if (missed > 0 && due > 0)
        title = tr("Reminders due: %1; missed while you were away: %2").arg(due).arg(missed);
    else if (missed > 0)
        title = tr("Missed while you were away: %1").arg(missed);
    else
        title = tr("Reminders due: %1").arg(due);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    setWindowTitle(title);
}

void ReminderPopup::updateButtons()
{
    const bool writable = !m_context.db.isReadOnly();
    const TaskListRow *selected = selectedTask();
    m_open->setEnabled(selected && selected->task.companyId != 0);
    m_done->setEnabled(writable && selected);
    m_snooze->setEnabled(writable && selected);
    m_doneAll->setEnabled(writable && m_model->rowCount() > 0);
}

void ReminderPopup::openSelected()
{
    if (const TaskListRow *selected = selectedTask(); selected && selected->task.companyId != 0)
        emit companyActivated(selected->task.companyId);
}

void ReminderPopup::completeSelected()
{
    if (const TaskListRow *selected = selectedTask(); selected && !m_context.db.isReadOnly()) {
        Task task = selected->task;
        settle(task, m_actions.complete(task));
    }
}

void ReminderPopup::snoozeSelected(const QDateTime &until)
{
    if (const TaskListRow *selected = selectedTask(); selected && !m_context.db.isReadOnly()) {
        Task task = selected->task;
        settle(task, m_actions.snooze(task, until));
    }
}

void ReminderPopup::settle(const Task &task, bool written)
{
    const int row = m_model->rowOf(task.id);
    bool gone = written;
    if (!written) {
        try {
            const auto stored = TaskRepository(m_context).find(task.id);
            gone = !stored || stored->status != TaskStatus::Open;
            if (!gone)
                m_model->replaceTask(*stored);
        } catch (const StorageError &) {
            // Kept as it was; the next try reads it again.
        }
    }
    if (gone) {
        m_model->removeTask(task.id);
        // The next task down takes the place of the handled one, so Done after Done works.
        if (m_model->rowCount() > 0)
            m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    }
    updateButtons();
    if (written)
        emit tasksChanged();
    hideWhenEmpty();
}

void ReminderPopup::hideWhenEmpty()
{
    if (m_model->rowCount() > 0)
        return;
    // The ones not listed stay in Today; the next reminders are a new list.
    m_moreDue = 0;
    m_moreMissed = 0;
    updateTitle();
    updateNotListed();
    hide();
}

void ReminderPopup::dropClosed()
{
    QList<qint64> shown;
    for (const Task &task : m_model->tasks())
        shown.append(task.id);
    QList<qint64> closed;
    try {
        // One look at thousands of reminders (a first start of the day can raise that many), not one each: this
        // runs on the window's thread after every change.
        const QSet<qint64> open = TaskRepository(m_context).openAmong(shown);
        for (const qint64 id : std::as_const(shown)) {
            if (!open.contains(id))
                closed.append(id);
        }
    } catch (const StorageError &) {
        return; // the base is busy: the next change looks again
    }
    if (closed.isEmpty())
        return;
    m_model->removeTasks(closed);
    m_table->selectFirstTaskUnlessSelected();
    updateButtons();
    hideWhenEmpty();
}

void ReminderPopup::completeAll()
{
    QList<Task> tasks = m_model->tasks();
    if (tasks.isEmpty() || m_context.db.isReadOnly())
        return;
    QString question = tr("Mark every listed task done (%1)?").arg(tasks.size());
    if (notListedCount() > 0)
        question += QLatin1Char(' ')
            + tr("The %n reminders not listed here stay open in the Today section.", nullptr, notListedCount());
    if (MessageBox::question(this, tr("Done all"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    QList<qint64> closed;
    QStringList refusals;
    try {
        // One transaction for the lot: thousands of tasks are closed at once, not one disk write each.
        WriteTransaction transaction(m_context.db);
        TaskRepository repository(m_context);
        for (Task &task : tasks) {
            try {
                repository.complete(task);
                closed.append(task.id);
            } catch (const StorageError &error) {
                refusals.append(error.message());
            }
        }
        transaction.commit();
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("No task was closed"), error.message());
        return;
    }
    m_model->removeTasks(closed);
    for (const Task &task : std::as_const(tasks)) {
        if (m_model->contains(task.id))
            settle(task, false);
    }
    if (!closed.isEmpty())
        emit tasksChanged();
    if (!refusals.isEmpty())
        MessageBox::warning(this, tr("Some tasks were not closed"),
                            tr("Tasks not closed: %1").arg(refusals.size()) + QLatin1Char('\n')
                                + refusals.mid(0, 5).join(QLatin1Char('\n')));
    updateButtons();
    hideWhenEmpty();
}

} // namespace voronka
