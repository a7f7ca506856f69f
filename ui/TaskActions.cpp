#include "TaskActions.h"

#include "CoreAttempt.h"
#include "DateTimeText.h"
#include "ModalDialog.h"
#include "domain/Clock.h"
#include "funnel/TaskRuleSettings.h"
#include "storage/TaskRepository.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QMenu>

namespace voronka {

TaskActions::TaskActions(DataContext context, QTimeZone zone, QWidget *parent)
    : m_context(context)
    , m_zone(std::move(zone))
    , m_parent(parent)
{
}

QString TaskActions::timeText(const QDateTime &time) const
{
    return shortDateTimeText(time, m_zone);
}

QString TaskActions::lateText(const QDateTime &due, const QDateTime &now)
{
    const qint64 minutes = std::max<qint64>(0, due.secsTo(now) / 60);
    if (minutes < 60)
        return tr("%n min late", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h late", nullptr, int(minutes / 60));
    return tr("%n days late", nullptr, int(minutes / (24 * 60)));
}

QDateTime TaskActions::now() const
{
    return m_context.clock.nowUtc();
}

QDateTime TaskActions::escalatedBefore() const
{
    return now().addSecs(-qint64(TaskRuleSettings::load(m_context.db).overdueEscalationHours) * 3600);
}

bool TaskActions::complete(Task &task) const
{
    return attemptOrExplain(m_parent, tr("The task was not closed"), [&] { TaskRepository(m_context).complete(task); })
        == Attempt::Done;
}

bool TaskActions::snooze(Task &task, const QDateTime &until) const
{
    return attemptOrExplain(m_parent, tr("The task was not snoozed"),
                            [&] { TaskRepository(m_context).snooze(task, until); })
        == Attempt::Done;
}

std::optional<QDateTime> TaskActions::askSnoozeTime() const
{
    QDialog dialog(m_parent);
    dialog.setObjectName(QStringLiteral("snoozeDialog"));
    dialog.setWindowTitle(tr("Snooze until"));
    const QDateTime start = snoozeTime(SnoozeTime::OneHour, now(), m_zone).toTimeZone(m_zone);
    auto *edit = new QDateTimeEdit(start.date(), &dialog);
    edit->setTime(start.time());
    edit->setObjectName(QStringLiteral("snoozeTimeEdit"));
    edit->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("snoozeButtons"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QFormLayout(&dialog);
    layout->addRow(tr("Remind me &at:"), edit);
    layout->addRow(buttons);
    if (ModalDialog::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    return QDateTime(edit->date(), edit->time(), m_zone).toUTC();
}

QMenu *TaskActions::snoozeMenu(std::function<void(const QDateTime &until)> chosen) const
{
    auto *menu = new QMenu(m_parent);
    menu->setObjectName(QStringLiteral("snoozeMenu"));
    const struct
    {
        const char *name;
        QString title;
        SnoozeTime time;
    } choices[] = {
        {"snoozeTenMinutes", tr("For &10 minutes"), SnoozeTime::TenMinutes},
        {"snoozeOneHour", tr("For &1 hour"), SnoozeTime::OneHour},
        {"snoozeTomorrow", tr("Until &tomorrow 9:00"), SnoozeTime::TomorrowMorning},
    };
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.title);
        action->setObjectName(QString::fromLatin1(choice.name));
        const SnoozeTime time = choice.time;
        // The time is counted when the choice is made, not when the menu was built.
        QObject::connect(action, &QAction::triggered, menu,
                         [this, time, chosen] { chosen(snoozeTime(time, now(), m_zone)); });
    }
    QAction *custom = menu->addAction(tr("&Until…"));
    custom->setObjectName(QStringLiteral("snoozeCustom"));
    QObject::connect(custom, &QAction::triggered, menu, [this, chosen] {
        if (const auto until = askSnoozeTime())
            chosen(*until);
    });
    return menu;
}

} // namespace voronka
