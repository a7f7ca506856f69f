#pragma once

#include <QCoreApplication>

namespace voronka {

class Database;

// The rules that create tasks by themselves, as the head of sales tunes them; each can be switched off.
struct TaskRuleOptions
{
    // Invoice issued: a payment reminder this many days later (cancelled when the deal is paid).
    bool paymentReminderEnabled = true;
    int paymentReminderDays = 3;
    // Offer sent: a follow-up call this many days later.
    bool offerFollowUpEnabled = true;
    int offerFollowUpDays = 2;
    // A client who has not paid for longer than its usual interval between payments (this many days when it has
    // paid only once) gets a reactivation task for its account manager.
    bool reactivationEnabled = true;
    int reactivationDays = 90;
    // Each client is visited at least once a year, the top share by revenue of the last year twice.
    bool vipVisitsEnabled = true;
    int vipTopPercent = 20;
    // A task overdue by more than this shows on the head's Today view.
    int overdueEscalationHours = 24;
};

// TaskRuleOptions kept in the base's settings (keys "rules/…"), so every desk sharing the file follows the same
// rules.
class TaskRuleSettings
{
    Q_DECLARE_TR_FUNCTIONS(TaskRuleSettings)

public:
    static constexpr int maxDays = 3650;
    static constexpr int maxOverdueHours = 90 * 24;

    // The stored rules over the defaults; a value missing or out of range (an older or hand-edited base) falls
    // back to its default.
    static TaskRuleOptions load(Database &db);
    // Checks the values (days 1…3650, percent 1…100, hours 1…2160) and throws FunnelError MissingData with the
    // reason; nothing is stored then.
    static void save(Database &db, const TaskRuleOptions &options);
};

} // namespace voronka
