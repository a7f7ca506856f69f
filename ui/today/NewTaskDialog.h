#pragma once

#include "TaskActions.h"
#include "domain/Task.h"
#include "domain/User.h"
#include "storage/DataContext.h"

#include <QDialog>
#include <QList>
#include <QTimeZone>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace voronka {

class DateTimeField;

// A new task: its company (the one it was opened for, or one found by typing part of its name, city, INN or phone;
// or none), its kind, who does it (the current user to start with), when (typed as a whole date and time, picked
// from a calendar, or a quick choice: in 10 min, in 1 h, tomorrow 10:00, in 3 days, in 3 months) and a note. OK
// creates it; a due time that has passed is asked about first. A refusal from core is shown and the dialog stays
// open with what was typed.
class NewTaskDialog : public QDialog
{
    Q_OBJECT

public:
    // companyId 0: a task of no company. zone: the user's time zone, in which the due time is typed.
    NewTaskDialog(DataContext context, QList<User> users, qint64 companyId, const QString &companyName,
                  QTimeZone zone = QTimeZone::systemTimeZone(), QWidget *parent = nullptr);

    // Asks a new task for the company (its name read from the base) and creates it; true when one was created.
    // The dialog runs through ModalDialog, so tests can fill it.
    static bool createFor(DataContext context, QList<User> users, qint64 companyId, QWidget *parent = nullptr,
                          QTimeZone zone = QTimeZone::systemTimeZone());

    // The task as created (valid after the dialog was accepted).
    const Task &created() const { return m_created; }
    // The due time the fields hold, in UTC.
    QDateTime dueTime() const;
    void setDueTime(const QDateTime &due);

    // The company the task will be for; 0 for none.
    qint64 companyId() const { return m_companyId; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Takes the company of a result row (not the "no company matches" line) and closes the results.
    void takeCompanyFrom(QListWidgetItem *item);
    // Lists the first companies matching the search text (CompanyLookup: a few rows, never the whole base).
    void searchCompanies(const QString &text);
    void chooseCompany(qint64 companyId, const QString &name);

    DataContext m_context;
    TaskActions m_actions;
    qint64 m_companyId = 0;
    QComboBox *m_kind = nullptr;
    QComboBox *m_assignee = nullptr;
    QLabel *m_company = nullptr;
    QLineEdit *m_companySearch = nullptr;
    QListWidget *m_companyResults = nullptr;
    DateTimeField *m_due = nullptr;
    QLineEdit *m_note = nullptr;
    Task m_created;
};

} // namespace voronka
