#include "ExitCode.h"

namespace voronka {

ExitCode exitCodeFor(StorageError::Kind kind)
{
    switch (kind) {
    case StorageError::Kind::NotFound:
    case StorageError::Kind::FolderMissing:
    case StorageError::Kind::IsDirectory:
        return ExitNotFound;
    case StorageError::Kind::NotADatabase:
    case StorageError::Kind::ForeignDatabase:
        return ExitNotVoronka;
    case StorageError::Kind::Damaged:
        return ExitDamaged;
    case StorageError::Kind::Locked:
        return ExitLocked;
    case StorageError::Kind::NewerSchema:
        return ExitNewerSchema;
    case StorageError::Kind::PermissionDenied:
    case StorageError::Kind::ReadOnly:
        return ExitNoAccess;
    default:
        return ExitFailure;
    }
}

ExitCode exitCodeFor(TeamErrorKind kind)
{
    switch (kind) {
    case TeamErrorKind::NotAllowed:
        return ExitNotSignedIn;
    case TeamErrorKind::BadInput:
    case TeamErrorKind::BadPassword:
        return ExitUsage;
    case TeamErrorKind::InactiveUser:
    case TeamErrorKind::LastHead:
    case TeamErrorKind::Conflict:
        return ExitFailure;
    }
    return ExitFailure;
}

} // namespace voronka
