#pragma once

#include "DataContext.h"
#include "domain/Company.h"

#include <optional>

namespace voronka {

class VisibleCompanies;

// Company rows. Keeps the search index in step with every change.
class CompanyRepository
{
public:
    explicit CompanyRepository(DataContext context);

    // Stores a new company (as CompanyColumns describes); fills in id, version and timestamps. Throws StorageError
    // InvalidData for an empty name.
    void create(Company &company);
    // A company the connection's viewer may see (VisibleCompanies); nullopt for one outside their part of the base.
    std::optional<Company> find(qint64 id) const;
    // Whoever looks: for a writer that reads back what it wrote (a card saved with a new owner leaves its view).
    std::optional<Company> findInWholeBase(qint64 id) const;
    // Saves the company if nobody changed it since it was read (company.version); bumps company.version.
    // company.stage is not written: a stage moves only through the funnel (StageMover), with its history.
    void update(Company &company);
    // Deletes the company with its contacts, phones and history.
    void remove(qint64 id, qint64 expectedVersion);
    qint64 count() const;

private:
    std::optional<Company> find(qint64 id, const VisibleCompanies &visible) const;

    DataContext m_context;
};

} // namespace voronka
