#pragma once

#include "CompanyAssignment.h"
#include "domain/User.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace voronka {

// One line of the team list: a person and how many companies they hold.
struct TeamMember
{
    User user;
    qint64 companies = 0;
};

// What a deactivation handed over, and to whom.
struct HandOver
{
    qint64 assignmentId = 0; // in the history of hand-outs
    qint64 companies = 0;
    QList<AssignmentShare> shares; // in the order the heirs were given
};

// The head's management of people: add, change roles, set a password, deactivate with a hand-over of the work. The
// acting person is the context's user. On a base without sign-in anybody may do all of it, as before; once sign-in is
// on only the head may, except that everybody may change their own password. The first password must be a head's,
// so that setting it never locks the head out. Throws TeamError (nothing written) or StorageError.
class UserAdministration
{
    Q_DECLARE_TR_FUNCTIONS(UserAdministration)

public:
    explicit UserAdministration(DataContext context);

    QList<TeamMember> members(bool activeOnly = false) const;
    // region: as setRegion() takes it; empty for every region.
    User add(const QString &login, const QString &fullName, const QList<UserRole> &roles,
             const QString &region = QString());
    void changeRoles(const QString &login, const QList<UserRole> &roles);
    // Roles and region together, in one transaction: a region refused leaves the roles as they were too.
    void change(const QString &login, const QList<UserRole> &roles, const QString &region);
    void setPassword(const QString &login, const QString &password);
    // The person's region (teams by region; a head with one sees that region only): a federal subject in any
    // spelling RegionOfCity knows, or a city of one, stored by its canonical name; or a region some company of the
    // base has already (a team's own division of the country). Empty: every region. TeamError BadInput for anything
    // else.
    void setRegion(const QString &login, const QString &region);
    // What setRegion() stores for a region as given; TeamError BadInput when it names none.
    QString checkedRegion(const QString &region) const;
    // Hands everything the person holds to `to` (one person, or spread evenly over several) and deactivates them, in
    // one transaction; the hand-out is kept in the history.
    HandOver deactivate(const QString &login, const QList<QString> &to);

    // A user by login, or TeamError BadInput naming the login.
    User user(const QString &login) const;

private:
    bool signInOn() const;
    bool actorIsHead() const;
    void requireHead() const;
    void keepAHead(const User &user, bool losesHead) const;

    DataContext m_context;
};

} // namespace voronka
