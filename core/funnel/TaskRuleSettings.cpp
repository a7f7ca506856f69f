#include "TaskRuleSettings.h"

#include "FunnelError.h"
#include "storage/SettingsRepository.h"
#include "storage/WriteTransaction.h"

#include <QList>

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

int storedNumber(const SettingsRepository &settings, const QString &key, int fallback, int highest)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= 1 && value <= highest ? value : fallback;
}

bool storedSwitch(const SettingsRepository &settings, const QString &key, bool fallback)
{
    const QString value = settings.value(key);
    if (value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("0"))
        return false;
    return fallback;
}

QString switchText(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}
} // namespace

TaskRuleOptions TaskRuleSettings::load(Database &db)
{
    const SettingsRepository settings(db);
    TaskRuleOptions options;
    options.paymentReminderEnabled = storedSwitch(settings, paymentReminderEnabledKey, options.paymentReminderEnabled);
    options.paymentReminderDays = storedNumber(settings, paymentReminderDaysKey, options.paymentReminderDays, maxDays);
    options.offerFollowUpEnabled = storedSwitch(settings, offerFollowUpEnabledKey, options.offerFollowUpEnabled);
    options.offerFollowUpDays = storedNumber(settings, offerFollowUpDaysKey, options.offerFollowUpDays, maxDays);
    options.reactivationEnabled = storedSwitch(settings, reactivationEnabledKey, options.reactivationEnabled);
    options.reactivationDays = storedNumber(settings, reactivationDaysKey, options.reactivationDays, maxDays);
    options.vipVisitsEnabled = storedSwitch(settings, vipVisitsEnabledKey, options.vipVisitsEnabled);
    options.vipTopPercent = storedNumber(settings, vipTopPercentKey, options.vipTopPercent, 100);
    options.overdueEscalationHours
        = storedNumber(settings, overdueHoursKey, options.overdueEscalationHours, maxOverdueHours);
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
    settings.setValue(paymentReminderEnabledKey, switchText(options.paymentReminderEnabled));
    settings.setValue(paymentReminderDaysKey, QString::number(options.paymentReminderDays));
    settings.setValue(offerFollowUpEnabledKey, switchText(options.offerFollowUpEnabled));
    settings.setValue(offerFollowUpDaysKey, QString::number(options.offerFollowUpDays));
    settings.setValue(reactivationEnabledKey, switchText(options.reactivationEnabled));
    settings.setValue(reactivationDaysKey, QString::number(options.reactivationDays));
    settings.setValue(vipVisitsEnabledKey, switchText(options.vipVisitsEnabled));
    settings.setValue(vipTopPercentKey, QString::number(options.vipTopPercent));
    settings.setValue(overdueHoursKey, QString::number(options.overdueEscalationHours));
    transaction.commit();
}

} // namespace voronka
