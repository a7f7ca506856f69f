#include "CompanyKeyLookup.h"

#include "Database.h"
#include "SqlStatement.h"
#include "VisibleCompanies.h"

namespace voronka {

CompanyKeyLookup::CompanyKeyLookup(Database &db)
    : m_db(db)
{
}

qint64 CompanyKeyLookup::first(const QString &sql, const QString &key) const
{
    if (key.trimmed().isEmpty())
        return 0;
    const SqlCondition visible = VisibleCompanies::wholeBase(m_db).companyIdCondition(QStringLiteral("company_id"));
    SqlStatement select(m_db.connection(),
                        sql + (visible.sql.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql)
                            + QStringLiteral(" ORDER BY company_id LIMIT 1"));
    select.bind(key.trimmed());
    select.bindAll(visible.values).exec();
    const qint64 id = select.next() ? select.value(0).toLongLong() : 0;
    select.done();
    return id;
}

qint64 CompanyKeyLookup::byPhone(const QString &e164) const
{
    return first(QStringLiteral("SELECT company_id FROM phones WHERE e164 = ?"), e164);
}

qint64 CompanyKeyLookup::byInn(const QString &inn) const
{
    return first(QStringLiteral("SELECT id AS company_id FROM companies WHERE inn = ?"), inn);
}

qint64 CompanyKeyLookup::byEmail(const QString &address) const
{
    return first(QStringLiteral("SELECT company_id FROM emails WHERE address = ?"), address.toLower());
}

} // namespace voronka
