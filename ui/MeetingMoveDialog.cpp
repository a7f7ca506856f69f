#include "MeetingMoveDialog.h"

#include "domain/Clock.h"

#include <QDateTimeEdit>
#include <QLineEdit>

namespace voronka {

MeetingMoveDialog::MeetingMoveDialog(DataContext context, MeetingListRow meeting, QWidget *parent)
    : MeetingOutcomeDialog(context, std::move(meeting), tr("Meeting moved"), parent)
{
    setObjectName(QStringLiteral("meetingMoveDialog"));
    // An overdue meeting is moved to tomorrow; a coming one starts from its own time.
    const QDateTime start
        = this->meeting().dueAt > context.clock.nowUtc() ? this->meeting().dueAt : tomorrowAt(QTime(10, 0));
    m_time = dateTimeEdit(QStringLiteral("newTimeEdit"), start);
    m_place = new QLineEdit(this->meeting().place);
    m_place->setObjectName(QStringLiteral("newPlaceEdit"));
    addRow(tr("&New time:"), m_time);
    addRow(tr("&Place:"), m_place);
}

MeetingResult MeetingMoveDialog::record(MeetingOutcomes &outcomes)
{
    return outcomes.moved(meeting().taskId, meeting().companyVersion, m_time->dateTime(), m_place->text().trimmed(),
                          comment());
}

} // namespace voronka
