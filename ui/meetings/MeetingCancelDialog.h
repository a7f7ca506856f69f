#pragma once

#include "MeetingOutcomeDialog.h"

class QDateTimeEdit;

namespace voronka {

// The meeting is off: asks when the caller who booked it should call the company back (tomorrow at 10:00 unless
// changed); the company goes back to calling.
class MeetingCancelDialog : public MeetingOutcomeDialog
{
    Q_OBJECT

public:
    MeetingCancelDialog(DataContext context, MeetingListRow meeting, QWidget *parent = nullptr);

protected:
    MeetingResult record(MeetingOutcomes &outcomes) override;

private:
    QDateTimeEdit *m_callback = nullptr;
};

} // namespace voronka
