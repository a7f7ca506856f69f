#pragma once

#include "domain/User.h"
#include "funnel/CallOutcome.h"
#include "storage/CallQueueQuery.h"
#include "storage/CompanyRecord.h"
#include "storage/DataContext.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace voronka {

class CallCompanyPanel;
class CallScriptPanel;

// The Calls section: call mode for the first line. It takes the caller through their queue (due callbacks first,
// then companies not called yet) one company at a time: the company with its numbers, people and history on the
// left, the call script on the right, and one key per outcome below (F1–F7; the script's answers on 1–9). Once an
// outcome is recorded the next company comes up at once, and the counter of the day's calls and meetings moves.
class CallModeView : public QWidget
{
    Q_OBJECT

public:
    CallModeView(DataContext context, QList<User> users, QWidget *parent = nullptr);

    // 0 when the queue is empty.
    qint64 currentCompanyId() const;
    CallScriptPanel *scriptPanel() const { return m_script; }
    CallCompanyPanel *companyPanel() const { return m_company; }
    QString tallyText() const;
    QString statusText() const;

public slots:
    // Reads the queue and the day's counter again; the company being called stays while it is still in the queue.
    void reload();
    // Records how the call with the current company ended (asking what the outcome needs first) and brings up the
    // next company. False when it was cancelled or refused; a refusal is explained to the user.
    bool recordOutcome(voronka::CallOutcome outcome);
    // Leaves the current company for later (until call mode is opened again) and brings up the next one.
    void skip();

signals:
    void companyActivated(qint64 companyId);

private:
    void showNext();
    void showEntry(const CallQueueEntry &entry);
    void updateTally();
    void editScripts();
    void editCallRules();
    QPushButton *outcomeButton(CallOutcome outcome, Qt::Key key);

    DataContext m_context;
    QList<User> m_users;
    QList<qint64> m_skipped;
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
};

} // namespace voronka
