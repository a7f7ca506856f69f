#include "DutyRosterDialog.h"

#include "common/CoreAttempt.h"
#include "domain/Clock.h"
#include "storage/UserRepository.h"
#include "team/DutyRoster.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace voronka {

DutyRosterDialog::DutyRosterDialog(DataContext context, QWidget *parent, const QDate &first)
    : QDialog(parent)
    , m_context(context)
    , m_first(first.isValid() ? first : context.clock.nowUtc().toLocalTime().date())
{
    setObjectName(QStringLiteral("dutyRosterDialog"));
    setWindowTitle(tr("Duty roster"));
    const DutyRoster roster(context);
    const QList<User> people = roster.candidates();
    m_read = roster.days(m_first, shownDays);

    auto *form = new QFormLayout;
    const QLocale locale;
    UserRepository users(context);
    for (int index = 0; index < shownDays; ++index) {
        const QDate day = m_first.addDays(index);
        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("dutyDay%1").arg(index));
        box->addItem(tr("nobody"), qint64(0));
        for (const User &user : people)
            box->addItem(user.fullName, user.id);
        const qint64 onDuty = m_read.value(day);
        int shown = box->findData(onDuty);
        if (shown < 0) {
            // Someone on the roster who is no longer offered (deactivated, or not a closer any more): shown as they
            // are, so that saving keeps them unless the head chooses another.
            const auto user = users.find(onDuty);
            box->addItem(user ? user->fullName : tr("someone unknown"), onDuty);
            shown = box->count() - 1;
        }
        box->setCurrentIndex(shown);
        auto *label = new QLabel(locale.toString(day, QStringLiteral("ddd d MMM")));
        label->setBuddy(box);
        if (day.dayOfWeek() >= 6) {
            QFont weekend = label->font();
            weekend.setItalic(true);
            label->setFont(weekend);
        }
        form->addRow(label, box);
        m_days.append(box);
    }
    auto *page = new QWidget;
    page->setLayout(form);
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *note = new QLabel(tr("When inquiries go to the person on duty (Rules…), the day's person takes them; on a "
                               "day with nobody, the head does."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &DutyRosterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DutyRosterDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(420, 560);
    if (!m_days.isEmpty())
        m_days.constFirst()->setFocus();
}

void DutyRosterDialog::accept()
{
    QMap<QDate, qint64> days;
    for (int index = 0; index < m_days.size(); ++index) {
        const QDate day = m_first.addDays(index);
        const qint64 chosen = m_days.at(index)->currentData().toLongLong();
        if (chosen != m_read.value(day))
            days.insert(day, chosen);
    }
    if (attemptOrExplain(this, windowTitle(), [&] { DutyRoster(m_context).save(days); }) == Attempt::Done)
        QDialog::accept();
}

} // namespace voronka
