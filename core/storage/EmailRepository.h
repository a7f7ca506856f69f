#pragma once

#include "DataContext.h"
#include "domain/Email.h"

#include <QList>

namespace voronka {

class EmailRepository
{
public:
    explicit EmailRepository(DataContext context);

    QList<Email> listForCompany(qint64 companyId) const;
    // Stores the address lowercased; throws StorageError InvalidData for an empty one.
    void create(Email &email);
    void update(Email &email);
    void remove(qint64 id, qint64 expectedVersion);

private:
    DataContext m_context;
};

} // namespace voronka
