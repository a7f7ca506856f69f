#pragma once

#include "domain/VoronkaError.h"

namespace voronka {

// Why a report refused (ReportError::Kind).
enum class ReportErrorKind {
    NotAllowed, // the slice is beyond what the person may see (another person's figures for a caller)
    BadInput, // a period that ends before it starts, an unknown person
    NotReady, // the history is still being prepared after an upgrade (FunnelSpanBackfill): figures would be wrong
};

// Nothing was computed when this is thrown; message() says why, for the user.
class ReportError : public VoronkaError<ReportErrorKind>
{
public:
    using VoronkaError::VoronkaError;
};

} // namespace voronka
