#include "ContactRepository.h"

#include "ColumnValues.h"
#include "CompanyColumns.h"
#include "Database.h"
#include "SqlStatement.h"
#include "VersionedTable.h"

#include <QCoreApplication>

namespace voronka {

namespace {
VersionedTable contactsTable(DataContext context)
{
    return {
        context,
        QStringLiteral("contacts"),
        {QCoreApplication::translate("ContactRepository", "The contact no longer exists: someone deleted it."),
         QCoreApplication::translate("ContactRepository", "The contact was changed by %1 at %2 since you opened it."),
         QCoreApplication::translate("ContactRepository", "The contact was changed at %1 since you opened it.")}};
}
} // namespace

ContactRepository::ContactRepository(DataContext context)
    : m_context(context)
{
}

QList<Contact> ContactRepository::listForCompany(qint64 companyId) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT id, full_name, position, note, version FROM contacts "
                                       "WHERE company_id = ? ORDER BY id"));
    select.bind(companyId).exec();
    QList<Contact> contacts;
    while (select.next()) {
        Contact contact;
        contact.id = select.value(0).toLongLong();
        contact.companyId = companyId;
        contact.fullName = select.value(1).toString();
        contact.position = select.value(2).toString();
        contact.note = select.value(3).toString();
        contact.version = select.value(4).toLongLong();
        contacts.append(contact);
    }
    return contacts;
}

void ContactRepository::create(Contact &contact)
{
    ColumnValues values;
    CompanyColumns::created(contact, values);
    contactsTable(m_context).stampCreation(values);
    SqlStatement insert(m_context.db.connection(), values.insertStatement("contacts"));
    values.bindTo(insert);
    insert.exec();
    contact.id = insert.lastInsertId();
    contact.version = 1;
}

void ContactRepository::update(Contact &contact)
{
    ColumnValues values;
    CompanyColumns::edited(contact, values);
    contact.version
        = contactsTable(m_context).update(contact.id, contact.version, values.assignments(), values.variants());
}

void ContactRepository::remove(qint64 id, qint64 expectedVersion)
{
    contactsTable(m_context).remove(id, expectedVersion);
}

} // namespace voronka
