#include "CallModeView.h"

#include "CallCompanyPanel.h"
#include "CallOutcomeDialog.h"
#include "CallScriptPanel.h"
#include "CallSettingsDialog.h"
#include "ScriptEditorDialog.h"
#include "common/ChangeFollower.h"
#include "common/CoreAttempt.h"
#include "common/DateTimeText.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "domain/Clock.h"
#include "funnel/CallOutcomes.h"
#include "funnel/CallSettings.h"
#include "funnel/FunnelError.h"
#include "storage/BackgroundReader.h"
#include "storage/ChangeHub.h"
#include "storage/CompanyLeaseRepository.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace voronka {

CallModeView::CallModeView(DataContext context, QList<User> users, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_users(std::move(users))
{
    setObjectName(QStringLiteral("callModeView"));
    for (const User &user : std::as_const(m_users)) {
        if (user.id == context.userId)
            m_role = user.role;
    }
    m_queueOwnerId = m_role == UserRole::Head ? 0 : context.userId;
    m_tally = new QLabel;
    m_tally->setObjectName(QStringLiteral("callTally"));
    QFont tallyFont = m_tally->font();
    tallyFont.setBold(true);
    m_tally->setFont(tallyFont);
    m_queue = new QLabel;
    m_queue->setObjectName(QStringLiteral("callQueueSize"));
    auto *openCard = new QPushButton(tr("Open card"));
    openCard->setObjectName(QStringLiteral("openCard"));
    openCard->setToolTip(tr("Open the company in the cold base to edit it"));
    connect(openCard, &QPushButton::clicked, this, [this] {
        if (m_current)
            emit companyActivated(m_current->companyId);
    });
    auto *rules = new QPushButton(tr("Call rules…"));
    rules->setObjectName(QStringLiteral("callRules"));
    rules->setToolTip(tr("When an unanswered number comes back, and after how many attempts a company is parked"));
    rules->setEnabled(!context.db.isReadOnly());
    connect(rules, &QPushButton::clicked, this, &CallModeView::editCallRules);
    auto *header = new QHBoxLayout;
    QHBoxLayout *queueOwnerRow = nullptr;
    if (m_role == UserRole::Head) {
        // The head has no queue of their own; they may look at a caller's.
        m_queueOwner = new QComboBox;
        m_queueOwner->setObjectName(QStringLiteral("queueOwner"));
        m_queueOwner->setToolTip(tr("Whose call queue to look at"));
        m_queueOwner->addItem(tr("Choose a caller…"), 0);
        for (const User &user : std::as_const(m_users)) {
            if (user.active && user.role == UserRole::Caller)
                m_queueOwner->addItem(user.fullName, user.id);
        }
        connect(m_queueOwner, &QComboBox::currentIndexChanged, this, [this] {
            m_queueOwnerId = m_queueOwner->currentData().toLongLong();
            m_skipped.clear();
            m_current.reset();
            releaseLease();
            updateOutcomeButtons();
            showNext();
        });
        // A row of its own: beside the day's counters it would widen the window past a small laptop's screen.
        queueOwnerRow = new QHBoxLayout;
        queueOwnerRow->addWidget(new QLabel(tr("Queue of:")));
        queueOwnerRow->addWidget(m_queueOwner);
        queueOwnerRow->addStretch(1);
    }
    header->addWidget(m_tally);
    header->addSpacing(24);
    header->addWidget(m_queue, 1);
    header->addWidget(openCard);
    header->addWidget(rules);

    m_company = new CallCompanyPanel(context);
    m_script = new CallScriptPanel(context);
    connect(m_script, &CallScriptPanel::outcomeReached, this, [this](CallOutcome outcome) {
        // A dialog cancelled, or a refusal: the caller is still on the call, one answer back.
        if (!recordOutcome(outcome))
            m_script->goBack();
    });
    connect(m_script, &CallScriptPanel::editScriptsRequested, this, &CallModeView::editScripts);
    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("callModeSplitter"));
    splitter->addWidget(m_company);
    splitter->addWidget(m_script);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);

    m_comment = new QLineEdit;
    m_comment->setObjectName(QStringLiteral("callComment"));
    m_comment->setPlaceholderText(tr("A note on this call (goes with the outcome)"));
    m_comment->setClearButtonEnabled(true);
    auto *outcomes = new QGridLayout;
    const struct
    {
        CallOutcome outcome;
        Qt::Key key;
    } keys[] = {{CallOutcome::NoAnswer, Qt::Key_F1},     {CallOutcome::Busy, Qt::Key_F2},
                {CallOutcome::WrongNumber, Qt::Key_F3},  {CallOutcome::Refused, Qt::Key_F4},
                {CallOutcome::NotNow, Qt::Key_F5},       {CallOutcome::Callback, Qt::Key_F6},
                {CallOutcome::MeetingBooked, Qt::Key_F7}};
    // Two rows of four: the outcomes' names are long in Russian, and one row would widen the window past a laptop's.
    int slot = 0;
    for (const auto &entry : keys) {
        outcomes->addWidget(outcomeButton(entry.outcome, entry.key), slot / 4, slot % 4);
        ++slot;
    }
    auto *skipButton = new QPushButton(tr("F8  Skip"));
    skipButton->setObjectName(QStringLiteral("skipCompany"));
    connect(new QShortcut(QKeySequence(Qt::Key_F8), this), &QShortcut::activated, this, &CallModeView::skip);
    skipButton->setToolTip(tr("Leave this company for later without recording a call"));
    connect(skipButton, &QPushButton::clicked, this, &CallModeView::skip);
    outcomes->addWidget(skipButton, slot / 4, slot % 4);
    m_outcomeButtons.append(skipButton);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("callStatus"));
    m_status->setWordWrap(true);

    auto *working = new QWidget;
    auto *workingLayout = new QVBoxLayout(working);
    workingLayout->setContentsMargins(0, 0, 0, 0);
    workingLayout->addWidget(splitter, 1);
    workingLayout->addWidget(m_comment);
    workingLayout->addLayout(outcomes);

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("callQueueEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_pages = new QStackedWidget;
    m_pages->addWidget(working);
    m_pages->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    if (queueOwnerRow)
        layout->addLayout(queueOwnerRow);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);

    updateOutcomeButtons();
    m_leaseTimer = new QTimer(this);
    m_leaseTimer->setInterval(leaseRenewalMs);
    connect(m_leaseTimer, &QTimer::timeout, this, &CallModeView::renewLease);
    // The company being called, the queue (callbacks are tasks; with none shown, any company may join it) and the
    // call rules. Hidden, call mode waits: it reads the queue again whenever it is shown.
    new ChangeFollower(
        this, context.db.changes(), ChangeFollower::WhileHidden::Ignore,
        [this](const ChangeSet &changes) {
            return changes.touches(ChangeSet::Kind::Task) || changes.touches(ChangeSet::Kind::Setting)
                || (m_current ? changes.touches(ChangeSet::Kind::Company, m_current->companyId)
                              : changes.touches(ChangeSet::Kind::Company));
        },
        [this](const ChangeSet &) { refreshFromElsewhere(); });

    reload();
}

CallModeView::~CallModeView()
{
    releaseLease();
}

void CallModeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_onScreen = true;
    m_leaseTimer->start();
    renewLease();
}

bool CallModeView::event(QEvent *event)
{
    // Made the section in view (after showEvent took the lease): callbacks come due with time, not only with
    // changes, so the queue is read again every time.
    if (event->type() == QEvent::ShowToParent)
        reload();
    return QWidget::event(event);
}

void CallModeView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // A minimised window (a spontaneous hide) is still on the call; another section or a closed window is not.
    if (event->spontaneous())
        return;
    m_onScreen = false;
    m_leaseTimer->stop();
    releaseLease();
}

bool CallModeView::holdLease(qint64 companyId, const QString &name)
{
    // A colleague's queue is only looked at: its companies stay free for its caller.
    if (!m_onScreen || m_context.db.isReadOnly() || !viewingOwnQueue())
        return true;
    try {
        const CompanyLease lease = CompanyLeaseRepository(m_context).acquire(companyId, m_context.userId);
        if (lease.userId != m_context.userId) {
            m_status->setText(tr("%1 is being called by %2 now; on to the next company.").arg(name, lease.userName));
            return false;
        }
    } catch (const StorageError &) {
        // The lease is a courtesy to colleagues: a base that cannot take it now does not stop the call, and a
        // company deleted meanwhile is caught when its card is read.
        return true;
    }
    if (m_leasedCompanyId != companyId)
        releaseLease();
    m_leasedCompanyId = companyId;
    return true;
}

void CallModeView::releaseLease()
{
    if (m_leasedCompanyId == 0)
        return;
    try {
        CompanyLeaseRepository(m_context).release(m_leasedCompanyId, m_context.userId);
    } catch (const StorageError &) {
        // Left to expire by itself in a few minutes.
    }
    m_leasedCompanyId = 0;
}

void CallModeView::renewLease()
{
    if (m_recording || !m_current)
        return;
    if (!holdLease(m_current->companyId, m_record.company.name)) {
        m_current.reset();
        showNext();
    }
}

void CallModeView::refreshFromElsewhere()
{
    if (!m_recording)
        reload();
}

QPushButton *CallModeView::outcomeButton(CallOutcome outcome, Qt::Key key)
{
    const QKeySequence shortcut(key);
    QString title = callOutcomeTitle(outcome);
    if (CallOutcomeDialog::needsDetails(outcome))
        title += QStringLiteral("…");
    auto *button = new QPushButton(QStringLiteral("%1  %2").arg(shortcut.toString(QKeySequence::NativeText), title));
    button->setObjectName(QStringLiteral("outcome_") + callOutcomeKey(outcome));
    connect(button, &QPushButton::clicked, this, [this, outcome] { recordOutcome(outcome); });
    // A shortcut rather than the button's own: that one clicks after a short animation, and a caller pressing
    // keys in a row must not outrun it.
    connect(new QShortcut(shortcut, this), &QShortcut::activated, button, [this, button, outcome] {
        if (button->isEnabled())
            recordOutcome(outcome);
    });
    m_outcomeButtons.append(button);
    return button;
}

void CallModeView::updateOutcomeButtons()
{
    const bool mayRecord = !m_context.db.isReadOnly() && viewingOwnQueue();
    for (QPushButton *button : std::as_const(m_outcomeButtons)) {
        if (button->objectName() != QLatin1String("skipCompany")) // skipping writes nothing
            button->setEnabled(mayRecord);
    }
}

qint64 CallModeView::currentCompanyId() const
{
    return m_current ? m_current->companyId : 0;
}

QString CallModeView::tallyText() const
{
    return m_tally->text();
}

QString CallModeView::statusText() const
{
    return m_status->text();
}

void CallModeView::reload()
{
    if (m_current) {
        // The company being called stays put while it is still waiting; someone may have called it meanwhile.
        const QList<CallQueueEntry> waiting = CallQueueQuery(m_context).next(m_queueOwnerId, 200, m_skipped);
        for (const CallQueueEntry &entry : waiting) {
            if (entry.companyId == m_current->companyId && showEntry(entry)) {
                updateTally();
                return;
            }
        }
        m_current.reset();
    }
    showNext();
}

void CallModeView::showNext()
{
    QList<qint64> passed = m_skipped; // and the companies colleagues took a moment ago
    QList<CallQueueEntry> next;
    while (m_queueOwnerId != 0) {
        next = CallQueueQuery(m_context).next(m_queueOwnerId, 1, passed);
        if (next.isEmpty() || showEntry(next.first()))
            break;
        passed.append(next.first().companyId);
    }
    if (next.isEmpty()) {
        m_current.reset();
        releaseLease();
        showEmptyQueue();
        m_pages->setCurrentIndex(1);
    }
    updateTally();
}

bool CallModeView::showEntry(const CallQueueEntry &entry)
{
    const bool sameCompany = m_current && m_current->companyId == entry.companyId;
    if (!holdLease(entry.companyId, entry.name))
        return false;
    std::optional<CompanyRecord> record;
    try {
        record = CompanyRecordRepository(m_context).load(entry.companyId);
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("Call mode"), error.message());
    }
    if (!record) {
        m_skipped.append(entry.companyId);
        return false;
    }
    m_current = entry;
    m_record = *record;
    m_company->showCompany(m_record, entry, CallSettings::load(m_context.db).maxFailedAttempts);
    m_script->setCompany(m_record);
    if (!sameCompany) {
        m_script->restart();
        m_comment->clear();
    }
    m_pages->setCurrentIndex(0);
    return true;
}

void CallModeView::updateTally()
{
    const QDateTime now = m_context.clock.nowUtc().toLocalTime();
    const QDateTime dayStart(now.date(), QTime(0, 0));
    CallQueueQuery queue(m_context);
    const QHash<QString, int> today = queue.callOutcomesSince(m_context.userId, dayStart.toUTC());
    int calls = 0;
    for (const int count : today)
        calls += count;
    const int meetings = today.value(callOutcomeKey(CallOutcome::MeetingBooked));
    // "Calls today: 5", not "5 calls": a counter reads right in every language without plural forms.
    m_tally->setText(tr("Calls today: %1 · meetings booked: %2").arg(calls).arg(meetings));
    const int due = m_queueOwnerId == 0 ? 0 : queue.dueCallbacks(m_queueOwnerId);
    m_queue->setText(m_queueOwnerId == 0                          ? QString()
                         : due >= CallQueueQuery::dueCallbacksCap ? tr("Callbacks due: %1+").arg(due)
                                                                  : tr("Callbacks due: %1").arg(due));
}

QString CallModeView::emptyText() const
{
    return m_current ? QString() : m_empty->text();
}

void CallModeView::showEmptyQueue()
{
    const quint64 request = ++m_outlookRequest;
    const qint64 owner = m_queueOwnerId;
    std::optional<CallQueueOutlook> outlook;
    if (owner != 0 && m_skipped.isEmpty()) {
        try {
            if (CallQueueQuery(m_context).companiesUpperBound() < m_outlookInBackgroundFrom)
                outlook = CallQueueQuery(m_context).outlook(owner);
        } catch (const StorageError &) {
            outlook = CallQueueOutlook{}; // only the explanation is lost; the queue itself was read
        }
    } else {
        outlook = CallQueueOutlook{}; // not part of the text
    }
    m_empty->setText(emptyQueueText(outlook));
    if (outlook) {
        emit emptyTextShown();
        return;
    }
    if (!m_reader)
        m_reader = std::make_unique<BackgroundReader>(m_context.db.path(), m_context.db.viewer());
    const Clock &clock = m_context.clock;
    const auto show = [this, request](const CallQueueOutlook &read) {
        QMetaObject::invokeMethod(
            this,
            [this, request, read] {
                if (request != m_outlookRequest || m_current)
                    return; // the queue changed meanwhile
                m_empty->setText(emptyQueueText(read));
                emit emptyTextShown();
            },
            Qt::QueuedConnection);
    };
    m_reader->post(
        [&clock, owner, show](Database &db) {
            show(CallQueueQuery({db, clock}).outlook(owner));
        },
        [show](const StorageError &) { show(CallQueueOutlook{}); });
}

QString CallModeView::emptyQueueText(const std::optional<CallQueueOutlook> &outlook) const
{
    if (m_queueOwnerId == 0) {
        return tr("You have no call queue of your own: the first line calls the base.\n"
                  "Choose a caller above to see their queue.");
    }
    if (!m_skipped.isEmpty()) {
        return tr("Nothing more to call now; the companies you skipped come back when you open call mode again.");
    }
    UserRole ownerRole = m_role;
    for (const User &user : m_users) {
        if (user.id == m_queueOwnerId)
            ownerRole = user.role;
    }
    if (!outlook)
        return tr("Nothing to call now: no callback is due. Looking at the rest of the base…");
    QStringList lines;
    if (ownerRole != UserRole::Caller) {
        lines.append(tr("Nothing to call now: no callback is due and no company waits for a first call."));
    } else if (outlook->notCalledYet == 0) {
        // Said only when it is true: no company anywhere in the base waits for its first call.
        lines.append(tr("Nothing to call now: no callback is due and every company in the base has been called."));
        lines.append(tr("Import a list (Ctrl+I), or ask the collector for new companies."));
    } else {
        lines.append(tr("Nothing to call now: no callback is due, and the companies not called yet (%1) are assigned "
                        "to other callers or being called right now.")
                         .arg(outlook->notCalledYet));
        lines.append(tr("Ask the head of sales to hand companies over."));
    }
    if (outlook->needingNumber > 0) {
        lines.append(tr("Companies waiting for a number to be found: %1 (the \"Needs a number\" list of the cold "
                        "base).")
                         .arg(outlook->needingNumber));
    }
    if (outlook->nextCallbackAt.isValid())
        lines.append(tr("Next callback: %1.").arg(shortDateTimeText(outlook->nextCallbackAt)));
    return lines.join(QLatin1Char('\n'));
}

bool CallModeView::recordOutcome(CallOutcome outcome)
{
    if (!m_current || m_context.db.isReadOnly() || !viewingOwnQueue())
        return false;
    const QScopedValueRollback<bool> recording(m_recording, true);
    const CallOutcomeOptions options = CallSettings::load(m_context.db);
    const QString companyName = m_record.company.name;
    CallResult result;
    if (CallOutcomeDialog::needsDetails(outcome)) {
        CallOutcomeDialog dialog(m_context, options, m_record, outcome, m_users, m_comment->text(), this);
        if (ModalDialog::exec(dialog) != QDialog::Accepted) {
            reload(); // a colleague's change refused in the dialog: show it, still on the same company
            return false;
        }
        result = dialog.recorded();
        announceOutcome();
    } else {
        const qint64 phoneId = m_company->dialledPhoneId();
        if (outcome == CallOutcome::WrongNumber && phoneId == 0) {
            MessageBox::warning(this, callOutcomeTitle(outcome),
                                tr("Every number of this company is already marked wrong."));
            return false;
        }
        const Attempt attempt = attemptOrExplain(this, callOutcomeTitle(outcome), [&] {
            CallOutcomes calls(m_context, options);
            const qint64 id = m_record.company.id;
            const qint64 version = m_record.company.version;
            const QString comment = m_comment->text();
            if (outcome == CallOutcome::NoAnswer)
                result = calls.noAnswer(id, version, comment);
            else if (outcome == CallOutcome::Busy)
                result = calls.busy(id, version, comment);
            else
                result = calls.wrongNumber(id, version, phoneId, comment);
        });
        if (attempt == Attempt::Stale)
            reload(); // show what the colleague left, or move on when the company is gone
        if (attempt != Attempt::Done)
            return false;
        announceOutcome();
    }

    QString status = tr("\"%1\" recorded for %2.").arg(callOutcomeTitle(outcome), companyName);
    if (result.parked)
        status += QLatin1Char(' ')
            + tr("Unanswered calls in a row: %1, so it is parked and leaves the queue.").arg(options.maxFailedAttempts);
    if (result.needsNumber)
        status += QLatin1Char(' ')
            + tr("No number is left to dial: it leaves the queue (its callback cancelled) until the collector finds "
                 "a number (\"Needs a number\" in the cold base).");
    m_status->setText(status);
    m_comment->clear();
    if (outcome == CallOutcome::WrongNumber) {
        // Another number of the same company may still reach them: stay on it while one is left.
        if (const auto record = CompanyRecordRepository(m_context).load(m_current->companyId)) {
            m_record = *record;
            m_current->version = m_record.company.version;
            m_company->showCompany(m_record, *m_current, options.maxFailedAttempts);
            if (m_company->hasNumberToCall()) {
                updateTally();
                return true;
            }
        }
    }
    m_current.reset();
    showNext();
    return true;
}

void CallModeView::announceOutcome()
{
    // The company's stage, owner or numbers and its timeline; a callback or a meeting is a task, and an outcome
    // closes the callback it answers.
    m_context.db.changes().announce(
        ChangeSet().add(ChangeSet::Kind::Company, m_current->companyId).addSomewhere(ChangeSet::Kind::Task), this);
}

void CallModeView::skip()
{
    if (!m_current)
        return;
    m_skipped.append(m_current->companyId);
    m_status->setText(tr("%1 skipped for now.").arg(m_record.company.name));
    m_current.reset();
    showNext();
}

void CallModeView::editScripts()
{
    auto *editor = new ScriptEditorDialog(m_context, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ScriptEditorDialog::scriptsChanged, m_script, &CallScriptPanel::reloadScripts);
    editor->show();
}

void CallModeView::editCallRules()
{
    CallSettingsDialog dialog(m_context.db, this);
    if (ModalDialog::exec(dialog) != QDialog::Accepted)
        return;
    if (m_current)
        m_company->showCompany(m_record, *m_current, CallSettings::load(m_context.db).maxFailedAttempts);
    m_context.db.changes().announce(ChangeSet().addSomewhere(ChangeSet::Kind::Setting), this);
}

} // namespace voronka
