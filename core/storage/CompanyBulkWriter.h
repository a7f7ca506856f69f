#pragma once

#include "CompanyRecord.h"
#include "DataContext.h"

#include <QSqlQuery>

namespace voronka {

// Writes many new companies fast: prepared statements are reused for every row and the caller holds one
// WriteTransaction around the whole lot. Phones must already be normalised (e164 filled where valid).
class CompanyBulkWriter
{
public:
    explicit CompanyBulkWriter(DataContext context);

    // Inserts the record's company, contacts and phones and its search entry; fills in the new ids.
    void insert(CompanyRecord &record, qint64 importBatchId = 0);

private:
    void exec(QSqlQuery &query, const char *what);

    DataContext m_context;
    QSqlQuery m_company;
    QSqlQuery m_contact;
    QSqlQuery m_phone;
    QSqlQuery m_search;
};

} // namespace voronka
