#pragma once

#include "DataContext.h"
#include "domain/Contact.h"

#include <QList>

namespace voronka {

class ContactRepository
{
public:
    explicit ContactRepository(DataContext context);

    QList<Contact> listForCompany(qint64 companyId) const;
    // Throws StorageError InvalidData for a contact without a name or company.
    void create(Contact &contact);
    void update(Contact &contact);
    void remove(qint64 id, qint64 expectedVersion);

private:
    DataContext m_context;
};

} // namespace voronka
