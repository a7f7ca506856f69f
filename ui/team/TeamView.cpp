#include "TeamView.h"

#include "DeactivateDialog.h"
#include "DutyRosterDialog.h"
#include "HandOutDialog.h"
#include "HandOutHistoryDialog.h"
#include "PasswordDialog.h"
#include "PersonDialog.h"
#include "TeamSettingsDialog.h"
#include "common/ChangeFollower.h"
#include "common/CoreAttempt.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "common/SectionReader.h"
#include "storage/ChangeHub.h"
#include "storage/CompanyListQuery.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "team/SignIn.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace voronka {

namespace {
// "12/40 · 3/15 · 0/3" for a closer (small or medium, large, key), "120/200" clients for an account manager, both
// for someone who is both; empty for a role without limits.
QString loadText(const User &user, const Workload &load, const CapacityLimits &limits)
{
    QStringList parts;
    const auto part = [&](qint64 carried, int limit) { parts.append(QStringLiteral("%1/%2").arg(carried).arg(limit)); };
    if (user.hasRole(UserRole::Closer)) {
        part(load.smallOrMedium, limits.smallOrMedium);
        part(load.large, limits.large);
        part(load.key, limits.key);
    }
    if (user.hasRole(UserRole::AccountManager))
        part(load.clients, limits.clients);
    return parts.join(QStringLiteral(" · "));
}

QString loadToolTip(const User &user, const Workload &load, const CapacityLimits &limits)
{
    QStringList lines = Capacity::beyondLimits(user, load, limits);
    if (user.hasRole(UserRole::Closer)) {
        lines.append(
            TeamView::tr("Small or medium companies: %1 of %2").arg(load.smallOrMedium).arg(limits.smallOrMedium));
        lines.append(TeamView::tr("Large companies: %1 of %2").arg(load.large).arg(limits.large));
        lines.append(TeamView::tr("Key accounts: %1 of %2").arg(load.key).arg(limits.key));
    }
    if (user.hasRole(UserRole::AccountManager))
        lines.append(TeamView::tr("Clients: %1 of %2").arg(load.clients).arg(limits.clients));
    return lines.join(QLatin1Char('\n'));
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

TeamFigures TeamFigures::read(const DataContext &context)
{
    return {UserAdministration(context).members(), TeamDayQuery(context).today(QTimeZone::systemTimeZone()),
            Capacity(context).limits()};
}

TeamView::TeamView(DataContext context, const User &user, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_user(user)
    , m_reader(std::make_unique<SectionReader>(this, context))
{
    setObjectName(QStringLiteral("teamView"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("teamTable"));
    // The day's figures are short numbers under headers of two lines, so that the names keep their width.
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Login"), tr("Roles"), tr("Active"), tr("Companies"),
                                        tr("Load / limit"), tr("Calls\ntoday"), tr("Meetings\ntoday"),
                                        tr("Tasks\noverdue")});
    m_table->setWordWrap(true);
    m_table->horizontalHeaderItem(LoadColumn)
        ->setToolTip(tr("A closer's small or medium · large · key companies, an account manager's clients, each "
                        "against its limit"));
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
    auto *roster = button(tr("Duty roster…"), "dutyRosterButton", QKeySequence(Qt::CTRL | Qt::Key_R));
    auto *rules = button(tr("Rules…"), "teamRulesButton", QKeySequence(Qt::CTRL | Qt::Key_L));
    rules->setToolTip(tr("Who gets inquiries, capacity limits, the pool (%1)")
                          .arg(QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)));
    connect(add, &QPushButton::clicked, this, &TeamView::addPerson);
    connect(m_changeRoles, &QPushButton::clicked, this, &TeamView::changeRoles);
    connect(m_password, &QPushButton::clicked, this, &TeamView::setPassword);
    connect(m_deactivate, &QPushButton::clicked, this, &TeamView::deactivate);
    connect(handOutButton, &QPushButton::clicked, this, [this] { handOut(); });
    connect(history, &QPushButton::clicked, this, &TeamView::showHistory);
    connect(roster, &QPushButton::clicked, this, &TeamView::editDutyRoster);
    connect(rules, &QPushButton::clicked, this, &TeamView::editRules);
    const bool writable = !context.db.isReadOnly();
    for (QPushButton *write : {add, handOutButton, roster, rules})
        write->setEnabled(writable);

    auto *people = new QHBoxLayout;
    for (QPushButton *each : {add, m_changeRoles, m_password, m_deactivate})
        people->addWidget(each);
    people->addStretch();
    auto *companies = new QHBoxLayout;
    for (QPushButton *each : {handOutButton, history})
        companies->addWidget(each);
    companies->addStretch();
    for (QPushButton *each : {roster, rules})
        companies->addWidget(each);

    auto *title = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Team").toHtmlEscaped()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(people);
    layout->addWidget(m_table, 1);
    layout->addLayout(companies);

    // Companies change hands in call mode and elsewhere, calls and meetings are recorded, tasks done, limits set: the
    // figures follow the base.
    new ChangeFollower(
        this, context.db.changes(), ChangeFollower::WhileHidden::ReadWhenShown,
        [](const ChangeSet &changes) {
            for (const ChangeSet::Kind kind :
                 {ChangeSet::Kind::Company, ChangeSet::Kind::User, ChangeSet::Kind::Task, ChangeSet::Kind::Setting})
                if (changes.touches(kind))
                    return true;
            return false;
        },
        [this](const ChangeSet &) { reload(); });
    reload();
}

TeamView::~TeamView() = default;

bool TeamView::shownTo(DataContext context, const User &user)
{
    return user.hasRole(UserRole::Head) || !SignIn(context).required();
}

void TeamView::reload()
{
    qint64 size = 0;
    try {
        size = CompanyListQuery::highestId(m_context.db);
    } catch (const StorageError &) {
        return; // a busy or vanished base: the next change reads again
    }
    m_reader->read(
        size, [](const DataContext &context) { return TeamFigures::read(context); },
        [this](const TeamFigures &figures) { showFigures(figures); },
        [](const StorageError &) {
            // a busy or vanished base: the next change reads again
        });
}

void TeamView::showFigures(const TeamFigures &figures)
{
    const std::optional<User> chosenNow = chosen();
    const QString before = !m_wantedLogin.isEmpty() ? m_wantedLogin : chosenNow ? chosenNow->login : QString();
    m_wantedLogin.clear();
    const QList<TeamMember> &members = figures.members;
    const QHash<qint64, TeamDay> &days = figures.days;
    const CapacityLimits &limits = figures.limits;
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
        m_table->setItem(row, CompaniesColumn, numberItem(QString::number(member.companies)));
        // A deactivated person has no day: their cells stay empty.
        const auto day = days.constFind(member.user.id);
        const bool active = member.user.active && day != days.cend();
        auto *load = new QTableWidgetItem(active ? loadText(member.user, day->load, limits) : QString());
        if (active && Capacity::hasLimits(member.user)) {
            load->setToolTip(loadToolTip(member.user, day->load, limits));
            if (!Capacity::beyondLimits(member.user, day->load, limits).isEmpty())
                load->setForeground(Qt::red);
        }
        m_table->setItem(row, LoadColumn, load);
        m_table->setItem(row, CallsColumn, numberItem(active ? QString::number(day->callsToday) : QString()));
        m_table->setItem(row, MeetingsColumn, numberItem(active ? QString::number(day->meetingsToday) : QString()));
        auto *overdue = numberItem(active ? QString::number(day->tasksOverdue) : QString());
        if (active && day->tasksOverdue > 0)
            overdue->setForeground(Qt::red);
        m_table->setItem(row, OverdueColumn, overdue);
    }
    for (int column = LoginColumn; column < ColumnCount; ++column)
        m_table->resizeColumnToContents(column);
    // Roles are long words ("Менеджер клиентского отдела", two of them for someone with two jobs): they wrap at about
    // twenty letters, so that the names keep their width on a 1024-pixel screen.
    const int rolesWidth = 20 * m_table->fontMetrics().averageCharWidth();
    if (m_table->columnWidth(RolesColumn) > rolesWidth)
        m_table->setColumnWidth(RolesColumn, rolesWidth);
    m_table->resizeRowsToContents();
    if (!before.isEmpty())
        selectLogin(before);
    updateButtons();
    emit loaded();
}

void TeamView::selectLogin(const QString &login)
{
    if (m_reader->isReading())
        m_wantedLogin = login;
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
                         [&] {
                             UserAdministration(m_context).add(dialog.login(), dialog.fullName(), dialog.roles(),
                                                               dialog.region());
                         })
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
                         [&] { UserAdministration(m_context).change(person->login, dialog.roles(), dialog.region()); })
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

void TeamView::editDutyRoster()
{
    DutyRosterDialog dialog(m_context, this);
    if (ModalDialog::exec(dialog) != QDialog::Accepted)
        return;
    m_context.db.changes().announce(ChangeSet().addSomewhere(ChangeSet::Kind::Setting), this);
}

void TeamView::editRules()
{
    TeamSettingsDialog dialog(m_context, this);
    if (ModalDialog::exec(dialog) != QDialog::Accepted)
        return;
    reload();
    m_context.db.changes().announce(ChangeSet().addSomewhere(ChangeSet::Kind::Setting), this);
}

void TeamView::showHistory()
{
    HandOutHistoryDialog dialog(m_context, this);
    ModalDialog::exec(dialog);
    reload();
    announceChanges();
}

} // namespace voronka
