#pragma once

#include "CatchQt.h"
#include "FakeClock.h"
#include "domain/Company.h"
#include "domain/UserRole.h"
#include "storage/DataContext.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace voronka::test {

// A fresh Voronka base in its own temporary folder, with a fake clock; removed when the test ends.
class TestDatabase
{
public:
    TestDatabase();

    Database &db() { return *m_db; }
    FakeClock &clock() { return m_clock; }
    // Acting as the head user the schema creates.
    DataContext context() { return DataContext{*m_db, m_clock, m_userId}; }
    DataContext contextAs(qint64 userId) { return DataContext{*m_db, m_clock, userId}; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes the connection (for tests that must damage or lock the file) and opens it again.
    void close() { m_db.reset(); }
    void reopen(const DatabaseOptions &options = {});

private:
    QTemporaryDir m_dir;
    QString m_path;
    FakeClock m_clock;
    std::unique_ptr<Database> m_db;
    qint64 m_userId = 1;
};

// A Company with a name and a city, ready to create.
Company makeCompany(const QString &name, const QString &city = QString());
// Creates an active user in the base; returns its id.
qint64 createUser(TestDatabase &base, const QString &login, const QString &fullName, UserRole role);
// Creates a company at a stage with an owner (0: nobody), as a fixture: no stage rules apply; returns its id.
qint64 createCompany(TestDatabase &base, const QString &name, CompanyStage stage, qint64 ownerId);
// Gives a company a number to dial, already in E.164; returns the phone's id.
qint64 createPhone(TestDatabase &base, qint64 companyId, const QString &e164);

} // namespace voronka::test
