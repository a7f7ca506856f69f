#include "TestDatabase.h"

#include "domain/Company.h"

namespace voronka::test {

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.voronka")))
{
    reopen();
}

void TestDatabase::reopen(const DatabaseOptions &options)
{
    m_db.reset();
    m_db = Database::open(m_path, options);
}

Company makeCompany(const QString &name, const QString &city)
{
    Company company;
    company.name = name;
    company.city = city;
    return company;
}

} // namespace voronka::test
