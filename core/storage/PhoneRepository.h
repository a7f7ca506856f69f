#pragma once

#include "DataContext.h"
#include "domain/Phone.h"

#include <QList>

namespace voronka {

// Phone rows. Callers keep the company's search index in step (CompanyRecordRepository does).
class PhoneRepository
{
public:
    explicit PhoneRepository(DataContext context);

    // Ordered by position: the first is the main number.
    QList<Phone> listForCompany(qint64 companyId) const;
    // Throws StorageError InvalidData for a phone with no text.
    void create(Phone &phone);
    void update(Phone &phone);
    void remove(qint64 id, qint64 expectedVersion);

private:
    DataContext m_context;
};

} // namespace voronka
