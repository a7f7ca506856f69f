#include "storage/CompanyRepository.h"
#include "storage/Database.h"
#include "storage/ParallelRead.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "support/TestDatabase.h"

#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>
#include <semaphore>

using namespace voronka;
using voronka::test::makeCompany;
using voronka::test::TestDatabase;

namespace {

qint64 companies(Database &db)
{
    return SqlStatement::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM companies")).toLongLong();
}

} // namespace

TEST_CASE("A parallel read runs on its own thread and read-only connection, with the caller's viewer",
          "[storage][parallel]")
{
    TestDatabase base;
    Company company = makeCompany(QStringLiteral("Альфа"), QStringLiteral("Омск"));
    CompanyRepository(base.context()).create(company);
    User caller;
    caller.id = 7;
    base.db().setViewer(Viewer::of(caller, false));

    qint64 read = -1;
    bool sameThread = true;
    bool sameConnection = true;
    bool readOnly = false;
    qint64 viewerId = 0;
    QThread *const callerThread = QThread::currentThread();
    ParallelRead parallel(base.db(), [&](Database &db) {
        read = companies(db);
        sameThread = QThread::currentThread() == callerThread;
        sameConnection = db.connection().connectionName() == base.db().connection().connectionName();
        readOnly = db.isReadOnly();
        viewerId = db.viewer().userId();
    });
    parallel.wait();
    CHECK(read == 1);
    CHECK(viewerId == 7);
    if (QThread::idealThreadCount() >= 2) {
        CHECK(parallel.isParallel());
        CHECK_FALSE(sameThread);
        CHECK_FALSE(sameConnection);
        CHECK(readOnly);
    } else {
        CHECK_FALSE(parallel.isParallel());
        CHECK(sameConnection);
    }
}

TEST_CASE("Inside a transaction a parallel read runs on the caller's connection and sees its changes",
          "[storage][parallel]")
{
    TestDatabase base;
    WriteTransaction transaction(base.db());
    Company company = makeCompany(QStringLiteral("Бета"), QStringLiteral("Томск"));
    CompanyRepository(base.context()).create(company);

    qint64 read = -1;
    ParallelRead parallel(base.db(), [&](Database &db) { read = companies(db); });
    CHECK_FALSE(parallel.isParallel());
    CHECK(read == -1); // not run before wait()
    parallel.wait();
    CHECK(read == 1); // another connection would see none: the company is not committed
    transaction.commit();
}

TEST_CASE("What a parallel read throws comes out of wait()", "[storage][parallel]")
{
    TestDatabase base;
    ParallelRead parallel(base.db(), [](Database &db) {
        SqlStatement::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM no_such_table"));
    });
    CHECK_THROWS_AS(parallel.wait(), StorageError);
}

TEST_CASE("A parallel read left without wait() is waited for when it goes", "[storage][parallel]")
{
    TestDatabase base;
    std::atomic<bool> finished = false;
    std::binary_semaphore go(0);
    bool parallelRead = false;
    {
        ParallelRead parallel(base.db(), [&](Database &) {
            go.acquire();
            finished = true;
        });
        parallelRead = parallel.isParallel();
        go.release();
        // The caller leaves (an exception of its own) before wait(): the read must not outlive what it writes to. One
        // that would run on the caller's connection is not run at all.
    }
    CHECK(finished == parallelRead);
}
