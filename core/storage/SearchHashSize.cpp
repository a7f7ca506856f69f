#include "SearchHashSize.h"

#include "Database.h"
#include "SqlStatement.h"

namespace voronka {

namespace {
// Memory for a large batch, within the import's 300 MB (docs/performance.md, "Import").
constexpr qint64 largeHashBytes = 32 * 1024 * 1024;
constexpr qint64 defaultHashBytes = 1024 * 1024; // FTS5_DEFAULT_HASHSIZE
} // namespace

SearchHashSize::SearchHashSize(Database &db)
    : m_db(db)
{
}

void SearchHashSize::raise()
{
    if (m_raised)
        return;
    const QSqlDatabase db = m_db.connection();
    m_saved = SqlStatement::scalar(db, QStringLiteral("SELECT v FROM company_search_config WHERE k = 'hashsize'"));
    SqlStatement::run(db, QStringLiteral("INSERT INTO company_search (company_search, rank) VALUES ('hashsize', ?)"),
                      {largeHashBytes});
    m_raised = true;
}

void SearchHashSize::restore()
{
    if (!m_raised)
        return;
    const QSqlDatabase db = m_db.connection();
    SqlStatement::run(db, QStringLiteral("INSERT INTO company_search (company_search, rank) VALUES ('hashsize', ?)"),
                      {m_saved.isNull() ? QVariant(defaultHashBytes) : m_saved});
    if (m_saved.isNull())
        SqlStatement::run(db, QStringLiteral("DELETE FROM company_search_config WHERE k = 'hashsize'"));
    m_raised = false;
}

} // namespace voronka
