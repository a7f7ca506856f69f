#include "SignInDialog.h"

#include "domain/Clock.h"
#include "team/RememberedSignIn.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QTimer>
#include <QVBoxLayout>

namespace voronka {

SignInDialog::SignInDialog(DataContext context, const QList<User> &users, bool offerToRemember, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_signIn(context)
    , m_users(users)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Voronka"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("signInUsers"));
    for (const User &user : users) {
        QStringList roles;
        for (const UserRole role : user.roles())
            roles.append(userRoleTitle(role));
        const QString what = roles.join(QStringLiteral(", "));
        m_list->addItem(user.fullName == what ? user.fullName : QStringLiteral("%1 — %2").arg(user.fullName, what));
    }
    m_list->setCurrentRow(0);

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("signInCountdown"));

    if (offerToRemember) {
        m_remember = new QCheckBox(tr("&Remember me on this computer"));
        m_remember->setObjectName(QStringLiteral("signInRemember"));
        m_remember->setToolTip(tr("Kept in this computer's keychain for %n day(s), until you sign out or your "
                                  "password changes.",
                                  nullptr, RememberedSignIn::lifetimeDays));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_signInButton = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    // Enter in the password field signs in, never cancels.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    // Accepting is for signIn() alone: the box's accepted() would end the dialog without a password.
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_message->clear();
        refreshCountdown();
        m_password->setFocus();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { m_password->setFocus(); });

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SignInDialog::refreshCountdown);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Who are you?")));
    layout->addWidget(m_list, 1);
    layout->addWidget(new QLabel(tr("Your password:")));
    layout->addWidget(m_password);
    layout->addWidget(m_message);
    layout->addWidget(m_countdown);
    if (m_remember)
        layout->addWidget(m_remember);
    layout->addWidget(buttons);
    resize(440, 400);
    m_password->setFocus();
}

void SignInDialog::selectLogin(const QString &login)
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).login.compare(login, Qt::CaseInsensitive) == 0)
            m_list->setCurrentRow(i);
    }
}

bool SignInDialog::rememberChosen() const
{
    return m_remember && m_remember->isChecked();
}

QString SignInDialog::currentLogin() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_users.size() ? m_users.at(row).login : QString();
}

void SignInDialog::signIn()
{
    const QString login = currentLogin();
    if (login.isEmpty() || !m_signInButton->isEnabled())
        return;
    SignInResult result;
    {
        // Checking a password takes a tenth of a second on purpose: the pointer says so.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        result = m_signIn.attempt(login, m_password->text());
    }
    m_password->clear();
    if (result.outcome == SignInResult::Outcome::SignedIn) {
        m_signedIn = result.user;
        accept();
        return;
    }
    m_message->setText(result.message);
    m_retryAt.insert(login, m_context.clock.nowUtc().addSecs(result.waitSeconds));
    refreshCountdown();
    m_password->setFocus();
}

void SignInDialog::refreshCountdown()
{
    const QDateTime retryAt = m_retryAt.value(currentLogin());
    const qint64 wait = retryAt.isValid() ? m_context.clock.nowUtc().secsTo(retryAt) : 0;
    if (wait <= 0) {
        m_retryAt.remove(currentLogin());
        m_countdown->clear();
        m_signInButton->setEnabled(true);
        if (m_retryAt.isEmpty())
            m_timer->stop();
        return;
    }
    m_countdown->setText(tr("You can try again in %n second(s).", nullptr, int(wait)));
    m_signInButton->setEnabled(false);
    if (!m_timer->isActive())
        m_timer->start();
}

} // namespace voronka
