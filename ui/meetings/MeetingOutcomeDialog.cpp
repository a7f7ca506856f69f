#include "MeetingOutcomeDialog.h"

#include "common/CoreAttempt.h"
#include "common/DateTimeText.h"
#include "common/MessageBox.h"
#include "domain/Clock.h"
#include "funnel/FunnelError.h"
#include "storage/StorageError.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace voronka {

MeetingOutcomeDialog::MeetingOutcomeDialog(DataContext context, MeetingListRow meeting, const QString &title,
                                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_meeting(std::move(meeting))
{
    setWindowTitle(title);
    setMinimumWidth(420);
    const QString when = shortDateTimeText(m_meeting.dueAt);
    auto *summary = new QLabel(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(m_meeting.companyName.toHtmlEscaped(), tr("%1, %2").arg(when, m_meeting.place).toHtmlEscaped()));
    summary->setObjectName(QStringLiteral("meetingSummary"));
    summary->setWordWrap(true);

    m_comment = new QLineEdit;
    m_comment->setObjectName(QStringLiteral("meetingCommentEdit"));
    m_form = new QFormLayout;
    m_form->addRow(tr("Co&mment:"), m_comment);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("meetingButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
}

void MeetingOutcomeDialog::accept()
{
    const Attempt attempt = attemptOrExplain(this, tr("Nothing was recorded"), [&] {
        MeetingOutcomes outcomes(m_context);
        m_recorded = record(outcomes);
    });
    if (attempt == Attempt::Done)
        QDialog::accept();
}

void MeetingOutcomeDialog::addRow(const QString &label, QWidget *field)
{
    focusFirst(field);
    m_form->insertRow(m_form->rowCount() - 1, label, field);
}

void MeetingOutcomeDialog::addRow(QWidget *field)
{
    focusFirst(field);
    m_form->insertRow(m_form->rowCount() - 1, field);
}

void MeetingOutcomeDialog::focusFirst(QWidget *field)
{
    // The outcome's own first field is what the user answers first; the comment (the only row so far) is optional.
    if (m_form->rowCount() == 1)
        field->setFocus();
}

QString MeetingOutcomeDialog::comment() const
{
    return m_comment->text().trimmed();
}

QDateTime MeetingOutcomeDialog::tomorrowAt(QTime time) const
{
    return QDateTime(m_context.clock.nowUtc().toLocalTime().date().addDays(1), time);
}

QDateTimeEdit *MeetingOutcomeDialog::dateTimeEdit(const QString &objectName, const QDateTime &when)
{
    auto *edit = new QDateTimeEdit(when.toLocalTime());
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace voronka
