#include "MeetingsView.h"

#include "MeetingCancelDialog.h"
#include "MeetingHeldDialog.h"
#include "MeetingMoveDialog.h"
#include "MeetingTableModel.h"
#include "common/ChangeFollower.h"
#include "common/DateTimeText.h"
#include "common/ListTableView.h"
#include "common/ModalDialog.h"
#include "common/NarrowCombo.h"
#include "common/RegionFilter.h"
#include "common/ScrollKeeper.h"
#include "domain/Clock.h"
#include "storage/ChangeHub.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace voronka {

MeetingsView::MeetingsView(DataContext context, QList<User> users, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("meetingsView"));

    auto *title = new QLabel(tr("<h2>Meetings</h2>"));
    m_closer = new QComboBox;
    keepNarrow(m_closer);
    m_closer->setObjectName(QStringLiteral("meetingCloserFilter"));
    m_closer->addItem(tr("All closers"), qint64(0));
    for (const User &user : std::as_const(users)) {
        // The head of sales may go to a meeting too, in a small office (as CallOutcomes allows).
        if (user.role == UserRole::Closer || user.role == UserRole::Head)
            m_closer->addItem(user.fullName, user.id);
    }
    // A closer starts with their own meetings; the head and everyone else with the whole department's.
    for (const User &user : std::as_const(users)) {
        if (user.id == context.userId && user.role == UserRole::Closer)
            m_closer->setCurrentIndex(m_closer->findData(user.id));
    }
    auto *closerLabel = new QLabel(tr("&Closer:"));
    closerLabel->setBuddy(m_closer);
    m_region = new RegionFilter(context.db);

    m_held = new QPushButton(tr("Held…"));
    m_held->setObjectName(QStringLiteral("meetingHeldButton"));
    m_held->setToolTip(tr("The meeting took place: record the next step (Ctrl+Enter)"));
    m_moved = new QPushButton(tr("&Moved…"));
    m_moved->setObjectName(QStringLiteral("meetingMovedButton"));
    m_moved->setToolTip(tr("The meeting moves to another time or place"));
    m_cancelled = new QPushButton(tr("Ca&ncelled…"));
    m_cancelled->setObjectName(QStringLiteral("meetingCancelledButton"));
    m_cancelled->setToolTip(tr("The meeting is off: the company goes back to calling"));

    m_model = new MeetingTableModel(this);
    m_table = new ListTableView(QStringLiteral("meetingTable"));
    m_table->setModel(m_model);
    // Each column fits its header and the rows in view (an overdue time is the widest "when"); the company takes
    // the rest, and a long place is elided with the whole of it in the tooltip.
    const QString overdue = tr("%1 (overdue)").arg(shortDateTimeText(QDateTime(QDate(2026, 12, 28), QTime(23, 59))));
    m_table->setColumnSamples(WhenColumn, {overdue});
    m_table->setColumnSamples(PhoneColumn, {QStringLiteral("+7 495 123-45-67")});
    m_table->setColumnMaximumCharacters(PlaceColumn, 30);
    m_table->setStretchColumn(CompanyColumn);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("meetingCount"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(title);
    toolbar->addSpacing(16);
    toolbar->addWidget(closerLabel);
    toolbar->addWidget(m_closer);
    toolbar->addWidget(m_region);
    toolbar->addStretch(1);
    toolbar->addWidget(m_held);
    toolbar->addWidget(m_moved);
    toolbar->addWidget(m_cancelled);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 6, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_closer, &QComboBox::currentIndexChanged, this, &MeetingsView::reload);
    connect(m_region, &QComboBox::currentIndexChanged, this, &MeetingsView::reload);
    connect(m_held, &QPushButton::clicked, this, &MeetingsView::recordHeld);
    // A shortcut of its own rather than the button's, which would first animate the click for a moment; it is live
    // while the section is shown, whatever has the focus in it. Enter on the keypad too.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &MeetingsView::recordHeld);
    }
    connect(m_moved, &QPushButton::clicked, this, &MeetingsView::recordMoved);
    connect(m_cancelled, &QPushButton::clicked, this, &MeetingsView::recordCancelled);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MeetingsView::updateButtons);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit companyActivated(m_model->data(index, Qt::UserRole).toLongLong());
    });
    // Meetings are tasks; a row also names its company (city, phone) and people.
    new ChangeFollower(
        this, context.db.changes(), ChangeFollower::WhileHidden::Ignore,
        [this](const ChangeSet &changes) {
            QSet<qint64> companies;
            for (const MeetingListRow &row : m_model->rows())
                companies.insert(row.companyId);
            return changes.touches(ChangeSet::Kind::Task) || changes.touches(ChangeSet::Kind::User)
                || changes.touchesAny(ChangeSet::Kind::Company, companies);
        },
        [this](const ChangeSet &) { refreshFromElsewhere(); });
    reload();
}

const QList<MeetingListRow> &MeetingsView::rows() const
{
    return m_model->rows();
}

const MeetingListRow *MeetingsView::selectedMeeting() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return &m_model->rows().at(current.row());
}

const MeetingListRow *MeetingsView::meetingToRecord() const
{
    // A base opened read-only is looked at, never written.
    return m_context.db.isReadOnly() ? nullptr : selectedMeeting();
}

void MeetingsView::updateButtons()
{
    const bool recordable = meetingToRecord() != nullptr;
    m_held->setEnabled(recordable);
    m_moved->setEnabled(recordable);
    m_cancelled->setEnabled(recordable);
}

void MeetingsView::reload()
{
    const MeetingListRow *selected = selectedMeeting();
    const qint64 selectedTask = selected ? selected->taskId : 0;
    QList<MeetingListRow> rows;
    try {
        rows = MeetingListQuery(m_context).rows(m_closer->currentData().toLongLong(), m_region->region());
    } catch (const StorageError &error) {
        m_model->setRows({}, {});
        m_count->setText(tr("The meetings cannot be read: %1").arg(error.message()));
        updateButtons();
        return;
    }
    const QDateTime now = m_context.clock.nowUtc();
    int overdue = 0;
    for (const MeetingListRow &row : std::as_const(rows))
        overdue += row.dueAt <= now ? 1 : 0;
    const int count = int(rows.size());
    m_model->setRows(std::move(rows), now);
    m_count->setText(overdue == 0 ? tr("%n meetings", nullptr, count)
                                  : tr("%n meetings, %1 overdue", nullptr, count).arg(overdue));
    int row = 0;
    while (row < m_model->rowCount() && m_model->rows().at(row).taskId != selectedTask)
        ++row;
    // The same meeting stays selected; otherwise the soonest, so Ctrl+Enter works at once.
    if (m_model->rowCount() > 0)
        m_table->selectRow(row < m_model->rowCount() ? row : 0);
    updateButtons();
}

void MeetingsView::refreshFromElsewhere()
{
    const ScrollKeeper keep(m_table);
    reload();
}

void MeetingsView::runOutcome(QDialog &dialog, qint64 companyId)
{
    const bool recorded = ModalDialog::exec(dialog) == QDialog::Accepted;
    reload(); // after a refusal too: a colleague may have changed the meeting
    if (!recorded)
        return;
    emit meetingRecorded(companyId);
    // The company's stage and timeline, its tasks, and a deal when the next step is an offer.
    m_context.db.changes().announce(ChangeSet()
                                        .add(ChangeSet::Kind::Company, companyId)
                                        .addSomewhere(ChangeSet::Kind::Task)
                                        .addSomewhere(ChangeSet::Kind::Deal),
                                    this);
}

void MeetingsView::recordHeld()
{
    if (const MeetingListRow *meeting = meetingToRecord()) {
        MeetingHeldDialog dialog(m_context, *meeting, this);
        runOutcome(dialog, meeting->companyId);
    }
}

void MeetingsView::recordMoved()
{
    if (const MeetingListRow *meeting = meetingToRecord()) {
        MeetingMoveDialog dialog(m_context, *meeting, this);
        runOutcome(dialog, meeting->companyId);
    }
}

void MeetingsView::recordCancelled()
{
    if (const MeetingListRow *meeting = meetingToRecord()) {
        MeetingCancelDialog dialog(m_context, *meeting, this);
        runOutcome(dialog, meeting->companyId);
    }
}

void MeetingsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // calls book meetings in another section, and colleagues record outcomes
}

} // namespace voronka
