#include "UserRole.h"

#include "EnumNames.h"

#include <QStringList>

namespace voronka {

namespace {
constexpr EnumNames<UserRole, 5>
    roleNames("UserRole",
              {{
                  {UserRole::Head, "head", QT_TRANSLATE_NOOP("UserRole", "Head of sales")},
                  {UserRole::Collector, "collector", QT_TRANSLATE_NOOP("UserRole", "Base collector")},
                  {UserRole::Caller, "caller", QT_TRANSLATE_NOOP("UserRole", "Caller (first line)")},
                  {UserRole::Closer, "closer", QT_TRANSLATE_NOOP("UserRole", "Closer (active sales)")},
                  {UserRole::AccountManager, "account_manager", QT_TRANSLATE_NOOP("UserRole", "Account manager")},
              }});
} // namespace

QList<UserRole> allUserRoles()
{
    return roleNames.all();
}
QString userRoleKey(UserRole role)
{
    return roleNames.key(role);
}
std::optional<UserRole> userRoleFromKey(const QString &key)
{
    return roleNames.fromKey(key);
}
QString userRoleTitle(UserRole role)
{
    return roleNames.title(role);
}
QString userRoleKeys(const QList<UserRole> &roles)
{
    QStringList keys;
    for (const UserRole role : roles)
        keys.append(userRoleKey(role));
    // Never a null string: that would be stored as NULL.
    return keys.isEmpty() ? QStringLiteral("") : keys.join(QLatin1Char(','));
}
QList<UserRole> userRolesFromKeys(const QString &keys)
{
    QList<UserRole> roles;
    for (const QString &key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = userRoleFromKey(key.trimmed());
        if (role && !roles.contains(*role))
            roles.append(*role);
    }
    return roles;
}

} // namespace voronka
