#pragma once

#include "domain/VoronkaError.h"

namespace voronka {

// Why sign-in, the management of users or a hand-out of companies refused (TeamError::Kind).
enum class TeamErrorKind {
    NotAllowed, // the person may not do this (not the head, not their own password)
    BadPassword, // empty, or longer than PasswordHash::maximumLength
    BadInput, // an unknown login, an empty list of people, a weight that is not a positive number ...
    InactiveUser, // companies cannot go to a deactivated person
    LastHead, // the last active head cannot be deactivated or lose the role
    Conflict, // the companies changed since the preview (another head handed them out); nothing was written
};

// Nothing was written when this is thrown; message() says why, for the user.
class TeamError : public VoronkaError<TeamErrorKind>
{
public:
    using VoronkaError::VoronkaError;
};

} // namespace voronka
