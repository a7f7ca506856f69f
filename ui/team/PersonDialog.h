#pragma once

#include "domain/User.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace voronka {

// A new person (login, name, one or two roles, a region), or the roles and region of one already there (login and
// name then fixed).
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
    // The region as typed or chosen (UserAdministration::setRegion checks it); empty: every region.
    QString region() const;

private:
    void build();
    void check();

    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_secondRole = nullptr;
    QComboBox *m_region = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace voronka
