#pragma once

#include "domain/User.h"
#include "storage/DataContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace voronka {

// A new password for a person, typed twice. The password goes from the field to UserAdministration::setPassword
// and nowhere else (no log, no settings).
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const User &whose, QWidget *parent = nullptr);

    QString password() const;

    // Asks for whose new password and sets it as the context's user. On a base without sign-in the first password
    // turns sign-in on for everybody: then the head is told so and asked to set the others'. True when set.
    static bool askAndSet(QWidget *parent, DataContext context, const User &whose);

private:
    void check();

    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace voronka
