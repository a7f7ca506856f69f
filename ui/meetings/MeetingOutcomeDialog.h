#pragma once

#include "funnel/MeetingOutcomes.h"
#include "storage/DataContext.h"
#include "storage/MeetingListQuery.h"

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;

namespace voronka {

// What the dialogs for a meeting's outcome share: the meeting shown on top, a comment, and OK recording the outcome
// through MeetingOutcomes. A refusal from core (a past time, missing data, a colleague's change) is shown and the
// dialog stays open with what was typed, so nothing is written and nothing is lost.
class MeetingOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    // What core returned for the recorded outcome (after the dialog was accepted).
    const MeetingResult &recorded() const { return m_recorded; }

    void accept() override;

protected:
    MeetingOutcomeDialog(DataContext context, MeetingListRow meeting, const QString &title, QWidget *parent);

    // Records the outcome; throws FunnelError or StorageError when core refuses it.
    virtual MeetingResult record(MeetingOutcomes &outcomes) = 0;

    // Adds a field above the comment.
    void addRow(const QString &label, QWidget *field);
    void addRow(QWidget *field);
    DataContext context() const { return m_context; }
    const MeetingListRow &meeting() const { return m_meeting; }
    QString comment() const;
    // This time of the day after today, in local time (by the context's clock).
    QDateTime tomorrowAt(QTime time) const;
    // A date and time field in local time.
    static QDateTimeEdit *dateTimeEdit(const QString &objectName, const QDateTime &when);

private:
    void focusFirst(QWidget *field);

    DataContext m_context;
    MeetingListRow m_meeting;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_comment = nullptr;
    MeetingResult m_recorded;
};

} // namespace voronka
