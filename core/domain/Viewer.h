#pragma once

#include "User.h"

#include <QList>

namespace voronka {

// Who is looking at the base, which decides the part of it they see (VisibleCompanies applies the rule to every
// reader of companies). The head sees everything; so does everybody on a base without sign-in, and the maintenance
// commands (info, check, backup), which see the file rather than its clients.
class Viewer
{
public:
    // Sees every company: a base without sign-in, a head, or maintenance work.
    static Viewer everything();
    // The signed-in user; with callersTakeFromPool a caller also sees the unassigned cold companies.
    static Viewer of(const User &user, bool callersTakeFromPool);

    bool seesEverything() const { return m_everything; }
    qint64 userId() const { return m_userId; }
    bool has(UserRole role) const { return m_roles.contains(role); }
    bool takesFromPool() const { return m_takesFromPool; }
    // Export of the whole base, and the head's own work (users, assignment), is the head's alone.
    bool isHead() const { return m_everything && m_userId != 0; }

private:
    bool m_everything = true;
    qint64 m_userId = 0;
    QList<UserRole> m_roles;
    bool m_takesFromPool = false;
};

} // namespace voronka
