#pragma once

#include "DataContext.h"
#include "domain/Deal.h"

#include <optional>

namespace voronka {

// Deal rows: only what the stage machine needs so far (create, read, save a step with its data).
class DealRepository
{
public:
    explicit DealRepository(DataContext context);

    // Stores a new deal; fills in id and version. Throws StorageError InvalidData without a company or a title.
    void create(Deal &deal);
    std::optional<Deal> find(qint64 id) const;
    // Saves step, amount, margin, invoice and lost reason if nobody changed the deal since it was read;
    // bumps deal.version. Throws StorageError StaleVersion or NotFound.
    void saveStep(Deal &deal);

private:
    DataContext m_context;
};

} // namespace voronka
