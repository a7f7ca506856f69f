#pragma once

#include "domain/User.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace voronka {

// A new person (login, name, one or two roles), or the roles of one already there (login and name then fixed).
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    // A new person.
    explicit PersonDialog(QWidget *parent = nullptr);
    // The roles of an existing person.
    explicit PersonDialog(const User &person, QWidget *parent = nullptr);

    QString login() const;
    QString fullName() const;
    // The main role first, then the second one if chosen.
    QList<UserRole> roles() const;

private:
    void build();
    void check();

    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_secondRole = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace voronka
