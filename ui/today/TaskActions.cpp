#include "TaskActions.h"

#include "common/DateTimeField.h"
#include "common/DateTimeText.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "domain/Clock.h"
#include "funnel/FunnelError.h"
#include "funnel/TaskRuleSettings.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"

#include <QCoreApplication>
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
    return write(task, tr("The task was not closed"), [&] { TaskRepository(m_context).complete(task); });
}

bool TaskActions::snooze(Task &task, const QDateTime &until) const
{
    return write(task, tr("The task was not snoozed"), [&] { TaskRepository(m_context).snooze(task, until); });
}

bool TaskActions::write(const Task &task, const QString &refusedTitle, const std::function<void()> &operation) const
{
    try {
        operation();
        return true;
    } catch (const StorageError &error) {
        // Closed meanwhile (a colleague on another desktop, or this user on a second one): that is not a failure to
        // explain but news to tell once, with who and when; the caller then drops the task from its list.
        if (tellIfClosed(task.id))
            return false;
        MessageBox::warning(m_parent, refusedTitle, error.message());
        return false;
    } catch (const FunnelError &error) {
        MessageBox::warning(m_parent, refusedTitle, error.message());
        return false;
    }
}

bool TaskActions::tellIfClosed(qint64 taskId) const
{
    std::optional<TaskClosure> closure;
    try {
        closure = TaskRepository(m_context).closure(taskId);
    } catch (const StorageError &) {
        return false; // the refusal itself is shown instead
    }
    if (!closure)
        return false;
    const bool done = closure->status == TaskStatus::Done;
    const QString when = timeText(closure->at);
    QString text;
    if (closure->byName.isEmpty())
        text = done ? tr("Done at %1. The task is taken off the list.").arg(when)
                    : tr("Cancelled at %1. The task is taken off the list.").arg(when);
    else
        text = done ? tr("Done by %1 at %2. The task is taken off the list.").arg(closure->byName, when)
                    : tr("Cancelled by %1 at %2. The task is taken off the list.").arg(closure->byName, when);
    MessageBox::information(m_parent, tr("Task already closed"), text);
    return true;
}

std::optional<QDateTime> TaskActions::askSnoozeTime() const
{
    QDialog dialog(m_parent);
    dialog.setObjectName(QStringLiteral("snoozeDialog"));
    dialog.setWindowTitle(tr("Snooze until"));
    // The date and the time both show and are typed as one (a date edit built from a QDate hid the time and
    // kept it an hour ahead, whatever the user meant).
    auto *edit = new DateTimeField(m_zone, &dialog);
    edit->setObjectName(QStringLiteral("snoozeTimeEdit"));
    edit->setDateTime(snoozeTime(SnoozeTime::OneHour, now(), m_zone));
    edit->selectAll(); // typing replaces the whole moment
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("snoozeButtons"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, edit] {
        if (edit->hasValidDateTime()) {
            dialog.accept();
            return;
        }
        MessageBox::warning(&dialog, tr("Snooze until"),
                            tr("Type the date and time like this: %1.").arg(edit->placeholderText()));
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QFormLayout(&dialog);
    layout->addRow(tr("Remind me &at:"), edit);
    layout->addRow(buttons);
    if (ModalDialog::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    return edit->dateTime();
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
