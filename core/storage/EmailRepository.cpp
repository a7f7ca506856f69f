#include "EmailRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
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

QString normalized(const Email &email)
{
    const QString address = email.address.trimmed().toLower();
    if (address.isEmpty())
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("EmailRepository", "An e-mail entry needs an address."));
    return address;
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
    email.address = normalized(email);
    SqlStatement insert(m_context.db.connection(),
                        QStringLiteral("INSERT INTO emails (company_id, contact_id, address, created_at, updated_at, "
                                       "updated_by) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind({email.companyId, nullIfZero(email.contactId), email.address});
    for (const auto &value : emailsTable(m_context).creationStamp())
        insert.bind(value);
    insert.exec();
    email.id = insert.lastInsertId();
    email.version = 1;
}

void EmailRepository::update(Email &email)
{
    email.address = normalized(email);
    email.version
        = emailsTable(m_context).update(email.id, email.version, QStringLiteral("contact_id = ?, address = ?"),
                                        {nullIfZero(email.contactId), email.address});
}

void EmailRepository::remove(qint64 id, qint64 expectedVersion)
{
    emailsTable(m_context).remove(id, expectedVersion);
}

} // namespace voronka
