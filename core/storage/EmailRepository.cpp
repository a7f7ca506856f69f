#include "EmailRepository.h"

#include "ColumnValues.h"
#include "CompanyColumns.h"
#include "Database.h"
#include "SqlStatement.h"
#include "VersionedTable.h"

#include <QCoreApplication>

namespace voronka {

namespace {
VersionedTable emailsTable(DataContext context)
{
    return {
        context,
        QStringLiteral("emails"),
        {QCoreApplication::translate("EmailRepository", "The e-mail address no longer exists: someone deleted it."),
         QCoreApplication::translate("EmailRepository",
                                     "The e-mail address was changed by %1 at %2 since you opened it."),
         QCoreApplication::translate("EmailRepository", "The e-mail address was changed at %1 since you opened it.")}};
}
} // namespace

EmailRepository::EmailRepository(DataContext context)
    : m_context(context)
{
}

QList<Email> EmailRepository::listForCompany(qint64 companyId) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT id, contact_id, address, version FROM emails WHERE company_id = ? "
                                       "ORDER BY id"));
    select.bind(companyId).exec();
    QList<Email> emails;
    while (select.next()) {
        Email email;
        email.id = select.value(0).toLongLong();
        email.companyId = companyId;
        email.contactId = select.value(1).toLongLong();
        email.address = select.value(2).toString();
        email.version = select.value(3).toLongLong();
        emails.append(email);
    }
    return emails;
}

void EmailRepository::create(Email &email)
{
    ColumnValues values;
    CompanyColumns::created(email, values);
    emailsTable(m_context).stampCreation(values);
    SqlStatement insert(m_context.db.connection(), values.insertStatement("emails"));
    values.bindTo(insert);
    insert.exec();
    email.id = insert.lastInsertId();
    email.version = 1;
    email.address = values.textOf("address");
}

void EmailRepository::update(Email &email)
{
    ColumnValues values;
    CompanyColumns::edited(email, values);
    email.version = emailsTable(m_context).update(email.id, email.version, values.assignments(), values.variants());
    email.address = values.textOf("address");
}

void EmailRepository::remove(qint64 id, qint64 expectedVersion)
{
    emailsTable(m_context).remove(id, expectedVersion);
}

} // namespace voronka
