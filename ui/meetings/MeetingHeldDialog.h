#pragma once

#include "MeetingOutcomeDialog.h"

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QStackedWidget;

namespace voronka {

class MoneySpinBox;

// The meeting took place: asks the next step and what it needs. An offer opens a deal (title prefilled, amount,
// margin), "think it over" sets the follow-up call (tomorrow at 10:00 unless changed), a refusal asks the lost
// reason.
class MeetingHeldDialog : public MeetingOutcomeDialog
{
    Q_OBJECT

public:
    MeetingHeldDialog(DataContext context, MeetingListRow meeting, QWidget *parent = nullptr);

protected:
    MeetingResult record(MeetingOutcomes &outcomes) override;

private:
    QWidget *offerPage();
    QWidget *thinkItOverPage();
    QWidget *refusedPage();

    QComboBox *m_next = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_dealTitle = nullptr;
    MoneySpinBox *m_amount = nullptr;
    MoneySpinBox *m_margin = nullptr;
    QDateTimeEdit *m_followUp = nullptr;
    QComboBox *m_lostReason = nullptr;
};

} // namespace voronka
