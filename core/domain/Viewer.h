#pragma once

#include "User.h"

#include <QList>

namespace voronka {

// Who is looking at the base, which decides the part of it they see (VisibleCompanies applies the rule to every
// reader of companies). The head sees everything, or their region only when they have one (the head of an
// interregional team); so does everybody on a base without sign-in, and the maintenance commands (info, check,
// backup), which see the file rather than its clients.
class Viewer
{
public:
    // Sees every company: a base without sign-in, a head, or maintenance work.
    static Viewer everything();
    // The signed-in user; with callersTakeFromPool a caller also sees the unassigned cold companies.
    static Viewer of(const User &user, bool callersTakeFromPool);

    // Sees every company whatever its role (the head), though maybe of one region only (region()).
    bool seesEverything() const { return m_everything; }
    qint64 userId() const { return m_userId; }
    bool has(UserRole role) const { return m_roles.contains(role); }
    bool takesFromPool() const { return m_takesFromPool; }
    // The user's region; empty: every region. Only a head's limits what they see: a caller's, closer's or account
    // manager's part is what is assigned to them, wherever it is.
    const QString &region() const { return m_region; }
    // The companies of region() only: a head with a region.
    bool limitedToRegion() const { return m_everything && !m_region.isEmpty(); }
    // Export of the whole base, and the head's own work (users, assignment), is the head's alone.
    bool isHead() const { return m_everything && m_userId != 0; }

private:
    bool m_everything = true;
    qint64 m_userId = 0;
    QList<UserRole> m_roles;
    bool m_takesFromPool = false;
    QString m_region;
};

} // namespace voronka
