#include "Viewer.h"

namespace voronka {

Viewer Viewer::everything()
{
    return {};
}

Viewer Viewer::of(const User &user, bool callersTakeFromPool)
{
    Viewer viewer;
    viewer.m_userId = user.id;
    viewer.m_roles = user.roles();
    viewer.m_everything = user.hasRole(UserRole::Head);
    viewer.m_takesFromPool = callersTakeFromPool && user.hasRole(UserRole::Caller);
    viewer.m_region = user.region;
    return viewer;
}

} // namespace voronka
