#include "TaskRuleSettings.h"

#include "FunnelError.h"
#include "storage/SettingsRepository.h"
#include "storage/WriteTransaction.h"

namespace voronka {

namespace {
const QString paymentReminderEnabledKey = QStringLiteral("rules/payment_reminder_enabled");
const QString paymentReminderDaysKey = QStringLiteral("rules/payment_reminder_days");
const QString offerFollowUpEnabledKey = QStringLiteral("rules/offer_follow_up_enabled");
const QString offerFollowUpDaysKey = QStringLiteral("rules/offer_follow_up_days");
const QString reactivationEnabledKey = QStringLiteral("rules/reactivation_enabled");
const QString reactivationDaysKey = QStringLiteral("rules/reactivation_days");
const QString vipVisitsEnabledKey = QStringLiteral("rules/vip_visits_enabled");
const QString vipTopPercentKey = QStringLiteral("rules/vip_top_percent");
const QString overdueHoursKey = QStringLiteral("rules/overdue_escalation_hours");

} // namespace

TaskRuleOptions TaskRuleSettings::load(Database &db)
{
    const SettingsRepository settings(db);
    TaskRuleOptions options;
    options.paymentReminderEnabled = settings.flag(paymentReminderEnabledKey, options.paymentReminderEnabled);
    options.paymentReminderDays = settings.number(paymentReminderDaysKey, options.paymentReminderDays, 1, maxDays);
    options.offerFollowUpEnabled = settings.flag(offerFollowUpEnabledKey, options.offerFollowUpEnabled);
    options.offerFollowUpDays = settings.number(offerFollowUpDaysKey, options.offerFollowUpDays, 1, maxDays);
    options.reactivationEnabled = settings.flag(reactivationEnabledKey, options.reactivationEnabled);
    options.reactivationDays = settings.number(reactivationDaysKey, options.reactivationDays, 1, maxDays);
    options.vipVisitsEnabled = settings.flag(vipVisitsEnabledKey, options.vipVisitsEnabled);
    options.vipTopPercent = settings.number(vipTopPercentKey, options.vipTopPercent, 1, 100);
    options.overdueEscalationHours
        = settings.number(overdueHoursKey, options.overdueEscalationHours, 1, maxOverdueHours);
    return options;
}

void TaskRuleSettings::save(Database &db, const TaskRuleOptions &options)
{
    for (const int days : {options.paymentReminderDays, options.offerFollowUpDays, options.reactivationDays}) {
        if (days < 1 || days > maxDays)
            throw FunnelError(FunnelError::Kind::MissingData,
                              tr("A rule's task comes between 1 and %1 days later.").arg(maxDays));
    }
    if (options.vipTopPercent < 1 || options.vipTopPercent > 100)
        throw FunnelError(FunnelError::Kind::MissingData,
                          tr("The clients visited twice a year are between 1% and 100% of them."));
    if (options.overdueEscalationHours < 1 || options.overdueEscalationHours > maxOverdueHours)
        throw FunnelError(FunnelError::Kind::MissingData,
                          tr("A task is shown to the head when it is overdue by 1 to %1 hours.").arg(maxOverdueHours));

    SettingsRepository settings(db);
    WriteTransaction transaction(db);
    settings.setFlag(paymentReminderEnabledKey, options.paymentReminderEnabled);
    settings.setValue(paymentReminderDaysKey, QString::number(options.paymentReminderDays));
    settings.setFlag(offerFollowUpEnabledKey, options.offerFollowUpEnabled);
    settings.setValue(offerFollowUpDaysKey, QString::number(options.offerFollowUpDays));
    settings.setFlag(reactivationEnabledKey, options.reactivationEnabled);
    settings.setValue(reactivationDaysKey, QString::number(options.reactivationDays));
    settings.setFlag(vipVisitsEnabledKey, options.vipVisitsEnabled);
    settings.setValue(vipTopPercentKey, QString::number(options.vipTopPercent));
    settings.setValue(overdueHoursKey, QString::number(options.overdueEscalationHours));
    transaction.commit();
}

} // namespace voronka
