#pragma once

#include "domain/CompanyRecord.h"
#include "domain/User.h"
#include "funnel/CallOutcomes.h"
#include "storage/DataContext.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace voronka {

// Asks what a call outcome needs (the lost reason of a refusal, the day or time of a callback, the date, time,
// place and closer of a meeting) and records it through CallOutcomes when OK is pressed. For a meeting it shows the
// chosen closer's day, so a closer is not booked twice at one hour; booking over a meeting needs a reason typed. A
// refusal from core (a time that has passed, a missing place, a colleague's change) is shown and the dialog stays open
// with what was typed: nothing is written, nothing is lost.
class CallOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    CallOutcomeDialog(DataContext context, CallOutcomeOptions options, CompanyRecord company, CallOutcome outcome,
                      const QList<User> &users, const QString &comment, QWidget *parent = nullptr);

    // The outcomes that cannot be recorded without asking something first.
    static bool needsDetails(CallOutcome outcome);

    const CallResult &recorded() const { return m_recorded; }
    void accept() override;

private:
    CallResult record(CallOutcomes &outcomes) const;
    QDateTime localNow() const;
    // Shows the chosen closer's meetings on the chosen day and warns when the chosen time collides with one.
    void updateCloserDay();

    DataContext m_context;
    CallOutcomeOptions m_options;
    CompanyRecord m_company;
    CallOutcome m_outcome;
    QFormLayout *m_form = nullptr;
    QComboBox *m_reason = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_place = nullptr;
    QComboBox *m_closer = nullptr;
    QLabel *m_closerDay = nullptr;
    QLabel *m_overlapWarning = nullptr;
    QLineEdit *m_overlapReason = nullptr;
    QLineEdit *m_comment = nullptr;
    CallResult m_recorded;
};

} // namespace voronka
