#pragma once

#include "CompanyRecord.h"
#include "DataContext.h"

#include <QSqlQuery>

namespace voronka {

// Writes many rows fast: prepared statements are reused for every row and the caller holds one WriteTransaction
// around the whole lot. Phones must already be normalised (e164 filled where valid). Rows written for an import
// carry its batch id, so that the import can be undone.
class CompanyBulkWriter
{
public:
    explicit CompanyBulkWriter(DataContext context);

    // Inserts the record's company, contacts, phones and e-mails and its search entry; fills in the new ids.
    void insert(CompanyRecord &record, qint64 importBatchId = 0);

    // Rows added to a company that is already stored (an import's merge). Call refreshSearch() after its phones.
    void insertContact(Contact &contact, qint64 importBatchId);
    void insertPhone(Phone &phone, qint64 importBatchId);
    void insertEmail(Email &email, qint64 importBatchId);
    void refreshSearch(qint64 companyId);
    // A note on the company's timeline (e.g. the comment column of a cold list).
    void insertNote(qint64 companyId, const QString &text, qint64 importBatchId);

private:
    void exec(QSqlQuery &query, const QVariantList &values, const char *what);

    DataContext m_context;
    QVariant m_now;
    QSqlQuery m_company;
    QSqlQuery m_contact;
    QSqlQuery m_phone;
    QSqlQuery m_email;
    QSqlQuery m_note;
    QSqlQuery m_search;
};

} // namespace voronka
