#pragma once

#include "ColumnValues.h"
#include "DataContext.h"
#include "SearchHashSize.h"
#include "domain/CompanyRecord.h"

#include <QStringList>
#include <QVariant>

#include <memory>

namespace voronka {

// Writes many rows fast: prepared statements are reused for every row, across the transactions the caller holds
// around many rows at a time (an import's steps). Phones must already be normalised (e164 filled where valid). Rows
// written for an import carry its batch id, so that the import can be undone.
//
// The statements run on SQLite's own handle (QSqlDriver::handle()) when the Qt driver runs the very SQLite library
// voronka_storage links (same version and source id): binding through QSqlQuery and QVariant costs more than SQLite's
// insert itself. Otherwise they run through QSqlQuery, slower and the same.
class CompanyBulkWriter
{
public:
    explicit CompanyBulkWriter(DataContext context);
    ~CompanyBulkWriter();
    CompanyBulkWriter(const CompanyBulkWriter &) = delete;
    CompanyBulkWriter &operator=(const CompanyBulkWriter &) = delete;

    // Inserts the record's company, contacts, phones and e-mails, its search entry (in the backlog for an import's
    // batch: SearchBacklog) and, without a batch, its 'created' audit row (an imported company's audit entry is its
    // batch), stored exactly as the repositories store them (CompanyColumns); fills in the new ids. Throws StorageError
    // InvalidData for a row the repositories would refuse (a company without a name ...).
    void insert(CompanyRecord &record, qint64 importBatchId = 0);

    // Rows added to a company that is already stored (an import's merge). Call refreshSearch() after its phones.
    void insertContact(Contact &contact, qint64 importBatchId);
    void insertPhone(Phone &phone, qint64 importBatchId);
    void insertEmail(Email &email, qint64 importBatchId);
    void refreshSearch(qint64 companyId);
    // A note on the company's timeline (e.g. the comment column of a cold list).
    void insertNote(qint64 companyId, const QString &text, qint64 importBatchId);

    // For a large batch (an import, the generator): more page cache and a larger FTS5 hash (SearchHashSize). Call
    // within the caller's (first) transaction, and finishBatch() within its last one.
    void beginBatch(qint64 expectedCompanies);
    void finishBatch();

    // True when the statements run on SQLite's handle directly (for the benchmarks).
    bool usesSqliteHandle() const;

private:
    struct Statements;

    DataContext m_context;
    QString m_now;
    std::unique_ptr<Statements> m_statements;
    ColumnValues m_values; // the row being written; its text is bound without a copy, so it lives here
    qint64 m_cacheSize = 0; // the connection's own, put back by the destructor
    bool m_cacheRaised = false;
    SearchHashSize m_searchHash;
};

} // namespace voronka
