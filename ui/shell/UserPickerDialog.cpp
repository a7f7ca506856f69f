#include "UserPickerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace voronka {

UserPickerDialog::UserPickerDialog(const QList<User> &users, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
{
    setObjectName(QStringLiteral("userPicker"));
    setWindowTitle(tr("Who is working?"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("userList"));
    for (const User &user : users) {
        const QString role = userRoleTitle(user.role);
        m_list->addItem(user.fullName == role ? user.fullName : QStringLiteral("%1 — %2").arg(user.fullName, role));
    }
    m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start work"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Choose your name:")));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(420, 320);
}

User UserPickerDialog::selectedUser() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_users.size() ? m_users.at(row) : User();
}

void UserPickerDialog::selectLogin(const QString &login)
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).login.compare(login, Qt::CaseInsensitive) == 0)
            m_list->setCurrentRow(i);
    }
}

} // namespace voronka
