#include "PersonDialog.h"

#include "domain/RegionOfCity.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace voronka {

PersonDialog::PersonDialog(QWidget *parent)
    : QDialog(parent)
{
    build();
    setWindowTitle(tr("Add a person"));
    m_role->setCurrentIndex(m_role->findData(int(UserRole::Caller)));
    check();
}

PersonDialog::PersonDialog(const User &person, QWidget *parent)
    : QDialog(parent)
{
    build();
    setWindowTitle(tr("Roles of %1").arg(person.fullName));
    m_login->setText(person.login);
    m_login->setReadOnly(true);
    m_name->setText(person.fullName);
    m_name->setReadOnly(true);
    m_role->setCurrentIndex(m_role->findData(int(person.role)));
    if (!person.extraRoles.isEmpty())
        m_secondRole->setCurrentIndex(m_secondRole->findData(int(person.extraRoles.constFirst())));
    m_region->setCurrentText(person.region);
    check();
}

void PersonDialog::build()
{
    setObjectName(QStringLiteral("personDialog"));
    m_login = new QLineEdit;
    m_login->setObjectName(QStringLiteral("personLogin"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("personName"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("personRole"));
    m_secondRole = new QComboBox;
    m_secondRole->setObjectName(QStringLiteral("personSecondRole"));
    m_secondRole->addItem(tr("None"), -1);
    for (const UserRole role : allUserRoles()) {
        m_role->addItem(userRoleTitle(role), int(role));
        m_secondRole->addItem(userRoleTitle(role), int(role));
    }
    // Editable: a federal subject picked or typed in any spelling ("Свердловская обл", a city of it), or a team's own
    // region that the base's companies have; empty for every region.
    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("personRegion"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->addItem(QString());
    m_region->addItems(RegionOfCity::allRegions());
    m_region->lineEdit()->setPlaceholderText(tr("All regions"));
    m_region->setToolTip(tr("A head with a region sees the companies of that region only"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &PersonDialog::check);
    connect(m_name, &QLineEdit::textChanged, this, &PersonDialog::check);

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Second role:"), m_secondRole);
    form->addRow(tr("Re&gion:"), m_region);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PersonDialog::check()
{
    m_ok->setEnabled(!login().isEmpty() && !fullName().isEmpty());
}

QString PersonDialog::login() const
{
    return m_login->text().trimmed();
}

QString PersonDialog::fullName() const
{
    return m_name->text().trimmed();
}

QString PersonDialog::region() const
{
    return m_region->currentText().trimmed();
}

QList<UserRole> PersonDialog::roles() const
{
    QList<UserRole> roles{UserRole(m_role->currentData().toInt())};
    const int second = m_secondRole->currentData().toInt();
    if (second >= 0 && !roles.contains(UserRole(second)))
        roles.append(UserRole(second));
    return roles;
}

} // namespace voronka
