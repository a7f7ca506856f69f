#include "CompanyBulkWriter.h"

#include "CompanySearchIndex.h"
#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "domain/Clock.h"
#include "domain/TextFolding.h"

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
{
    const QSqlDatabase db = context.db.connection();
    m_company = prepared(db, QStringLiteral("INSERT INTO companies (name, sort_key, inn, city, address, website, "
                                            "industry, source, stage, owner_id, next_action_at, import_batch_id, "
                                            "created_at, updated_at, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_contact = prepared(db, QStringLiteral("INSERT INTO contacts (company_id, full_name, position, note, created_at, "
                                            "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_phone = prepared(db, QStringLiteral("INSERT INTO phones (company_id, contact_id, raw, e164, extension, kind, "
                                          "position, created_at, updated_at, updated_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_search = prepared(db, QStringLiteral("INSERT INTO company_search (rowid, text) VALUES (?, ?)"));
}

void CompanyBulkWriter::exec(QSqlQuery &query, const char *what)
{
    if (!query.exec())
        throw StorageError::fromSqlError(query.lastError(), QString::fromLatin1(what));
}

void CompanyBulkWriter::insert(CompanyRecord &record, qint64 importBatchId)
{
    Company &company = record.company;
    if (company.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::InvalidData, QStringLiteral("A company needs a name."));
    const QVariant now = toStoredTime(m_context.clock.nowUtc());
    const QVariant user = nullIfZero(m_context.userId);

    const QVariantList companyValues = {company.name.trimmed(),
                                        companySortKey(company.name),
                                        nullIfEmpty(company.inn),
                                        nullIfEmpty(company.city),
                                        nullIfEmpty(company.address),
                                        nullIfEmpty(company.website),
                                        nullIfEmpty(company.industry),
                                        nullIfEmpty(company.source),
                                        companyStageKey(company.stage),
                                        nullIfZero(company.ownerId),
                                        toStoredTime(company.nextActionAt),
                                        nullIfZero(importBatchId),
                                        now,
                                        now,
                                        user};
    for (int i = 0; i < companyValues.size(); ++i)
        m_company.bindValue(i, companyValues.at(i));
    exec(m_company, "insert company");
    company.id = m_company.lastInsertId().toLongLong();
    company.version = 1;

    for (Contact &contact : record.contacts) {
        contact.companyId = company.id;
        const QVariantList values = {company.id, contact.fullName, nullIfEmpty(contact.position),
                                     nullIfEmpty(contact.note), now, now, user};
        for (int i = 0; i < values.size(); ++i)
            m_contact.bindValue(i, values.at(i));
        exec(m_contact, "insert contact");
        contact.id = m_contact.lastInsertId().toLongLong();
        contact.version = 1;
    }

    QStringList numbers;
    for (int position = 0; position < record.phones.size(); ++position) {
        Phone &phone = record.phones[position];
        phone.companyId = company.id;
        phone.position = position;
        const QVariantList values = {company.id, nullIfZero(phone.contactId), phone.raw, nullIfEmpty(phone.e164),
                                     nullIfEmpty(phone.extension), phoneKindKey(phone.kind), position, now, now, user};
        for (int i = 0; i < values.size(); ++i)
            m_phone.bindValue(i, values.at(i));
        exec(m_phone, "insert phone");
        phone.id = m_phone.lastInsertId().toLongLong();
        phone.version = 1;
        numbers.append(phone.e164.isEmpty() ? phone.raw : phone.e164);
    }

    m_search.bindValue(0, company.id);
    m_search.bindValue(1, CompanySearchIndex::searchText(company.name, company.city, company.inn, numbers));
    exec(m_search, "index company");
}

} // namespace voronka
