#include "DuplicateKeyReader.h"

#include "Database.h"
#include "SqlStatement.h"
#include "VisibleCompanies.h"

namespace voronka {

DuplicateKeyReader::DuplicateKeyReader(Database &db)
    : m_db(db)
{
}

DuplicateKeyReader::~DuplicateKeyReader() = default;

void DuplicateKeyReader::read(const QString &sql, const QString &companyColumn, const Visitor &visit) const
{
    // An unfinished import's companies may vanish with their batch: a row must not be merged into one or skipped
    // for one.
    const SqlCondition visible = VisibleCompanies::wholeBase(m_db).companyIdCondition(companyColumn);
    SqlStatement select(m_db.connection(), visible.sql.isEmpty() ? sql : sql + QStringLiteral(" AND ") + visible.sql);
    for (const QVariant &value : visible.values)
        select.bind(value);
    select.exec();
    while (select.next())
        visit(select.value(0).toString(), select.value(1).toLongLong());
}

void DuplicateKeyReader::readPhones(const Visitor &visit) const
{
    read(QStringLiteral("SELECT e164, company_id FROM phones WHERE e164 IS NOT NULL"), QStringLiteral("company_id"),
         visit);
}

void DuplicateKeyReader::readInns(const Visitor &visit) const
{
    read(QStringLiteral("SELECT inn, id FROM companies WHERE inn IS NOT NULL"), QStringLiteral("id"), visit);
}

void DuplicateKeyReader::readEmails(const Visitor &visit) const
{
    read(QStringLiteral("SELECT address, company_id FROM emails WHERE address IS NOT NULL"),
         QStringLiteral("company_id"), visit);
}

QString DuplicateKeyReader::companyName(qint64 companyId) const
{
    if (!m_nameQuery)
        m_nameQuery = std::make_unique<SqlStatement>(m_db.connection(),
                                                     QStringLiteral("SELECT name FROM companies WHERE id = ?"));
    m_nameQuery->bind(companyId).exec();
    const QString name = m_nameQuery->next() ? m_nameQuery->value(0).toString() : QString();
    m_nameQuery->done();
    return name;
}

} // namespace voronka
