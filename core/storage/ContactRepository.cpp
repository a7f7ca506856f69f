#include "ContactRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
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

void validate(const Contact &contact)
{
    if (contact.fullName.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("ContactRepository", "A contact needs a name."));
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
    validate(contact);
    SqlStatement insert(m_context.db.connection(),
                        QStringLiteral("INSERT INTO contacts (company_id, full_name, position, note, created_at, "
                                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind({contact.companyId, contact.fullName.trimmed(), nullIfEmpty(contact.position.trimmed()),
                 nullIfEmpty(contact.note.trimmed())});
    for (const auto &value : contactsTable(m_context).creationStamp())
        insert.bind(value);
    insert.exec();
    contact.id = insert.lastInsertId();
    contact.version = 1;
}

void ContactRepository::update(Contact &contact)
{
    validate(contact);
    contact.version = contactsTable(m_context).update(
        contact.id, contact.version, QStringLiteral("full_name = ?, position = ?, note = ?"),
        {contact.fullName.trimmed(), nullIfEmpty(contact.position.trimmed()), nullIfEmpty(contact.note.trimmed())});
}

void ContactRepository::remove(qint64 id, qint64 expectedVersion)
{
    contactsTable(m_context).remove(id, expectedVersion);
}

} // namespace voronka
