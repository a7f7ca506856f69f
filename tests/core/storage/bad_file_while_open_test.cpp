// What happens to an open base when the file changes under it: the share turns read-only or goes away, the file is
// deleted or cut short, a write is torn, the disk fills up (the faults of the disk come from FaultyDisk, so that
// every machine runs them, mounting allowed or not). Voronka must refuse the write with a StorageError a person can
// read, keep what was stored before, and never acknowledge a write that did not land.
#include "storage/CompanyRepository.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "support/BadFiles.h"
#include "support/FaultyDisk.h"
#include "support/TestDatabase.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <optional>

using namespace voronka;
using namespace voronka::test;

namespace {
qint64 companyCount(Database &db)
{
    return SqlStatement::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM companies")).toLongLong();
}

// Tries to store a company; the error when it is refused.
std::optional<StorageError> tryCreate(TestDatabase &base, const QString &name)
{
    try {
        Company company = makeCompany(name, QStringLiteral("Moscow"));
        CompanyRepository(base.context()).create(company);
    } catch (const StorageError &error) {
        return error;
    }
    return std::nullopt;
}
} // namespace

TEST_CASE("A base whose folder turns read-only while open refuses writes and keeps its rows",
          "[storage][database][bad-input]")
{
    // A share remounted read-only under the open base: the journal cannot be created, the file not written.
    TestDatabase base;
    FaultyDisk faults(base.dir());
    base.reopen(); // through the faulty disk
    REQUIRE_FALSE(tryCreate(base, QStringLiteral("Before")));

    faults.setFault(FaultyDisk::Fault::ReadOnly);
    const auto refused = tryCreate(base, QStringLiteral("While read-only"));
    REQUIRE(refused);
    INFO(refused->message().toStdString());
    CHECK(faults.failures() > 0);
    CHECK((refused->kind() == StorageError::Kind::ReadOnly || refused->kind() == StorageError::Kind::PermissionDenied));
    CHECK(refused->message().contains(QStringLiteral("read-only")));
    CHECK(companyCount(base.db()) == 1);
    CHECK(base.db().transactionDepth() == 0);

    // Writable again: the same open base takes the write the user retries.
    faults.setFault(FaultyDisk::Fault::None);
    CHECK_FALSE(tryCreate(base, QStringLiteral("After")));
    base.reopen();
    CHECK(companyCount(base.db()) == 2);
}

TEST_CASE("A base on a share that went away refuses writes and reads, and has its rows when it is back",
          "[storage][database][bad-input]")
{
    TestDatabase base;
    FaultyDisk faults(base.dir());
    base.reopen(); // through the faulty disk
    REQUIRE_FALSE(tryCreate(base, QStringLiteral("Before")));

    faults.setFault(FaultyDisk::Fault::Vanished);
    const auto refused = tryCreate(base, QStringLiteral("While away"));
    REQUIRE(refused);
    INFO(refused->message().toStdString());
    CHECK(faults.failures() > 0);
    CHECK((refused->kind() == StorageError::Kind::Io || refused->kind() == StorageError::Kind::PermissionDenied));
    CHECK((refused->message().startsWith(QStringLiteral("The base file could not be read or written"))
           || refused->message().startsWith(QStringLiteral("The base file cannot be reached"))));
    CHECK(base.db().transactionDepth() == 0);

    faults.setFault(FaultyDisk::Fault::None);
    base.reopen();
    CHECK(companyCount(base.db()) == 1);
    CHECK_FALSE(tryCreate(base, QStringLiteral("After")));
    CHECK(companyCount(base.db()) == 2);
}

TEST_CASE("A torn write is refused, rolled back from the journal and leaves the stored rows intact",
          "[storage][database][bad-input]")
{
    TestDatabase base;
    FaultyDisk faults(base.dir());
    base.reopen(); // through the faulty disk
    for (int i = 0; i < 20; ++i)
        REQUIRE_FALSE(tryCreate(base, QStringLiteral("Company %1").arg(i)));

    faults.setFault(FaultyDisk::Fault::ShortWrite);
    const auto refused = tryCreate(base, QStringLiteral("Torn"));
    REQUIRE(refused);
    INFO(refused->message().toStdString());
    CHECK(faults.failures() == 1);
    CHECK(refused->kind() == StorageError::Kind::Io);
    CHECK(refused->message().startsWith(QStringLiteral("The base file could not be read or written")));
    CHECK(base.db().transactionDepth() == 0);

    base.reopen();
    CHECK(companyCount(base.db()) == 20);
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("PRAGMA integrity_check")).toString()
          == QStringLiteral("ok"));
    CHECK_FALSE(tryCreate(base, QStringLiteral("Retried")));
    CHECK(companyCount(base.db()) == 21);
}

TEST_CASE("A base deleted while open refuses writes instead of writing into the deleted file",
          "[storage][database][bad-input]")
{
    TestDatabase base;
    REQUIRE_FALSE(tryCreate(base, QStringLiteral("Before")));
    REQUIRE(QFile::remove(base.path()));

    // On POSIX the open handle still reaches the deleted file: a write that succeeded would be acknowledged and
    // then vanish with the last handle. SQLite notices the file has gone and refuses.
    const auto refused = tryCreate(base, QStringLiteral("Into the void"));
    REQUIRE(refused);
    INFO(refused->message().toStdString());
    CHECK(refused->kind() == StorageError::Kind::ReadOnly);
    CHECK(refused->message().contains(QStringLiteral("moved or deleted")));
    CHECK(base.db().transactionDepth() == 0);
    CHECK_FALSE(QFile::exists(base.path()));
}

TEST_CASE("A base cut short while open reports damage instead of reading or writing garbage",
          "[storage][database][bad-input]")
{
    TestDatabase base;
    for (int i = 0; i < 300; ++i)
        REQUIRE_FALSE(tryCreate(base, QStringLiteral("Company %1 ").arg(i) + QString(1000, QLatin1Char('x'))));
    base.reopen(); // nothing of the table in this connection's cache
    QFile file(base.path());
    REQUIRE(file.resize(file.size() / 2)); // another program, or a copy over the share stopped half-way

    std::optional<StorageError> read;
    try {
        SqlStatement names(base.db().connection(), QStringLiteral("SELECT name FROM companies"));
        names.exec();
        while (names.next()) { }
    } catch (const StorageError &error) {
        read = error;
    }
    REQUIRE(read);
    INFO(read->message().toStdString());
    CHECK(read->kind() == StorageError::Kind::Damaged);
    CHECK(read->message().startsWith(QStringLiteral("The base file is damaged. Restore the latest good backup.")));
    const auto written = tryCreate(base, QStringLiteral("On a cut file"));
    REQUIRE(written);
    INFO(written->message().toStdString());
    CHECK(written->kind() == StorageError::Kind::Damaged);
    CHECK(base.db().transactionDepth() == 0);
}

TEST_CASE("A full disk refuses the write that does not fit and keeps every row stored before",
          "[storage][database][bad-input]")
{
    TestDatabase base;
    FaultyDisk faults(base.dir());
    base.reopen(); // through the faulty disk
    const QString filler(4000, QLatin1Char('x'));
    const auto create = [&](int i) {
        Company company = makeCompany(QStringLiteral("Company %1").arg(i), QStringLiteral("Moscow"));
        company.address = filler;
        CompanyRepository(base.context()).create(company);
    };
    for (int i = 0; i < 50; ++i)
        create(i);

    faults.setFault(FaultyDisk::Fault::Full);
    std::optional<StorageError> full;
    try {
        create(50);
    } catch (const StorageError &error) {
        full = error;
    }
    REQUIRE(full);
    INFO(full->message().toStdString());
    CHECK(faults.failures() > 0);
    CHECK(full->kind() == StorageError::Kind::DiskFull);
    CHECK(full->message().startsWith(QStringLiteral("The change was not saved: the disk holding the base is full.")));
    CHECK(base.db().transactionDepth() == 0);
    CHECK(companyCount(base.db()) == 50);

    // Space freed: the rows are all there, the file intact, and the retried write lands.
    faults.setFault(FaultyDisk::Fault::None);
    base.reopen();
    CHECK(companyCount(base.db()) == 50);
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("PRAGMA integrity_check")).toString()
          == QStringLiteral("ok"));
    create(50);
    CHECK(companyCount(base.db()) == 51);
}
