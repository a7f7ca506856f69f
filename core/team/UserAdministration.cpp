#include "UserAdministration.h"

#include "CompanyAssignment.h"
#include "PasswordHash.h"
#include "TeamError.h"
#include "domain/RegionOfCity.h"
#include "domain/TextNormalization.h"
#include "storage/Database.h"
#include "storage/RegionListQuery.h"
#include "storage/SignInRecordRepository.h"
#include "storage/SignInTokenRepository.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "storage/WorkloadQuery.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace voronka {

namespace {
void splitRoles(const QList<UserRole> &roles, User &user)
{
    if (roles.isEmpty())
        throw TeamError(TeamError::Kind::BadInput, UserAdministration::tr("A person needs a role."));
    user.role = roles.constFirst();
    user.extraRoles = roles.mid(1);
}
} // namespace

UserAdministration::UserAdministration(DataContext context)
    : m_context(context)
{
}

bool UserAdministration::signInOn() const
{
    return UserRepository(m_context).anyPassword();
}

bool UserAdministration::actorIsHead() const
{
    const auto actor = UserRepository(m_context).find(m_context.userId);
    return actor && actor->active && actor->hasRole(UserRole::Head);
}

void UserAdministration::requireHead() const
{
    if (signInOn() && !actorIsHead())
        throw TeamError(TeamError::Kind::NotAllowed, tr("Only the head of sales manages people."));
}

User UserAdministration::user(const QString &login) const
{
    const auto found = UserRepository(m_context).findByLogin(login);
    if (!found)
        throw TeamError(TeamError::Kind::BadInput, tr("There is no user with the login %1.").arg(login));
    return *found;
}

QList<TeamMember> UserAdministration::members(bool activeOnly) const
{
    const QHash<qint64, qint64> held = WorkloadQuery(m_context.db).companiesByOwner();
    QList<TeamMember> members;
    for (const User &user : UserRepository(m_context).list(activeOnly))
        members.append({user, held.value(user.id)});
    return members;
}

User UserAdministration::add(const QString &login, const QString &fullName, const QList<UserRole> &roles,
                             const QString &region)
{
    requireHead();
    User user;
    user.login = login;
    user.fullName = fullName;
    splitRoles(roles, user);
    user.region = checkedRegion(region);
    WriteTransaction transaction(m_context.db);
    UserRepository(m_context).create(user);
    transaction.commit();
    return user;
}

void UserAdministration::keepAHead(const User &user, bool losesHead) const
{
    if (!losesHead || !user.active || !user.hasRole(UserRole::Head))
        return;
    for (const User &other : UserRepository(m_context).list())
        if (other.id != user.id && other.hasRole(UserRole::Head))
            return;
    throw TeamError(TeamError::Kind::LastHead,
                    tr("%1 is the only head of sales; make someone else head first.").arg(user.fullName));
}

void UserAdministration::changeRoles(const QString &login, const QList<UserRole> &roles)
{
    requireHead();
    User changed = user(login);
    keepAHead(changed, !roles.contains(UserRole::Head));
    splitRoles(roles, changed);
    WriteTransaction transaction(m_context.db);
    UserRepository(m_context).update(changed);
    transaction.commit();
}

void UserAdministration::change(const QString &login, const QList<UserRole> &roles, const QString &region)
{
    requireHead();
    User changed = user(login);
    keepAHead(changed, !roles.contains(UserRole::Head));
    splitRoles(roles, changed);
    const QString stored = checkedRegion(region);
    WriteTransaction transaction(m_context.db);
    UserRepository users(m_context);
    users.update(changed);
    if (stored != changed.region)
        users.setRegion(changed, stored);
    transaction.commit();
}

QString UserAdministration::checkedRegion(const QString &region) const
{
    const QString given = normalizedLine(region);
    if (given.isEmpty())
        return {};
    const QString known = RegionOfCity::of(given);
    if (!known.isEmpty())
        return known;
    const bool present = RegionListQuery::isPresent(m_context.db, given);
    if (!present)
        throw TeamError(TeamError::Kind::BadInput,
                        tr("%1 is not a region: give a federal subject (\"Свердловская область\") or its city, or a "
                           "region the base's companies already have.")
                            .arg(given));
    return given;
}

void UserAdministration::setRegion(const QString &login, const QString &region)
{
    requireHead();
    User changed = user(login);
    const QString stored = checkedRegion(region);
    WriteTransaction transaction(m_context.db);
    UserRepository(m_context).setRegion(changed, stored);
    transaction.commit();
}

void UserAdministration::setPassword(const QString &login, const QString &password)
{
    const User target = user(login);
    if (!target.active)
        throw TeamError(TeamError::Kind::InactiveUser, tr("%1 is deactivated.").arg(target.fullName));
    if (signInOn()) {
        if (target.id != m_context.userId && !actorIsHead())
            throw TeamError(TeamError::Kind::NotAllowed, tr("Only the head of sales sets other people's passwords."));
    } else if (!target.hasRole(UserRole::Head)) {
        // The first password turns sign-in on for everybody: were it not the head's, nobody could set the others'.
        throw TeamError(TeamError::Kind::NotAllowed,
                        tr("The first password must be a head's: it turns sign-in on for everybody, and the head then "
                           "sets the others'."));
    }
    const QString hash = PasswordHash::make(password);
    WriteTransaction transaction(m_context.db);
    SignInRecordRepository(m_context.db).setPasswordHash(target.id, hash);
    // A new password ends "remember me" on every computer: it is often set because one was left signed in.
    SignInTokenRepository(m_context.db).removeAllOf(target.id);
    transaction.commit();
}

HandOver UserAdministration::deactivate(const QString &login, const QList<QString> &to)
{
    requireHead();
    User leaving = user(login);
    if (!leaving.active)
        throw TeamError(TeamError::Kind::InactiveUser, tr("%1 is deactivated already.").arg(leaving.fullName));
    keepAHead(leaving, true);
    QList<qint64> heirs;
    for (const QString &heir : to)
        heirs.append(user(heir).id);
    CompanyAssignment assignment(m_context);
    const AssignmentPlan plan = assignment.planHandOver(leaving.id, heirs);

    WriteTransaction transaction(m_context.db);
    const HandOver handOver{assignment.apply(plan), plan.companyIds.size(), plan.shares};
    // Open tasks about no company (or about one not theirs) go to the first heir.
    TaskRepository(m_context).reassignOpen(leaving.id, heirs.constFirst());
    SignInTokenRepository(m_context.db).removeAllOf(leaving.id);
    leaving.active = false;
    UserRepository(m_context).update(leaving);
    transaction.commit();
    return handOver;
}

} // namespace voronka
