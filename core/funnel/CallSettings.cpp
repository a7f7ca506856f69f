#include "CallSettings.h"

#include "FunnelError.h"
#include "storage/SettingsRepository.h"
#include "storage/WriteTransaction.h"

namespace voronka {

namespace {
const QString maxAttemptsKey = QStringLiteral("calls/max_failed_attempts");
const QString noAnswerKey = QStringLiteral("calls/no_answer_retry_minutes");
const QString busyKey = QStringLiteral("calls/busy_retry_minutes");

} // namespace

CallOutcomeOptions CallSettings::load(Database &db)
{
    const SettingsRepository settings(db);
    CallOutcomeOptions options;
    options.maxFailedAttempts = settings.number(maxAttemptsKey, options.maxFailedAttempts, 1, maxFailedAttemptsLimit);
    options.noAnswerRetryMinutes = settings.number(noAnswerKey, options.noAnswerRetryMinutes, 1, retryMinutesLimit);
    options.busyRetryMinutes = settings.number(busyKey, options.busyRetryMinutes, 1, retryMinutesLimit);
    return options;
}

void CallSettings::save(Database &db, const CallOutcomeOptions &options)
{
    if (options.maxFailedAttempts < 1 || options.maxFailedAttempts > maxFailedAttemptsLimit)
        throw FunnelError(FunnelError::Kind::MissingData,
                          tr("A company is parked after 1 to %1 unanswered calls.").arg(maxFailedAttemptsLimit));
    const auto checkRetry = [](int minutes) {
        if (minutes < 1 || minutes > retryMinutesLimit)
            throw FunnelError(FunnelError::Kind::MissingData,
                              tr("A number comes back between 1 minute and a week after the call."));
    };
    checkRetry(options.noAnswerRetryMinutes);
    checkRetry(options.busyRetryMinutes);

    SettingsRepository settings(db);
    WriteTransaction transaction(db);
    settings.setValue(maxAttemptsKey, QString::number(options.maxFailedAttempts));
    settings.setValue(noAnswerKey, QString::number(options.noAnswerRetryMinutes));
    settings.setValue(busyKey, QString::number(options.busyRetryMinutes));
    transaction.commit();
}

} // namespace voronka
