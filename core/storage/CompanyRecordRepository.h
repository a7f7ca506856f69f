#pragma once

#include "DataContext.h"
#include "domain/CompanyRecord.h"
#include "domain/PhoneNormalizer.h"

#include <optional>

namespace voronka {

// Loads and saves a CompanyRecord as one unit, in one write transaction.
class CompanyRecordRepository
{
public:
    explicit CompanyRecordRepository(DataContext context, PhoneNormalizer normalizer = PhoneNormalizer());

    std::optional<CompanyRecord> load(qint64 companyId) const;
    // Writes what changed between original (as loaded; empty for a new company) and edited: the company row
    // (version-checked; its stage only for a new company, a stored one moves through StageMover), contacts,
    // phones and e-mail addresses added, changed or removed. Phones are normalised to E.164. The region is
    // RegionOfCity::afterEdit's: from the city while it is empty or was derived from the city, else as given.
    // All of it lands or none of it does; throws StorageError (StaleVersion when someone else saved first).
    // Returns the record as now stored.
    CompanyRecord save(const CompanyRecord &original, const CompanyRecord &edited);

private:
    std::optional<CompanyRecord> read(const std::optional<Company> &company) const;

    DataContext m_context;
    PhoneNormalizer m_normalizer;
};

} // namespace voronka
