#include "PhoneRepository.h"

#include "ColumnValues.h"
#include "CompanyColumns.h"
#include "Database.h"
#include "SqlStatement.h"
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
    ColumnValues values;
    CompanyColumns::created(phone, values);
    phonesTable(m_context).stampCreation(values);
    SqlStatement insert(m_context.db.connection(), values.insertStatement("phones"));
    values.bindTo(insert);
    insert.exec();
    phone.id = insert.lastInsertId();
    phone.version = 1;
}

void PhoneRepository::update(Phone &phone)
{
    ColumnValues values;
    CompanyColumns::edited(phone, values);
    phone.version = phonesTable(m_context).update(phone.id, phone.version, values.assignments(), values.variants());
}

void PhoneRepository::remove(qint64 id, qint64 expectedVersion)
{
    phonesTable(m_context).remove(id, expectedVersion);
}

} // namespace voronka
