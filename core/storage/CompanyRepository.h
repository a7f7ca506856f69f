#pragma once

#include "DataContext.h"
#include "domain/Company.h"

#include <optional>

namespace voronka {

// Company rows. Keeps the search index in step with every change.
class CompanyRepository
{
public:
    explicit CompanyRepository(DataContext context);

    // Stores a new company (as CompanyColumns describes); fills in id, version and timestamps. Throws StorageError
    // InvalidData for an empty name.
    void create(Company &company);
    std::optional<Company> find(qint64 id) const;
    // Saves the company if nobody changed it since it was read (company.version); bumps company.version.
    // company.stage is not written: a stage moves only through the funnel (StageMover), with its history.
    void update(Company &company);
    // Deletes the company with its contacts, phones and history.
    void remove(qint64 id, qint64 expectedVersion);
    qint64 count() const;

private:
    DataContext m_context;
};

} // namespace voronka
