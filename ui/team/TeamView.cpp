#include "TeamView.h"

#include "DeactivateDialog.h"
#include "HandOutDialog.h"
#include "HandOutHistoryDialog.h"
#include "PasswordDialog.h"
#include "PersonDialog.h"
#include "common/ChangeFollower.h"
#include "common/CoreAttempt.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "storage/ChangeHub.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "team/SignIn.h"
#include "team/UserAdministration.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

TeamView::TeamView(DataContext context, const User &user, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_user(user)
{
    setObjectName(QStringLiteral("teamView"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Login"), tr("Roles"), tr("Active"), tr("Companies")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TeamView::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &TeamView::changeRoles);

    // Each button keeps its shortcut while the section is in view (a hidden section's buttons take no keys).
    const auto button = [this](const QString &text, const char *name, const QKeySequence &keys) {
        auto *made = new QPushButton(text);
        made->setObjectName(QString::fromLatin1(name));
        made->setShortcut(keys);
        made->setToolTip(keys.toString(QKeySequence::NativeText));
        return made;
    };
    auto *add = button(tr("Add person…"), "addPersonButton", QKeySequence(Qt::Key_Insert));
    m_changeRoles = button(tr("Change roles…"), "changeRolesButton", QKeySequence(Qt::Key_F2));
    m_password = button(tr("Set password…"), "setPasswordButton", QKeySequence(Qt::CTRL | Qt::Key_P));
    m_deactivate = button(tr("Deactivate…"), "deactivateButton", QKeySequence(Qt::Key_Delete));
    auto *handOutButton = button(tr("Hand out companies…"), "handOutButton", QKeySequence(Qt::CTRL | Qt::Key_H));
    auto *history
        = button(tr("History of hand-outs…"), "handOutHistoryButton", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(add, &QPushButton::clicked, this, &TeamView::addPerson);
    connect(m_changeRoles, &QPushButton::clicked, this, &TeamView::changeRoles);
    connect(m_password, &QPushButton::clicked, this, &TeamView::setPassword);
    connect(m_deactivate, &QPushButton::clicked, this, &TeamView::deactivate);
    connect(handOutButton, &QPushButton::clicked, this, [this] { handOut(); });
    connect(history, &QPushButton::clicked, this, &TeamView::showHistory);
    const bool writable = !context.db.isReadOnly();
    for (QPushButton *write : {add, handOutButton})
        write->setEnabled(writable);

    auto *people = new QHBoxLayout;
    for (QPushButton *each : {add, m_changeRoles, m_password, m_deactivate})
        people->addWidget(each);
    people->addStretch();
    auto *companies = new QHBoxLayout;
    for (QPushButton *each : {handOutButton, history})
        companies->addWidget(each);
    companies->addStretch();

    auto *title = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Team").toHtmlEscaped()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(people);
    layout->addWidget(m_table, 1);
    layout->addLayout(companies);

    // Companies change hands in call mode and elsewhere: the counts follow the base.
    new ChangeFollower(
        this, context.db.changes(), ChangeFollower::WhileHidden::ReadWhenShown,
        [](const ChangeSet &changes) {
            return changes.touches(ChangeSet::Kind::Company) || changes.touches(ChangeSet::Kind::User);
        },
        [this](const ChangeSet &) { reload(); });
    reload();
}

bool TeamView::shownTo(DataContext context, const User &user)
{
    return user.hasRole(UserRole::Head) || !SignIn(context).required();
}

void TeamView::reload()
{
    const std::optional<User> before = chosen();
    QList<TeamMember> members;
    try {
        members = UserAdministration(m_context).members();
    } catch (const StorageError &) {
        return; // a busy or vanished base: the next change reads again
    }
    m_shown.clear();
    m_table->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const TeamMember &member = members.at(row);
        m_shown.append(member.user);
        QStringList roles;
        for (const UserRole role : member.user.roles())
            roles.append(userRoleTitle(role));
        m_table->setItem(row, NameColumn, new QTableWidgetItem(member.user.fullName));
        m_table->setItem(row, LoginColumn, new QTableWidgetItem(member.user.login));
        m_table->setItem(row, RolesColumn, new QTableWidgetItem(roles.join(QStringLiteral(", "))));
        m_table->setItem(row, ActiveColumn, new QTableWidgetItem(member.user.active ? tr("yes") : tr("no")));
        auto *count = new QTableWidgetItem(QString::number(member.companies));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, CompaniesColumn, count);
    }
    for (const int column : {LoginColumn, RolesColumn, ActiveColumn, CompaniesColumn})
        m_table->resizeColumnToContents(column);
    if (before)
        selectLogin(before->login);
    updateButtons();
}

void TeamView::selectLogin(const QString &login)
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_shown.at(row).login == login)
            m_table->selectRow(row);
}

std::optional<User> TeamView::chosen() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size() || !m_table->item(row, 0)->isSelected())
        return std::nullopt;
    return m_shown.at(row);
}

void TeamView::updateButtons()
{
    const std::optional<User> person = chosen();
    const bool writable = !m_context.db.isReadOnly();
    m_changeRoles->setEnabled(writable && person && person->active);
    m_password->setEnabled(writable && person && person->active);
    m_deactivate->setEnabled(writable && person && person->active);
}

void TeamView::announceChanges()
{
    // Core's team writes name no records: people and owners changed somewhere, and every section showing them reads
    // again (this one has read already).
    ChangeSet changes;
    for (const ChangeSet::Kind kind :
         {ChangeSet::Kind::User, ChangeSet::Kind::Company, ChangeSet::Kind::Deal, ChangeSet::Kind::Task})
        changes.addSomewhere(kind);
    m_context.db.changes().announce(changes, this);
}

void TeamView::addPerson()
{
    PersonDialog dialog(this);
    if (ModalDialog::exec(dialog) != QDialog::Accepted)
        return;
    if (attemptOrExplain(this, tr("Add a person"),
                         [&] { UserAdministration(m_context).add(dialog.login(), dialog.fullName(), dialog.roles()); })
        != Attempt::Done)
        return;
    reload();
    selectLogin(dialog.login());
    announceChanges();
}

void TeamView::changeRoles()
{
    const std::optional<User> person = chosen();
    if (!person || !person->active)
        return;
    PersonDialog dialog(*person, this);
    if (ModalDialog::exec(dialog) != QDialog::Accepted)
        return;
    if (attemptOrExplain(this, tr("Change roles"),
                         [&] { UserAdministration(m_context).changeRoles(person->login, dialog.roles()); })
        != Attempt::Done)
        return;
    reload();
    announceChanges();
}

void TeamView::setPassword()
{
    if (const std::optional<User> person = chosen(); person && person->active)
        PasswordDialog::askAndSet(this, m_context, *person);
}

void TeamView::deactivate()
{
    const std::optional<User> person = chosen();
    if (!person || !person->active)
        return;
    DeactivateDialog dialog(m_context, *person, this);
    if (ModalDialog::exec(dialog) != QDialog::Accepted)
        return;
    reload();
    announceChanges();
}

void TeamView::handOut(const QList<qint64> &selectedCompanies)
{
    HandOutDialog dialog(m_context, selectedCompanies, this);
    if (ModalDialog::exec(dialog) != QDialog::Accepted)
        return;
    reload();
    announceChanges();
}

void TeamView::showHistory()
{
    HandOutHistoryDialog dialog(m_context, this);
    ModalDialog::exec(dialog);
    reload();
    announceChanges();
}

} // namespace voronka
