#include "MeetingCancelDialog.h"

#include <QDateTimeEdit>

namespace voronka {

MeetingCancelDialog::MeetingCancelDialog(DataContext context, MeetingListRow meeting, QWidget *parent)
    : MeetingOutcomeDialog(context, std::move(meeting), tr("Meeting cancelled"), parent)
{
    setObjectName(QStringLiteral("meetingCancelDialog"));
    m_callback = dateTimeEdit(QStringLiteral("callbackEdit"), tomorrowAt(QTime(10, 0)));
    addRow(tr("&Call back at:"), m_callback);
}

MeetingResult MeetingCancelDialog::record(MeetingOutcomes &outcomes)
{
    return outcomes.cancelled(meeting().taskId, meeting().companyVersion, m_callback->dateTime(), comment());
}

} // namespace voronka
