#include "TodayView.h"

#include "NewTaskDialog.h"
#include "TaskTableModel.h"
#include "TaskTableView.h"
#include "common/ChangeFollower.h"
#include "common/NarrowCombo.h"
#include "common/ScrollKeeper.h"
#include "common/SectionReader.h"
#include "domain/Viewer.h"
#include "storage/ChangeHub.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TaskListQuery.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace voronka {

namespace {
constexpr qint64 tasksReadInBackgroundFrom = 1000;
} // namespace

TodayView::TodayView(DataContext context, QList<User> users, QTimeZone zone, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_users(std::move(users))
    , m_actions(context, std::move(zone), this)
    , m_reader(std::make_unique<SectionReader>(this, context))
{
    // A task is read with its company's and people's names and sorted into its day: on a big base about 60 us a
    // task, so a list of a few thousand already keeps the window waiting (12,885 tasks: 0.8 s at start).
    m_reader->setBackgroundFrom(tasksReadInBackgroundFrom);
    setObjectName(QStringLiteral("todayView"));

    auto *title = new QLabel(tr("<h2>Today</h2>"));
    m_user = new QComboBox;
    keepNarrow(m_user);
    m_user->setObjectName(QStringLiteral("todayUserFilter"));
    // Someone who sees a part of the base sees their own tasks only (core keeps to that whatever is asked).
    const bool seesEveryone = context.db.viewer().seesEverything();
    if (seesEveryone)
        m_user->addItem(tr("Everyone"), qint64(0));
    for (const User &user : std::as_const(m_users)) {
        if (user.active && (seesEveryone || user.id == context.userId))
            m_user->addItem(user.fullName, user.id);
    }
    m_user->setEnabled(m_user->count() > 1);
    // The head watches the whole department, overdue tasks first; everyone else starts with their own.
    for (const User &user : std::as_const(m_users)) {
        if (user.id == context.userId && user.role != UserRole::Head)
            m_user->setCurrentIndex(std::max(0, m_user->findData(user.id)));
    }
    auto *userLabel = new QLabel(tr("&Whose:"));
    userLabel->setBuddy(m_user);

    m_done = new QPushButton(tr("&Done"));
    m_done->setObjectName(QStringLiteral("todayDoneButton"));
    m_done->setToolTip(tr("The task is done (Ctrl+D)"));
    m_snooze = new QPushButton(tr("&Snooze"));
    m_snooze->setObjectName(QStringLiteral("todaySnoozeButton"));
    m_snooze->setMenu(m_actions.snoozeMenu([this](const QDateTime &until) { snoozeSelected(until); }));
    m_open = new QPushButton(tr("&Open company"));
    m_open->setObjectName(QStringLiteral("todayOpenButton"));
    m_open->setToolTip(tr("Show the task's company (Enter)"));
    m_new = new QPushButton(tr("&New task…"));
    m_new->setObjectName(QStringLiteral("todayNewTaskButton"));
    m_new->setToolTip(tr("A new task for the selected company (Ctrl+T)"));

    m_model = new TaskTableModel(m_actions, this);
    m_table = new TaskTableView(QStringLiteral("todayTable"), m_model);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("todayCount"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(title);
    toolbar->addSpacing(16);
    toolbar->addWidget(userLabel);
    toolbar->addWidget(m_user);
    toolbar->addStretch(1);
    toolbar->addWidget(m_done);
    toolbar->addWidget(m_snooze);
    toolbar->addWidget(m_open);
    toolbar->addWidget(m_new);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 6, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_user, &QComboBox::currentIndexChanged, this, &TodayView::reload);
    connect(m_done, &QPushButton::clicked, this, &TodayView::completeSelected);
    connect(m_new, &QPushButton::clicked, this, &TodayView::newTask);
    // Shortcuts of their own, live while the section is shown whatever has the focus in it.
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this), &QShortcut::activated, this,
            &TodayView::completeSelected);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this), &QShortcut::activated, this, &TodayView::newTask);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const TaskListRow *task = selectedTask(); task && task->task.companyId != 0)
            emit companyActivated(task->task.companyId);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const TaskListRow *task = m_model->taskAt(index.row()); task && task->task.companyId != 0)
            emit companyActivated(task->task.companyId);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TodayView::updateButtons);
    // The tasks, and the companies and people they name.
    new ChangeFollower(
        this, context.db.changes(), ChangeFollower::WhileHidden::Ignore,
        [this](const ChangeSet &changes) {
            QSet<qint64> companies;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (const TaskListRow *task = m_model->taskAt(row))
                    companies.insert(task->task.companyId);
            }
            return changes.touches(ChangeSet::Kind::Task) || changes.touches(ChangeSet::Kind::User)
                || changes.touchesAny(ChangeSet::Kind::Company, companies);
        },
        [this](const ChangeSet &) { refreshFromElsewhere(); });
    reload();
}

TodayView::~TodayView() = default;

bool TodayView::isLoading() const
{
    return m_reader->isReading();
}

const TaskListRow *TodayView::selectedTask() const
{
    return m_table->selectedTask();
}

const TaskListRow *TodayView::taskToChange() const
{
    // A base opened read-only is looked at, never written.
    return m_context.db.isReadOnly() ? nullptr : selectedTask();
}

void TodayView::updateButtons()
{
    const bool changeable = taskToChange() != nullptr;
    m_done->setEnabled(changeable);
    m_snooze->setEnabled(changeable);
    const TaskListRow *selected = selectedTask();
    m_open->setEnabled(selected && selected->task.companyId != 0);
    m_new->setEnabled(!m_context.db.isReadOnly());
}

void TodayView::reload()
{
    const qint64 assigneeId = m_user->currentData().toLongLong();
    const QDateTime now = m_actions.now();
    const QTimeZone zone = m_actions.zone();
    qint64 size = 0;
    try {
        size = TaskListQuery(m_context).upperBound();
    } catch (const StorageError &error) {
        showReadError(error);
        return;
    }
    // The groups are made where the rows are read: on a big base, tens of thousands of times converted to the zone.
    m_reader->read(
        size,
        [assigneeId, now, zone](const DataContext &context) {
            return TaskDayGroups::split(TaskListQuery(context).rows(assigneeId), now, zone);
        },
        [this, now](const TaskDayGroups &groups) { showGroups(groups, now); },
        [this](const StorageError &error) { showReadError(error); });
    if (m_reader->isReading())
        m_count->setText(tr("Loading…"));
}

void TodayView::showGroups(const TaskDayGroups &groups, const QDateTime &now)
{
    // The task selected now: the user may have moved on while the list was read.
    const TaskListRow *selected = selectedTask();
    const qint64 selectedId = selected ? selected->task.id : 0;
    m_model->setGroups(groups, now);
    m_table->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->taskAt(row))
            m_table->setSpan(row, 0, 1, TaskTableModel::ColumnCount);
    }
    QString count = tr("%1 overdue, %2 today, %3 in the next 7 days")
                        .arg(groups.overdue.size())
                        .arg(groups.today.size())
                        .arg(groups.upcoming.size());
    if (groups.later > 0)
        count += QLatin1String("; ") + tr("%n later", nullptr, groups.later);
    m_count->setText(count);
    // The same task stays selected; otherwise the first, so Ctrl+D works at once.
    if (!m_table->selectTask(selectedId))
        m_table->selectFirstTaskUnlessSelected();
    updateButtons();
    m_refreshScroll.reset(); // a refresh puts the scroll position back now
    emit loaded();
}

void TodayView::showReadError(const StorageError &error)
{
    m_model->clear();
    m_count->setText(tr("The tasks cannot be read: %1").arg(error.message()));
    updateButtons();
    m_refreshScroll.reset();
    emit loaded();
}

void TodayView::refreshFromElsewhere()
{
    // Kept until the list is shown, which on a big base is after the worker's read.
    if (!m_refreshScroll)
        m_refreshScroll = std::make_unique<ScrollKeeper>(m_table);
    reload();
}

void TodayView::afterWrite(bool written, qint64 taskId)
{
    reload(); // after a refusal too: a colleague has changed the task
    if (!written)
        return;
    emit tasksChanged();
    m_context.db.changes().announce(ChangeSet().add(ChangeSet::Kind::Task, taskId), this);
}

void TodayView::completeSelected()
{
    if (const TaskListRow *selected = taskToChange()) {
        Task task = selected->task;
        afterWrite(m_actions.complete(task), task.id);
    }
}

void TodayView::snoozeSelected(const QDateTime &until)
{
    if (const TaskListRow *selected = taskToChange()) {
        Task task = selected->task;
        afterWrite(m_actions.snooze(task, until), task.id);
    }
}

void TodayView::newTask()
{
    if (m_context.db.isReadOnly())
        return;
    const TaskListRow *selected = selectedTask();
    const qint64 companyId = selected ? selected->task.companyId : 0;
    if (NewTaskDialog::createFor(m_context, m_users, companyId, this, m_actions.zone()))
        afterWrite(true, 0); // a new task, its id unknown here
}

void TodayView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // tasks come from calls, meetings, deals and colleagues
}

} // namespace voronka
