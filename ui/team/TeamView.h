#pragma once

#include "domain/User.h"
#include "storage/DataContext.h"
#include "storage/TeamDayQuery.h"
#include "team/Capacity.h"
#include "team/UserAdministration.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;
class QTableWidget;

namespace voronka {

class SectionReader;

// What the Team section shows, read in one go (on a worker on a big base).
struct TeamFigures
{
    QList<TeamMember> members;
    QHash<qint64, TeamDay> days; // the active people's, today in the local time zone
    CapacityLimits limits;

    static TeamFigures read(const DataContext &context);
};

// The head's Team section: the people (name, login, roles, active, companies held, load against the capacity limits,
// and today's calls, meetings and overdue tasks) and what the head does with them: add, change roles, set a password,
// deactivate with a hand-over, hand companies out, the history of hand-outs with undo, the duty roster and the team's
// rules. Every action is a call into core/team (UserAdministration, CompanyAssignment, DutyRoster, TeamSettings),
// which checks who may do it; the figures are core's (TeamDayQuery, Capacity), read on a worker on a big base (a
// closer's load by size class reads each of their companies at the meeting and deal stages).
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
    ~TeamView() override;

    // The section is the head's, and everybody's on a base without sign-in (as the core allows).
    static bool shownTo(DataContext context, const User &user);

    QTableWidget *table() const { return m_table; }
    // Reads the people and their figures again: at once on a small base, else on a worker (the rows shown stay
    // until the new ones are in, then loaded()).
    void reload();
    // Selects the person now, and again once a read under way is shown.
    void selectLogin(const QString &login);
    SectionReader &reader() const { return *m_reader; }

signals:
    void loaded();

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
    void showFigures(const TeamFigures &figures);

    DataContext m_context;
    User m_user;
    QList<User> m_shown;
    QString m_wantedLogin; // to select once the read under way is shown
    std::unique_ptr<SectionReader> m_reader;
    QTableWidget *m_table = nullptr;
    QPushButton *m_changeRoles = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_deactivate = nullptr;
};

} // namespace voronka
