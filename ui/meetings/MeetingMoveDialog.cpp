#include "MeetingMoveDialog.h"

#include "domain/Clock.h"
#include "funnel/CloserSchedule.h"
#include "storage/StorageError.h"

#include <QDateTimeEdit>
#include <QLabel>
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
    m_closerDay = new QLabel;
    m_closerDay->setObjectName(QStringLiteral("closerDay"));
    m_closerDay->setWordWrap(true);
    addRow(tr("That day:"), m_closerDay);
    m_overlapWarning = new QLabel;
    m_overlapWarning->setObjectName(QStringLiteral("overlapWarning"));
    m_overlapWarning->setWordWrap(true);
    m_overlapWarning->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    addRow(m_overlapWarning);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &MeetingMoveDialog::updateCloserDay);
    updateCloserDay();
}

void MeetingMoveDialog::updateCloserDay()
{
    const QDateTime start = m_time->dateTime();
    QStringList lines;
    QList<MeetingListRow> clashes;
    try {
        const CloserSchedule schedule(context());
        for (const MeetingListRow &other :
             schedule.day(meeting().assigneeId, start.date(), QTimeZone::systemTimeZone())) {
            if (other.taskId != meeting().taskId) {
                lines.append(QStringLiteral("%1  %2").arg(other.dueAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                                                          other.companyName));
            }
        }
        clashes = schedule.overlapping(meeting().assigneeId, start.toUTC(), meeting().taskId);
    } catch (const StorageError &) {
        // Only a help for choosing the time.
    }
    m_closerDay->setText(lines.isEmpty() ? tr("No other meetings that day.") : lines.join(QLatin1Char('\n')));
    m_overlapWarning->setVisible(!clashes.isEmpty());
    if (!clashes.isEmpty()) {
        m_overlapWarning->setText(tr("%1 has another meeting then: %2 with %3.")
                                      .arg(meeting().assigneeName,
                                           clashes.first().dueAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                                           clashes.first().companyName));
    }
}

MeetingResult MeetingMoveDialog::record(MeetingOutcomes &outcomes)
{
    return outcomes.moved(meeting().taskId, meeting().companyVersion, m_time->dateTime(), m_place->text().trimmed(),
                          comment());
}

} // namespace voronka
