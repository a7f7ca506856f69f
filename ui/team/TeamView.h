#pragma once

#include "domain/User.h"
#include "storage/DataContext.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;

namespace voronka {

// The head's Team section: the people (name, login, roles, active, companies held, load against the capacity limits,
// and today's calls, meetings and overdue tasks) and what the head does with them: add, change roles, set a password,
// deactivate with a hand-over, hand companies out, the history of hand-outs with undo, the duty roster and the team's
// rules. Every action is a call into core/team (UserAdministration, CompanyAssignment, DutyRoster, TeamSettings),
// which checks who may do it; the figures are core's (TeamDayQuery, Capacity).
class TeamView : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        LoginColumn,
        RolesColumn,
        ActiveColumn,
        CompaniesColumn,
        LoadColumn,
        CallsColumn,
        MeetingsColumn,
        OverdueColumn,
        ColumnCount
    };

    TeamView(DataContext context, const User &user, QWidget *parent = nullptr);

    // The section is the head's, and everybody's on a base without sign-in (as the core allows).
    static bool shownTo(DataContext context, const User &user);

    QTableWidget *table() const { return m_table; }
    void reload();
    void selectLogin(const QString &login);

public slots:
    void addPerson();
    void changeRoles();
    void setPassword();
    void deactivate();
    // selectedCompanies: rows chosen in the cold base, offered as the first source.
    void handOut(const QList<qint64> &selectedCompanies = {});
    void showHistory();
    void editDutyRoster();
    void editRules();

private:
    // The chosen person, or none.
    std::optional<User> chosen() const;
    void updateButtons();
    void announceChanges();

    DataContext m_context;
    User m_user;
    QList<User> m_shown;
    QTableWidget *m_table = nullptr;
    QPushButton *m_changeRoles = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_deactivate = nullptr;
};

} // namespace voronka
