#pragma once

#include "domain/VoronkaError.h"

namespace voronka {

// Why the funnel refused a move (FunnelError::Kind).
enum class FunnelErrorKind {
    ForbiddenMove, // the stage table does not allow it
    MissingData, // a meeting without a time, an invoice without an amount, ...
    DateInPast, // a callback or a meeting before now
    UnknownReason, // a lost reason that is not (or no longer) in the list
    UnknownUser, // the closer is not an active closer
    NotYet, // a meeting marked held before it starts
    DoubleBooked, // a closer booked over another meeting without a reason given
};

// A funnel operation refused before anything was written; message() says why, for the user.
// (A colleague's concurrent change is a StorageError StaleVersion, as everywhere in storage.)
class FunnelError : public VoronkaError<FunnelErrorKind>
{
public:
    using VoronkaError::VoronkaError;
};

} // namespace voronka
