#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace voronka {

// The part a person plays in the sales department; it decides what they see and do.
enum class UserRole { Head, Collector, Caller, Closer, AccountManager };

QList<UserRole> allUserRoles();
QString userRoleKey(UserRole role);
std::optional<UserRole> userRoleFromKey(const QString &key);
QString userRoleTitle(UserRole role);
// "caller,closer" and back; unknown keys are left out, each role once, in the order given.
QString userRoleKeys(const QList<UserRole> &roles);
QList<UserRole> userRolesFromKeys(const QString &keys);

} // namespace voronka
