#pragma once

#include "domain/CallOutcome.h"
#include "domain/CompanyRecord.h"
#include "domain/User.h"
#include "storage/CallQueueQuery.h"
#include "storage/DataContext.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace voronka {

class BackgroundReader;

class CallCompanyPanel;
class CallScriptPanel;

// The Calls section: call mode for the first line. It takes the caller through their queue (due callbacks first,
// then companies not called yet) one company at a time: the company with its numbers, people and history on the
// left, the call script on the right, and one key per outcome below (F1–F7; the script's answers on 1–9). Once an
// outcome is recorded the next company comes up at once, and the counter of the day's calls and meetings moves.
//
// While call mode is on screen the company shown is leased to the caller (CompanyLeaseRepository), renewed every
// few minutes and released on moving on, leaving the section or closing, so colleagues' queues leave it out. A
// company a colleague took a moment before (a race) is not shown: the status line says who is calling it.
//
// The head of sales has no queue of their own (the first line calls): a "whose queue" choice shows a caller's
// queue as that caller would see it, to look at, not to call from (no lease is taken, no outcome recorded).
//
// It reads the queue again whenever it is shown, and while shown when the base's ChangeHub announces changed tasks,
// call rules, or the company being called.
class CallModeView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int leaseRenewalMs = 2 * 60 * 1000; // well within the lease's five minutes

    CallModeView(DataContext context, QList<User> users, QWidget *parent = nullptr);
    ~CallModeView() override;

    // 0 when the queue is empty.
    qint64 currentCompanyId() const;
    CallScriptPanel *scriptPanel() const { return m_script; }
    CallCompanyPanel *companyPanel() const { return m_company; }
    QString tallyText() const;
    QString statusText() const;
    // The user whose queue is shown: the signed-in user, or the caller the head chose; 0 when the head chose none.
    qint64 queueOwnerId() const { return m_queueOwnerId; }
    // The empty queue's explanation (what is true for this user); empty while a company is shown.
    QString emptyText() const;
    // From this many companies on, what lies beyond an empty queue is read on a worker (it counts over the whole
    // base: seconds on a million companies); below, at once.
    static constexpr qint64 defaultOutlookInBackgroundFrom = 20000;
    void setOutlookInBackgroundFrom(qint64 companies) { m_outlookInBackgroundFrom = companies; }

public slots:
    // Reads the queue and the day's counter again; the company being called stays while it is still in the queue.
    void reload();
    // Records how the call with the current company ended (asking what the outcome needs first) and brings up the
    // next company. False when it was cancelled or refused; a refusal is explained to the user.
    bool recordOutcome(voronka::CallOutcome outcome);
    // Leaves the current company for later (until call mode is opened again) and brings up the next one.
    void skip();
    // Another desktop changed the base: reload() unless an outcome is being recorded (its dialog is open).
    void refreshFromElsewhere();
    // What the lease timer calls: renews the lease on the company shown; moves on when a colleague has it now.
    void renewLease();

signals:
    void companyActivated(qint64 companyId);
    // The empty queue's explanation is complete (after the background read of what lies beyond the queue).
    void emptyTextShown();

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showNext();
    // False when the company cannot be shown: gone, or a colleague is calling it.
    bool showEntry(const CallQueueEntry &entry);
    // Takes or renews the lease while call mode is on screen; false (and the status line says who) when a
    // colleague holds it.
    bool holdLease(qint64 companyId, const QString &name);
    void releaseLease();
    void updateTally();
    void editScripts();
    void editCallRules();
    QPushButton *outcomeButton(CallOutcome outcome, Qt::Key key);
    // Says why there is nothing to call, reading what lies beyond the queue on a worker on a big base.
    void showEmptyQueue();
    // Why there is nothing to call, true for the user whose queue it is; without the outlook while it is read.
    QString emptyQueueText(const std::optional<CallQueueOutlook> &outlook) const;
    bool viewingOwnQueue() const { return m_queueOwnerId == m_context.userId; }
    void updateOutcomeButtons();
    // Tells the other sections through the base's ChangeHub that an outcome was recorded for the current company.
    void announceOutcome();

    DataContext m_context;
    QList<User> m_users;
    QList<qint64> m_skipped;
    UserRole m_role = UserRole::Caller;
    qint64 m_queueOwnerId = 0;
    QComboBox *m_queueOwner = nullptr; // the head's choice of whose queue to see
    std::optional<CallQueueEntry> m_current;
    CompanyRecord m_record;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    CallCompanyPanel *m_company = nullptr;
    CallScriptPanel *m_script = nullptr;
    QLabel *m_tally = nullptr;
    QLabel *m_queue = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_comment = nullptr;
    QList<QPushButton *> m_outcomeButtons;
    QTimer *m_leaseTimer = nullptr;
    bool m_onScreen = false; // leases are taken only while call mode is shown
    qint64 m_leasedCompanyId = 0;
    bool m_recording = false;
    qint64 m_outlookInBackgroundFrom = defaultOutlookInBackgroundFrom;
    std::unique_ptr<BackgroundReader> m_reader;
    quint64 m_outlookRequest = 0; // the empty queue the outlook being read is for
};

} // namespace voronka
