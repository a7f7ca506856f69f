#include "CallSettingsDialog.h"

#include "common/CoreAttempt.h"
#include "common/MessageBox.h"
#include "funnel/CallSettings.h"
#include "funnel/FunnelError.h"
#include "storage/StorageError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace voronka {

CallSettingsDialog::CallSettingsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("callSettingsDialog"));
    setWindowTitle(tr("Call rules"));
    const CallOutcomeOptions options = CallSettings::load(db);
    const auto spinBox = [](const char *name, int value, int highest, const QString &suffix) {
        auto *box = new QSpinBox;
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(1, highest);
        box->setValue(value);
        box->setSuffix(suffix);
        return box;
    };
    m_attempts = spinBox("maxFailedAttempts", options.maxFailedAttempts, CallSettings::maxFailedAttemptsLimit, {});
    m_noAnswer = spinBox("noAnswerRetry", options.noAnswerRetryMinutes, CallSettings::retryMinutesLimit, tr(" min"));
    m_busy = spinBox("busyRetry", options.busyRetryMinutes, CallSettings::retryMinutesLimit, tr(" min"));

    auto *form = new QFormLayout;
    form->addRow(tr("Park a company after this many unanswered calls in a row:"), m_attempts);
    form->addRow(tr("Call an unanswered number again after:"), m_noAnswer);
    form->addRow(tr("Call a busy number again after:"), m_busy);
    auto *note = new QLabel(tr("These rules are kept in the base: every desk working on it follows them."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &CallSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CallSettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void CallSettingsDialog::accept()
{
    CallOutcomeOptions options = CallSettings::load(m_db);
    options.maxFailedAttempts = m_attempts->value();
    options.noAnswerRetryMinutes = m_noAnswer->value();
    options.busyRetryMinutes = m_busy->value();
    if (attemptOrExplain(this, windowTitle(), [&] { CallSettings::save(m_db, options); }) == Attempt::Done)
        QDialog::accept();
}

} // namespace voronka
