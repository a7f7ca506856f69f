#include "CompanyBulkWriter.h"

#include "CompanySearchIndex.h"
#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "domain/Clock.h"
#include "domain/TextFolding.h"

#include <QCoreApplication>
#include <QSqlError>

namespace voronka {

namespace {
QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw StorageError::fromSqlError(query.lastError(), sql.left(60));
    return query;
}
} // namespace

CompanyBulkWriter::CompanyBulkWriter(DataContext context)
    : m_context(context)
    // One time for the whole batch: rows written together carry the same stamp.
    , m_now(toStoredTime(context.clock.nowUtc()))
{
    const QSqlDatabase db = context.db.connection();
    m_company = prepared(db, QStringLiteral("INSERT INTO companies (name, sort_key, inn, city, address, website, "
                                            "industry, source, stage, owner_id, next_action_at, import_batch_id, "
                                            "created_at, updated_at, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_contact = prepared(db, QStringLiteral("INSERT INTO contacts (company_id, full_name, position, note, "
                                            "import_batch_id, created_at, updated_at, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    m_phone = prepared(db, QStringLiteral("INSERT INTO phones (company_id, contact_id, raw, e164, extension, kind, "
                                          "position, import_batch_id, created_at, updated_at, updated_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_email = prepared(db, QStringLiteral("INSERT INTO emails (company_id, contact_id, address, import_batch_id, "
                                          "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_note = prepared(db, QStringLiteral("INSERT INTO activities (company_id, user_id, kind, occurred_at, note, "
                                         "import_batch_id, created_at) VALUES (?, ?, 'note', ?, ?, ?, ?)"));
    m_search = prepared(db, QStringLiteral("INSERT INTO company_search (rowid, text) VALUES (?, ?)"));
}

void CompanyBulkWriter::exec(QSqlQuery &query, const QVariantList &values, const char *what)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        throw StorageError::fromSqlError(query.lastError(), QString::fromLatin1(what));
}

void CompanyBulkWriter::insert(CompanyRecord &record, qint64 importBatchId)
{
    Company &company = record.company;
    if (company.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("CompanyRepository", "A company needs a name."));
    const QVariant user = nullIfZero(m_context.userId);
    exec(m_company,
         {company.name.trimmed(), companySortKey(company.name), nullIfEmpty(company.inn), nullIfEmpty(company.city),
          nullIfEmpty(company.address), nullIfEmpty(company.website), nullIfEmpty(company.industry),
          nullIfEmpty(company.source), companyStageKey(company.stage), nullIfZero(company.ownerId),
          toStoredTime(company.nextActionAt), nullIfZero(importBatchId), m_now, m_now, user},
         "insert company");
    company.id = m_company.lastInsertId().toLongLong();
    company.version = 1;

    // Children of a new company go with it when it is deleted, so they need no batch id of their own.
    for (Contact &contact : record.contacts) {
        contact.companyId = company.id;
        insertContact(contact, 0);
    }
    QStringList numbers;
    for (int position = 0; position < record.phones.size(); ++position) {
        Phone &phone = record.phones[position];
        phone.companyId = company.id;
        phone.position = position;
        insertPhone(phone, 0);
        numbers.append(phone.e164.isEmpty() ? phone.raw : phone.e164);
    }
    for (Email &email : record.emails) {
        email.companyId = company.id;
        insertEmail(email, 0);
    }
    exec(m_search, {company.id, CompanySearchIndex::searchText(company.name, company.city, company.inn, numbers)},
         "index company");
}

void CompanyBulkWriter::insertContact(Contact &contact, qint64 importBatchId)
{
    exec(m_contact,
         {contact.companyId, contact.fullName, nullIfEmpty(contact.position), nullIfEmpty(contact.note),
          nullIfZero(importBatchId), m_now, m_now, nullIfZero(m_context.userId)},
         "insert contact");
    contact.id = m_contact.lastInsertId().toLongLong();
    contact.version = 1;
}

void CompanyBulkWriter::insertPhone(Phone &phone, qint64 importBatchId)
{
    exec(m_phone,
         {phone.companyId, nullIfZero(phone.contactId), phone.raw, nullIfEmpty(phone.e164),
          nullIfEmpty(phone.extension), phoneKindKey(phone.kind), phone.position, nullIfZero(importBatchId), m_now,
          m_now, nullIfZero(m_context.userId)},
         "insert phone");
    phone.id = m_phone.lastInsertId().toLongLong();
    phone.version = 1;
}

void CompanyBulkWriter::insertEmail(Email &email, qint64 importBatchId)
{
    exec(m_email,
         {email.companyId, nullIfZero(email.contactId), email.address.trimmed().toLower(), nullIfZero(importBatchId),
          m_now, m_now, nullIfZero(m_context.userId)},
         "insert e-mail");
    email.id = m_email.lastInsertId().toLongLong();
    email.version = 1;
}

void CompanyBulkWriter::insertNote(qint64 companyId, const QString &text, qint64 importBatchId)
{
    exec(m_note, {companyId, nullIfZero(m_context.userId), m_now, text, nullIfZero(importBatchId), m_now},
         "insert note");
}

void CompanyBulkWriter::refreshSearch(qint64 companyId)
{
    CompanySearchIndex(m_context.db).refresh(companyId);
}

} // namespace voronka
