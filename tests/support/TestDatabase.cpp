#include "TestDatabase.h"

#include "domain/Company.h"
#include "domain/User.h"
#include "storage/CompanyRepository.h"
#include "storage/PhoneRepository.h"
#include "storage/UserRepository.h"

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

qint64 createUser(TestDatabase &base, const QString &login, const QString &fullName, UserRole role)
{
    User user;
    user.login = login;
    user.fullName = fullName;
    user.role = role;
    UserRepository(base.context()).create(user);
    return user.id;
}

qint64 createCompany(TestDatabase &base, const QString &name, CompanyStage stage, qint64 ownerId)
{
    Company company = makeCompany(name);
    company.stage = stage;
    company.ownerId = ownerId;
    CompanyRepository(base.context()).create(company);
    return company.id;
}

qint64 createPhone(TestDatabase &base, qint64 companyId, const QString &e164)
{
    Phone phone;
    phone.companyId = companyId;
    phone.raw = e164;
    phone.e164 = e164;
    PhoneRepository(base.context()).create(phone);
    return phone.id;
}

} // namespace voronka::test
