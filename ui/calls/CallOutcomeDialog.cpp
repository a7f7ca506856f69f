#include "CallOutcomeDialog.h"

#include "common/CoreAttempt.h"
#include "common/MessageBox.h"
#include "domain/Clock.h"
#include "funnel/CloserSchedule.h"
#include "funnel/FunnelError.h"
#include "storage/LostReasonRepository.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>

namespace voronka {

CallOutcomeDialog::CallOutcomeDialog(DataContext context, CallOutcomeOptions options, CompanyRecord company,
                                     CallOutcome outcome, const QList<User> &users, const QString &comment,
                                     QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_options(std::move(options))
    , m_company(std::move(company))
    , m_outcome(outcome)
{
    setObjectName(QStringLiteral("callOutcomeDialog"));
    setWindowTitle(callOutcomeTitle(outcome));
    m_form = new QFormLayout;
    auto *companyName = new QLabel(QStringLiteral("<b>%1</b>").arg(m_company.company.name.toHtmlEscaped()));
    m_form->addRow(companyName);

    const QDateTime now = localNow();
    const QDate tomorrow = now.date().addDays(1);
    switch (outcome) {
    case CallOutcome::Refused: {
        m_reason = new QComboBox;
        m_reason->setObjectName(QStringLiteral("lostReason"));
        for (const LostReason &reason : LostReasonRepository(context).list())
            m_reason->addItem(reason.title, reason.id);
        m_form->addRow(tr("Why they refused:"), m_reason);
        break;
    }
    case CallOutcome::NotNow:
        m_date = new QDateEdit(tomorrow);
        m_date->setObjectName(QStringLiteral("callbackDate"));
        m_date->setCalendarPopup(true);
        m_date->setMinimumDate(tomorrow);
        m_form->addRow(tr("Call back on:"), m_date);
        break;
    case CallOutcome::Callback: {
        // The next whole hour: people promise "call me at three", not at 14:07.
        const QDateTime nextHour(now.date(), QTime(now.time().hour(), 0), m_options.timeZone);
        m_when = new QDateTimeEdit(nextHour.addSecs(3600));
        m_when->setObjectName(QStringLiteral("callbackAt"));
        m_when->setCalendarPopup(true);
        m_when->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
        m_form->addRow(tr("Call back at:"), m_when);
        break;
    }
    case CallOutcome::MeetingBooked: {
        m_date = new QDateEdit(tomorrow);
        m_date->setObjectName(QStringLiteral("meetingDate"));
        m_date->setCalendarPopup(true);
        m_form->addRow(tr("Date:"), m_date);
        m_time = new QTimeEdit(QTime(11, 0));
        m_time->setObjectName(QStringLiteral("meetingTime"));
        m_time->setDisplayFormat(QStringLiteral("HH:mm"));
        m_form->addRow(tr("Time:"), m_time);
        const Company &details = m_company.company;
        m_place = new QLineEdit(details.address.isEmpty() ? details.city : details.address);
        m_place->setObjectName(QStringLiteral("meetingPlace"));
        m_place->setPlaceholderText(tr("Address, or \"online\""));
        m_form->addRow(tr("Place:"), m_place);
        m_closer = new QComboBox;
        m_closer->setObjectName(QStringLiteral("meetingCloser"));
        for (const User &user : users) {
            if (user.active && user.role == UserRole::Closer)
                m_closer->addItem(user.fullName, user.id);
        }
        for (const User &user : users) {
            if (user.active && user.role == UserRole::Head)
                m_closer->addItem(tr("%1 (head)").arg(user.fullName), user.id);
        }
        m_form->addRow(tr("Who goes:"), m_closer);
        m_closerDay = new QLabel;
        m_closerDay->setObjectName(QStringLiteral("closerDay"));
        m_closerDay->setWordWrap(true);
        m_form->addRow(tr("Their day:"), m_closerDay);
        m_overlapWarning = new QLabel;
        m_overlapWarning->setObjectName(QStringLiteral("overlapWarning"));
        m_overlapWarning->setWordWrap(true);
        m_overlapWarning->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
        m_form->addRow(m_overlapWarning);
        m_overlapReason = new QLineEdit;
        m_overlapReason->setObjectName(QStringLiteral("overlapReason"));
        m_overlapReason->setPlaceholderText(tr("Why book over it (required to book at this time)"));
        m_form->addRow(tr("Reason:"), m_overlapReason);
        connect(m_date, &QDateEdit::dateChanged, this, &CallOutcomeDialog::updateCloserDay);
        connect(m_time, &QTimeEdit::timeChanged, this, &CallOutcomeDialog::updateCloserDay);
        connect(m_closer, &QComboBox::currentIndexChanged, this, &CallOutcomeDialog::updateCloserDay);
        break;
    }
    case CallOutcome::NoAnswer:
    case CallOutcome::Busy:
    case CallOutcome::WrongNumber:
        break;
    }
    m_comment = new QLineEdit(comment);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_form->addRow(tr("Comment:"), m_comment);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CallOutcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CallOutcomeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    if (m_closerDay)
        updateCloserDay();
}

void CallOutcomeDialog::updateCloserDay()
{
    const qint64 closerId = m_closer->currentData().toLongLong();
    const QDateTime start = QDateTime(m_date->date(), m_time->time(), m_options.timeZone);
    QStringList lines;
    QList<MeetingListRow> clashes;
    try {
        const CloserSchedule schedule(m_context);
        for (const MeetingListRow &meeting : schedule.day(closerId, m_date->date(), m_options.timeZone)) {
            QString line = QStringLiteral("%1  %2").arg(
                meeting.dueAt.toTimeZone(m_options.timeZone).toString(QStringLiteral("HH:mm")), meeting.companyName);
            const QString where = meeting.place.isEmpty() ? meeting.city : meeting.place;
            if (!where.isEmpty())
                line += QStringLiteral(" — ") + where;
            lines.append(line);
        }
        clashes = schedule.overlapping(closerId, start.toUTC());
    } catch (const StorageError &) {
        // The day is a help, not a condition: core checks the overlap again when the meeting is recorded.
    }
    m_closerDay->setText(lines.isEmpty() ? tr("No meetings that day.") : lines.join(QLatin1Char('\n')));
    if (clashes.isEmpty()) {
        m_overlapWarning->clear();
        m_overlapWarning->hide();
        m_overlapReason->hide();
        m_form->labelForField(m_overlapReason)->hide();
        return;
    }
    const MeetingListRow &clash = clashes.first();
    m_overlapWarning->setText(tr("%1 already has a meeting at %2 with %3. Choose another time or closer, or say why "
                                 "this one is booked all the same.")
                                  .arg(m_closer->currentText(),
                                       clash.dueAt.toTimeZone(m_options.timeZone).toString(QStringLiteral("HH:mm")),
                                       clash.companyName));
    m_overlapWarning->show();
    m_overlapReason->show();
    m_form->labelForField(m_overlapReason)->show();
}

bool CallOutcomeDialog::needsDetails(CallOutcome outcome)
{
    return outcome == CallOutcome::Refused || outcome == CallOutcome::NotNow || outcome == CallOutcome::Callback
        || outcome == CallOutcome::MeetingBooked;
}

QDateTime CallOutcomeDialog::localNow() const
{
    return m_context.clock.nowUtc().toTimeZone(m_options.timeZone);
}

void CallOutcomeDialog::accept()
{
    const Attempt attempt = attemptOrExplain(this, windowTitle(), [&] {
        CallOutcomes outcomes(m_context, m_options);
        m_recorded = record(outcomes);
    });
    if (attempt == Attempt::Done)
        QDialog::accept();
}

CallResult CallOutcomeDialog::record(CallOutcomes &outcomes) const
{
    const qint64 id = m_company.company.id;
    const qint64 version = m_company.company.version;
    const QString comment = m_comment->text();
    switch (m_outcome) {
    case CallOutcome::Refused:
        return outcomes.refused(id, version, m_reason->currentData().toLongLong(), comment);
    case CallOutcome::NotNow:
        return outcomes.notNow(id, version, m_date->date(), comment);
    case CallOutcome::Callback:
        return outcomes.callbackAt(id, version, QDateTime(m_when->date(), m_when->time(), m_options.timeZone).toUTC(),
                                   comment);
    case CallOutcome::MeetingBooked: {
        MeetingBooking booking;
        booking.date = m_date->date();
        booking.time = m_time->time();
        booking.place = m_place->text();
        booking.closerId = m_closer->currentData().toLongLong();
        booking.comment = comment;
        // Read by core only when the time collides with another meeting of the closer.
        booking.overlapReason = m_overlapReason->text();
        return outcomes.meetingBooked(id, version, booking);
    }
    case CallOutcome::NoAnswer:
        return outcomes.noAnswer(id, version, comment);
    case CallOutcome::Busy:
        return outcomes.busy(id, version, comment);
    case CallOutcome::WrongNumber:
        break;
    }
    throw FunnelError(FunnelError::Kind::MissingData, tr("Choose the number that was wrong."));
}

} // namespace voronka
