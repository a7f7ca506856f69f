#pragma once

#include "DataContext.h"
#include "VersionedTable.h"
#include "domain/Deal.h"

#include <optional>

namespace voronka {

// Deal rows: create, read, and the plain save of a deal's own data. The step is not written by a plain save: a deal
// moves only through the funnel (StageMover, PaymentRecorder, through DealFunnelRepository), with its history.
class DealRepository
{
public:
    explicit DealRepository(DataContext context);

    // Stores a new deal at deal.step (the funnel records that first step: StageMover::recordDealOpened); fills in id
    // and version. Throws StorageError InvalidData without a company or a title.
    void create(Deal &deal);
    std::optional<Deal> find(qint64 id) const;
    // Saves title, owner, amount, margin and currency if nobody changed the deal since it was read (deal.version);
    // bumps deal.version. deal.step, the invoice and the lost reason are not written: they come with a step.
    // Throws StorageError InvalidData without a title, StaleVersion or NotFound.
    void update(Deal &deal);

    // The deals table under optimistic locking, with the sentences a conflict is told in (DealFunnelRepository
    // writes through it too).
    static VersionedTable table(DataContext context);

private:
    DataContext m_context;
};

} // namespace voronka
