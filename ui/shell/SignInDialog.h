#pragma once

#include "domain/User.h"
#include "storage/DataContext.h"
#include "team/SignIn.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace voronka {

// "Sign in" at start on a base with passwords (SignIn::required()): the active people, a password, and what SignIn
// said under it. After a refusal the button waits as long as SignIn will (the delay grows with each failure), with a
// countdown; the wait is measured on the context's clock, so that a test moves time instead of sleeping. "Remember me
// on this computer" is shown only where a keychain can keep the token (RememberedUser); never in the settings, where a
// token would be a password in a file.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(DataContext context, const QList<User> &users, bool offerToRemember = false,
                 QWidget *parent = nullptr);

    void selectLogin(const QString &login);
    // Whom the dialog was accepted for.
    std::optional<User> signedInUser() const { return m_signedIn; }
    bool rememberChosen() const;
    // Updates the countdown and the button from the clock; the timer calls it every second (tests call it after
    // moving their clock).
    void refreshCountdown();

private:
    void signIn();
    QString currentLogin() const;

    DataContext m_context;
    SignIn m_signIn;
    QList<User> m_users;
    QListWidget *m_list = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_countdown = nullptr;
    QCheckBox *m_remember = nullptr; // none when no keychain can keep the sign-in
    QPushButton *m_signInButton = nullptr;
    QTimer *m_timer = nullptr;
    QHash<QString, QDateTime> m_retryAt; // by login: when SignIn takes the next try
    std::optional<User> m_signedIn;
};

} // namespace voronka
