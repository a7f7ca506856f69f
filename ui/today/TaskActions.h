#pragma once

#include "domain/Task.h"
#include "domain/TaskTimes.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace voronka {

// What the Today section and the reminder popup do to a task, in one place: mark it done, snooze it, and the
// snooze menu. A refusal from core (a colleague changed the task) is shown to the user and nothing is written; a
// task closed meanwhile is reported once as such, with who closed it and when.
class TaskActions
{
    Q_DECLARE_TR_FUNCTIONS(TaskActions)

public:
    TaskActions(DataContext context, QTimeZone zone, QWidget *parent);

    // Marks the task done; false (after telling the user why) when core refused.
    bool complete(Task &task) const;
    // Puts the task's reminder off until until (UTC); false (after telling the user why) when core refused.
    bool snooze(Task &task, const QDateTime &until) const;
    // Asks a snooze time with one date-and-time field (an hour from now to start with), typed or picked; the
    // moment shown is the one used. nullopt when cancelled.
    std::optional<QDateTime> askSnoozeTime() const;
    // A menu of the snooze choices (10 minutes, 1 hour, tomorrow 9:00, custom…) that calls chosen with the time.
    QMenu *snoozeMenu(std::function<void(const QDateTime &until)> chosen) const;

    // A time as the user reads it, in their zone ("25.11.2026 10:00").
    QString timeText(const QDateTime &time) const;
    // How long ago due was, in minutes, hours or days ("2 h late").
    static QString lateText(const QDateTime &due, const QDateTime &now);

    QDateTime now() const;
    // Tasks due before this are overdue by more than the base's escalation time (rules/overdue_escalation_hours):
    // the head of sales is to see them apart.
    QDateTime escalatedBefore() const;
    const QTimeZone &zone() const { return m_zone; }

private:
    // Runs a write on task; on a refusal tells the user why (or that the task was closed meanwhile): false then.
    bool write(const Task &task, const QString &refusedTitle, const std::function<void()> &operation) const;
    // When the task is closed, tells who closed it and when, and returns true.
    bool tellIfClosed(qint64 taskId) const;

    DataContext m_context;
    QTimeZone m_zone;
    QWidget *m_parent;
};

} // namespace voronka
