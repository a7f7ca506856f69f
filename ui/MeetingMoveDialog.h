#pragma once

#include "MeetingOutcomeDialog.h"

class QDateTimeEdit;
class QLineEdit;

namespace voronka {

// The meeting moves: asks the new date and time, and the place (the current one unless changed).
class MeetingMoveDialog : public MeetingOutcomeDialog
{
    Q_OBJECT

public:
    MeetingMoveDialog(DataContext context, MeetingListRow meeting, QWidget *parent = nullptr);

protected:
    MeetingResult record(MeetingOutcomes &outcomes) override;

private:
    QDateTimeEdit *m_time = nullptr;
    QLineEdit *m_place = nullptr;
};

} // namespace voronka
