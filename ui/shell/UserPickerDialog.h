#pragma once

#include "domain/User.h"

#include <QDialog>

class QListWidget;

namespace voronka {

// "Who is working?" at start: the active users of the base, one to pick.
class UserPickerDialog : public QDialog
{
    Q_OBJECT

public:
    UserPickerDialog(const QList<User> &users, QWidget *parent = nullptr);

    User selectedUser() const;
    void selectLogin(const QString &login);

private:
    QList<User> m_users;
    QListWidget *m_list = nullptr;
};

} // namespace voronka
