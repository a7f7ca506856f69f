#pragma once

#include "UserRole.h"

#include <QString>

namespace voronka {

struct User
{
    qint64 id = 0;
    QString login;
    QString fullName;
    UserRole role = UserRole::Caller;
    bool active = true;
    qint64 version = 0;
};

} // namespace voronka
