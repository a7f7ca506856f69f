#include "DuplicateKeyReader.h"

#include "Database.h"
#include "SqlStatement.h"

namespace voronka {

DuplicateKeyReader::DuplicateKeyReader(Database &db)
    : m_db(db)
{
}

DuplicateKeyReader::~DuplicateKeyReader() = default;

void DuplicateKeyReader::read(const QString &sql, const Visitor &visit) const
{
    SqlStatement select(m_db.connection(), sql);
    select.exec();
    while (select.next())
        visit(select.value(0).toString(), select.value(1).toLongLong());
}

void DuplicateKeyReader::readPhones(const Visitor &visit) const
{
    read(QStringLiteral("SELECT e164, company_id FROM phones WHERE e164 IS NOT NULL"), visit);
}

void DuplicateKeyReader::readInns(const Visitor &visit) const
{
    read(QStringLiteral("SELECT inn, id FROM companies WHERE inn IS NOT NULL"), visit);
}

void DuplicateKeyReader::readEmails(const Visitor &visit) const
{
    read(QStringLiteral("SELECT address, company_id FROM emails"), visit);
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
