#include "PasswordDialog.h"

#include "common/CoreAttempt.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "team/SignIn.h"
#include "team/UserAdministration.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QVBoxLayout>

namespace voronka {

PasswordDialog::PasswordDialog(const User &whose, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Password of %1").arg(whose.fullName));
    m_first = new QLineEdit;
    m_first->setObjectName(QStringLiteral("newPassword"));
    m_first->setEchoMode(QLineEdit::Password);
    m_second = new QLineEdit;
    m_second->setObjectName(QStringLiteral("repeatPassword"));
    m_second->setEchoMode(QLineEdit::Password);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Set password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PasswordDialog::check);
    connect(m_second, &QLineEdit::textChanged, this, &PasswordDialog::check);

    auto *form = new QFormLayout;
    form->addRow(tr("&New password:"), m_first);
    form->addRow(tr("&Again:"), m_second);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    check();
}

QString PasswordDialog::password() const
{
    return m_first->text();
}

void PasswordDialog::check()
{
    const bool same = m_first->text() == m_second->text();
    m_problem->setText(same || m_second->text().isEmpty() ? QString() : tr("The two passwords differ."));
    m_ok->setEnabled(!m_first->text().isEmpty() && same);
}

bool PasswordDialog::askAndSet(QWidget *parent, DataContext context, const User &whose)
{
    PasswordDialog dialog(whose, parent);
    if (ModalDialog::exec(dialog) != QDialog::Accepted)
        return false;
    const bool wasOn = SignIn(context).required();
    const Attempt attempt = attemptOrExplain(parent, tr("Set password"), [&] {
        // Hashing takes a tenth of a second on purpose.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        UserAdministration(context).setPassword(whose.login, dialog.password());
    });
    if (attempt != Attempt::Done)
        return false;
    if (!wasOn && SignIn(context).required()) {
        MessageBox::information(parent, tr("Sign-in is on"),
                                tr("Sign-in is now on for everybody: from the next start each person signs in with "
                                   "their password, and sees their own part of the base. Set the others' passwords "
                                   "now (Team, Set password), or they cannot sign in."));
    } else {
        MessageBox::information(parent, tr("Set password"), tr("The password of %1 is set.").arg(whose.fullName));
    }
    return true;
}

} // namespace voronka
