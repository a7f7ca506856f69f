#include "PhoneRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "VersionedTable.h"

#include <QCoreApplication>

namespace voronka {

namespace {
VersionedTable phonesTable(DataContext context)
{
    return {
        context,
        QStringLiteral("phones"),
        {QCoreApplication::translate("PhoneRepository", "The phone number no longer exists: someone deleted it."),
         QCoreApplication::translate("PhoneRepository",
                                     "The phone number was changed by %1 at %2 since you opened it."),
         QCoreApplication::translate("PhoneRepository", "The phone number was changed at %1 since you opened it.")}};
}

void validate(const Phone &phone)
{
    if (phone.raw.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("PhoneRepository", "A phone needs a number."));
}

QVariantList editableValues(const Phone &phone)
{
    return {nullIfZero(phone.contactId),  phone.raw.trimmed(),      nullIfEmpty(phone.e164),
            nullIfEmpty(phone.extension), phoneKindKey(phone.kind), phone.position};
}
} // namespace

PhoneRepository::PhoneRepository(DataContext context)
    : m_context(context)
{
}

QList<Phone> PhoneRepository::listForCompany(qint64 companyId) const
{
    SqlStatement select(
        m_context.db.connection(),
        QStringLiteral("SELECT id, contact_id, raw, e164, extension, kind, position, version, wrong_number "
                       "FROM phones WHERE company_id = ? ORDER BY position, id"));
    select.bind(companyId).exec();
    QList<Phone> phones;
    while (select.next()) {
        Phone phone;
        phone.id = select.value(0).toLongLong();
        phone.companyId = companyId;
        phone.contactId = select.value(1).toLongLong();
        phone.raw = select.value(2).toString();
        phone.e164 = select.value(3).toString();
        phone.extension = select.value(4).toString();
        phone.kind = phoneKindFromKey(select.value(5).toString()).value_or(PhoneKind::Other);
        phone.position = select.value(6).toInt();
        phone.version = select.value(7).toLongLong();
        phone.wrongNumber = select.value(8).toBool();
        phones.append(phone);
    }
    return phones;
}

void PhoneRepository::create(Phone &phone)
{
    validate(phone);
    SqlStatement insert(m_context.db.connection(),
                        QStringLiteral("INSERT INTO phones (company_id, contact_id, raw, e164, extension, kind, "
                                       "position, created_at, updated_at, updated_by) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(phone.companyId);
    for (const auto &value : editableValues(phone) + phonesTable(m_context).creationStamp())
        insert.bind(value);
    insert.exec();
    phone.id = insert.lastInsertId();
    phone.version = 1;
}

void PhoneRepository::update(Phone &phone)
{
    validate(phone);
    phone.version = phonesTable(m_context).update(
        phone.id, phone.version,
        QStringLiteral("contact_id = ?, raw = ?, e164 = ?, extension = ?, kind = ?, position = ?"),
        editableValues(phone));
}

void PhoneRepository::remove(qint64 id, qint64 expectedVersion)
{
    phonesTable(m_context).remove(id, expectedVersion);
}

} // namespace voronka
