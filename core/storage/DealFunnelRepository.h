#pragma once

#include "DataContext.h"
#include "domain/Deal.h"

namespace voronka {

// The funnel's own write of a deal: its step, with what a step brings (the invoice of invoice issued, the reason of
// lost), under the deal's optimistic version. Only the funnel (StageMover, PaymentRecorder) saves through it, in
// the transaction that also writes the step's stage_history row; a plain save (DealRepository::update) cannot move
// a deal.
class DealFunnelRepository
{
public:
    explicit DealFunnelRepository(DataContext context);

    // The deal as the user last read it: throws StorageError NotFound when it was deleted, StaleVersion (with who
    // changed it and when) when someone changed it since expectedVersion.
    Deal findAtVersion(qint64 dealId, qint64 expectedVersion);
    // Saves step, invoice number and date and lost reason if the deal is still at deal.version; bumps deal.version.
    // Throws StorageError StaleVersion (with who changed it) or NotFound.
    void saveStep(Deal &deal);

private:
    DataContext m_context;
};

} // namespace voronka
