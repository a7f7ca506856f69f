#pragma once

#include "UserRole.h"

#include <QList>
#include <QString>

namespace voronka {

struct User
{
    qint64 id = 0;
    QString login;
    QString fullName;
    UserRole role = UserRole::Caller; // the main role, shown first
    QList<UserRole> extraRoles; // a second job in a small office; never holds `role`
    bool active = true;
    bool hasPassword = false; // the hash itself is read by SignIn only
    QString region; // the person's region (RegionOfCity's names); empty: every region. A head with one sees it only.
    qint64 version = 0;

    QList<UserRole> roles() const
    {
        QList<UserRole> all{role};
        for (const UserRole extra : extraRoles)
            if (!all.contains(extra))
                all.append(extra);
        return all;
    }
    bool hasRole(UserRole wanted) const { return role == wanted || extraRoles.contains(wanted); }
};

} // namespace voronka
