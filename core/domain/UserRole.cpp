#include "UserRole.h"

#include "EnumNames.h"

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

} // namespace voronka
