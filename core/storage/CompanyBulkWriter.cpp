#include "CompanyBulkWriter.h"

#include "AuditLog.h"
#include "CompanyColumns.h"
#include "CompanySearchIndex.h"
#include "Database.h"
#include "SearchHashSize.h"
#include "SqlStatement.h"
#include "SqliteHandle.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "domain/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace voronka {

namespace {

// SQLite's handle under Qt's connection, when it belongs to the SQLite library linked here (SqliteHandle.h).
sqlite3 *sqliteHandle(Database &db)
{
    return sqliteHandleOf(db.connection());
}

// One prepared INSERT, reused for every row: on SQLite's handle when it may be used, else through QSqlQuery.
// Text is bound without a copy, so every QString bound must live until run().
class BulkInsert
{
public:
    BulkInsert(sqlite3 *handle, const QSqlDatabase &db, const char *what)
        : m_handle(handle)
        , m_db(db)
        , m_what(what)
    {
    }
    BulkInsert(sqlite3 *handle, const QSqlDatabase &db, const char *what, const QString &sql)
        : BulkInsert(handle, db, what)
    {
        prepare(sql);
    }
    ~BulkInsert() { sqlite3_finalize(m_statement); }
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    bool isPrepared() const { return m_prepared; }
    void prepare(const QString &sql)
    {
        if (m_handle) {
            if (sqlite3_prepare16_v3(m_handle, sql.utf16(), int(sql.size() * 2), SQLITE_PREPARE_PERSISTENT,
                                     &m_statement, nullptr)
                != SQLITE_OK)
                fail();
        } else {
            m_query = QSqlQuery(m_db);
            if (!m_query.prepare(sql))
                throw StorageError::fromSqlError(m_query.lastError(), QString::fromLatin1(m_what));
        }
        m_prepared = true;
    }

    // A null QString binds NULL, as Qt's driver binds it; an empty one binds ''.
    void text(int index, const QString &value)
    {
        if (!m_handle)
            m_query.bindValue(index, value);
        else if (value.isNull())
            sqlite3_bind_null(m_statement, index + 1);
        else
            sqlite3_bind_text16(m_statement, index + 1, value.utf16(), int(value.size() * 2), SQLITE_STATIC);
    }
    void integer(int index, qint64 value)
    {
        if (m_handle)
            sqlite3_bind_int64(m_statement, index + 1, value);
        else
            m_query.bindValue(index, value);
    }
    void idOrNull(int index, qint64 id)
    {
        if (id == 0)
            null(index);
        else
            integer(index, id);
    }
    void null(int index)
    {
        if (m_handle)
            sqlite3_bind_null(m_statement, index + 1);
        else
            m_query.bindValue(index, QVariant(QMetaType(QMetaType::QString)));
    }
    // Binds a row's values in their order; they must live until run().
    void bind(const ColumnValues &values)
    {
        for (int index = 0; index < int(values.size()); ++index) {
            const ColumnValues::Value &value = values.value(index);
            if (const QString *text = std::get_if<QString>(&value))
                this->text(index, *text);
            else if (const qint64 *number = std::get_if<qint64>(&value))
                integer(index, *number);
            else
                null(index);
        }
    }

    // Runs the insert; the new row's id.
    qint64 run()
    {
        if (!m_handle) {
            if (!m_query.exec())
                throw StorageError::fromSqlError(m_query.lastError(), QString::fromLatin1(m_what));
            return m_query.lastInsertId().toLongLong();
        }
        const int result = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (result != SQLITE_DONE)
            fail();
        return sqlite3_last_insert_rowid(m_handle);
    }

private:
    [[noreturn]] void fail()
    {
        // Through QSqlError, so that a raw failure is classified exactly as one through the driver.
        const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
                              QString::number(sqlite3_extended_errcode(m_handle)));
        throw StorageError::fromSqlError(error, QString::fromLatin1(m_what));
    }

    sqlite3 *m_handle;
    QSqlDatabase m_db;
    const char *m_what;
    bool m_prepared = false;
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query;
};

// Inserts a row of a company record: its values as CompanyColumns gives them, then the import's batch and the
// creation stamp. The statement is prepared from the first row it writes (every row names the same columns).
qint64 insertRow(BulkInsert &insert, const char *table, ColumnValues &values, qint64 importBatchId, const QString &now,
                 qint64 userId)
{
    values.idOrNull("import_batch_id", importBatchId);
    values.creationStamp(now, userId);
    if (!insert.isPrepared())
        insert.prepare(values.insertStatement(table));
    insert.bind(values);
    return insert.run();
}

// Memory for a large batch, within the import's 300 MB (docs/performance.md, "Import").
constexpr qint64 batchCacheKiB = 64 * 1024;

} // namespace

struct CompanyBulkWriter::Statements
{
    Statements(sqlite3 *sqlite, const QSqlDatabase &db)
        : handle(sqlite)
        , company(sqlite, db, "insert company")
        , contact(sqlite, db, "insert contact")
        , phone(sqlite, db, "insert phone")
        , email(sqlite, db, "insert e-mail")
        , note(sqlite, db, "insert note",
               QStringLiteral("INSERT INTO activities (company_id, user_id, kind, occurred_at, note, import_batch_id, "
                              "created_at) VALUES (?, ?, 'note', ?, ?, ?, ?)"))
        , search(sqlite, db, "index company", QStringLiteral("INSERT INTO company_search (rowid, text) VALUES (?, ?)"))
        , waiting(sqlite, db, "queue company for the search index",
                  QStringLiteral("INSERT INTO search_backlog (company_id, text) VALUES (?, ?)"))
        , created(sqlite, db, "audit company", AuditLog::companyCreatedStatement())
    {
    }

    sqlite3 *handle;
    BulkInsert company;
    BulkInsert contact;
    BulkInsert phone;
    BulkInsert email;
    BulkInsert note;
    BulkInsert search;
    BulkInsert waiting;
    BulkInsert created;
};

CompanyBulkWriter::CompanyBulkWriter(DataContext context)
    : m_context(context)
    // One time for the whole batch: rows written together carry the same stamp.
    , m_now(toStoredTime(context.clock.nowUtc()).toString())
    , m_statements(std::make_unique<Statements>(sqliteHandle(context.db), context.db.connection()))
    , m_searchHash(context.db)
{
}

CompanyBulkWriter::~CompanyBulkWriter()
{
    if (m_cacheRaised) {
        // The page cache is the connection's, not the transaction's: give back the memory whatever happened.
        try {
            SqlStatement::run(m_context.db.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
        } catch (const StorageError &) {
        }
    }
}

void CompanyBulkWriter::beginBatch(qint64 expectedCompanies)
{
    const QSqlDatabase db = m_context.db.connection();

    // SQLite's default page cache (2 MB) is far smaller than the indexes a large batch writes into: pages are
    // written out and read back again and again within the transaction.
    m_cacheSize = SqlStatement::scalar(db, QStringLiteral("PRAGMA cache_size")).toLongLong();
    const qint64 pageSize = SqlStatement::scalar(db, QStringLiteral("PRAGMA page_size")).toLongLong();
    const qint64 cacheKiB = m_cacheSize < 0 ? -m_cacheSize : m_cacheSize * pageSize / 1024; // negative: KiB
    if (!m_cacheRaised && cacheKiB < batchCacheKiB) {
        SqlStatement::run(db, QStringLiteral("PRAGMA cache_size = -%1").arg(batchCacheKiB));
        m_cacheRaised = true;
    }

    // For the search index, when rows go straight into it (without a batch: the demo's, the bench generator's).
    m_searchHash.raise();

    // The indexes stay: an import commits in steps of a quarter of a second (ImportService), and no rebuild of an
    // index over a big base fits in one. (expectedCompanies is kept for the settings a large batch may want.)
    Q_UNUSED(expectedCompanies)
}

void CompanyBulkWriter::finishBatch()
{
    m_searchHash.restore();
}

bool CompanyBulkWriter::usesSqliteHandle() const
{
    return m_statements->handle != nullptr;
}

void CompanyBulkWriter::insert(CompanyRecord &record, qint64 importBatchId)
{
    Company &company = record.company;
    if (company.collectedBy == 0)
        company.collectedBy = m_context.userId; // the importing person collected it, unless a collector was chosen
    m_values.clear();
    CompanyColumns::created(company, m_values);
    // The search entry is made of what is stored, as CompanySearchIndex::refresh() makes it for a typed company.
    const QString name = m_values.textOf("name");
    const QString city = m_values.textOf("city");
    const QString inn = m_values.textOf("inn");
    company.id = insertRow(m_statements->company, "companies", m_values, importBatchId, m_now, m_context.userId);
    company.version = 1;
    if (importBatchId == 0) {
        // An imported company's audit entry is its batch; any other gets its own row (012_import_audit.sql).
        BulkInsert &created = m_statements->created;
        created.integer(0, company.id);
        created.integer(1, company.id);
        created.idOrNull(2, m_context.userId);
        created.text(3, m_now);
        created.text(4, name);
        created.run();
    }

    // Children of a new company go with it when it is deleted, so they need no batch id of their own.
    for (Contact &contact : record.contacts) {
        contact.companyId = company.id;
        insertContact(contact, 0);
    }
    QStringList numbers;
    numbers.reserve(record.phones.size());
    for (int position = 0; position < record.phones.size(); ++position) {
        Phone &phone = record.phones[position];
        phone.companyId = company.id;
        phone.position = position;
        insertPhone(phone, 0);
        const QString e164 = m_values.textOf("e164");
        numbers.append(e164.isNull() ? m_values.textOf("raw") : e164);
    }
    for (Email &email : record.emails) {
        email.companyId = company.id;
        insertEmail(email, 0);
    }
    const QString text = CompanySearchIndex::searchText(name, city, inn, numbers);
    // An import's companies wait for the index until the batch has landed (SearchBacklog); a few hundred bytes
    // appended to a table by id cost a fraction of the trigram index's entries.
    BulkInsert &search = importBatchId == 0 ? m_statements->search : m_statements->waiting;
    search.integer(0, company.id);
    search.text(1, text);
    search.run();
}

void CompanyBulkWriter::insertContact(Contact &contact, qint64 importBatchId)
{
    m_values.clear();
    CompanyColumns::created(contact, m_values);
    contact.id = insertRow(m_statements->contact, "contacts", m_values, importBatchId, m_now, m_context.userId);
    contact.version = 1;
}

void CompanyBulkWriter::insertPhone(Phone &phone, qint64 importBatchId)
{
    m_values.clear();
    CompanyColumns::created(phone, m_values);
    phone.id = insertRow(m_statements->phone, "phones", m_values, importBatchId, m_now, m_context.userId);
    phone.version = 1;
}

void CompanyBulkWriter::insertEmail(Email &email, qint64 importBatchId)
{
    m_values.clear();
    CompanyColumns::created(email, m_values);
    email.id = insertRow(m_statements->email, "emails", m_values, importBatchId, m_now, m_context.userId);
    email.version = 1;
}

void CompanyBulkWriter::insertNote(qint64 companyId, const QString &text, qint64 importBatchId)
{
    BulkInsert &insert = m_statements->note;
    insert.integer(0, companyId);
    insert.idOrNull(1, m_context.userId);
    insert.text(2, m_now);
    insert.text(3, text);
    insert.idOrNull(4, importBatchId);
    insert.text(5, m_now);
    insert.run();
}

void CompanyBulkWriter::refreshSearch(qint64 companyId)
{
    CompanySearchIndex(m_context.db).refresh(companyId);
}

} // namespace voronka
