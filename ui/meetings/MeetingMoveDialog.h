#pragma once

#include "MeetingOutcomeDialog.h"

class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace voronka {

// The meeting moves: asks the new date and time, and the place (the current one unless changed). Shows the closer's
// other meetings of the new day and warns when the new time collides with one (the closer's own day to arrange,
// so it is a warning, not a refusal).
class MeetingMoveDialog : public MeetingOutcomeDialog
{
    Q_OBJECT

public:
    MeetingMoveDialog(DataContext context, MeetingListRow meeting, QWidget *parent = nullptr);

protected:
    MeetingResult record(MeetingOutcomes &outcomes) override;

private:
    void updateCloserDay();

    QDateTimeEdit *m_time = nullptr;
    QLabel *m_closerDay = nullptr;
    QLabel *m_overlapWarning = nullptr;
    QLineEdit *m_place = nullptr;
};

} // namespace voronka
