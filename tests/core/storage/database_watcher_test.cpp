#include "domain/CompanyStage.h"
#include "storage/CompanyRepository.h"
#include "storage/DatabaseWatcher.h"
#include "storage/SqlStatement.h"
#include "support/TestDatabase.h"

#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
// Writes to the test base through a second connection, as another desktop would.
void writeElsewhere(TestDatabase &base, const QString &name)
{
    auto otherDesktop = Database::open(base.path());
    DataContext other{*otherDesktop, base.clock(), 1};
    Company company = makeCompany(name);
    CompanyRepository(other).create(company);
}
} // namespace

TEST_CASE("The database watcher signals another connection's commits, not its own", "[storage][watcher]")
{
    TestDatabase base;
    DatabaseWatcher watcher(base.db());
    int changed = 0;
    QObject::connect(&watcher, &DatabaseWatcher::changedElsewhere, [&changed] { ++changed; });
    CHECK(watcher.isActive());
    CHECK(watcher.intervalMs() == DatabaseWatcher::defaultIntervalMs);

    watcher.checkNow();
    CHECK(changed == 0);

    createCompany(base, QStringLiteral("Own write"), CompanyStage::Cold, 0);
    watcher.checkNow();
    CHECK(changed == 0);

    writeElsewhere(base, QStringLiteral("Written elsewhere"));
    watcher.checkNow();
    CHECK(changed == 1);

    // Seen once: the next check finds nothing new.
    watcher.checkNow();
    CHECK(changed == 1);
}

TEST_CASE("The database watcher's timer raises the signal through the event loop", "[storage][watcher]")
{
    TestDatabase base;
    DatabaseWatcher watcher(base.db());
    watcher.setIntervalMs(10);
    int changed = 0;
    QObject::connect(&watcher, &DatabaseWatcher::changedElsewhere, [&changed] { ++changed; });

    writeElsewhere(base, QStringLiteral("Written elsewhere"));
    QEventLoop loop;
    QObject::connect(&watcher, &DatabaseWatcher::changedElsewhere, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(changed == 1);

    watcher.stop();
    CHECK_FALSE(watcher.isActive());
}

TEST_CASE("The database watcher does not wait while another connection holds the base", "[storage][watcher]")
{
    TestDatabase base;
    DatabaseWatcher watcher(base.db());
    int changed = 0;
    QObject::connect(&watcher, &DatabaseWatcher::changedElsewhere, [&changed] { ++changed; });
    const qint64 waitsBefore = base.db().busyStatistics().waits;

    // Another desktop in the middle of a commit: in rollback-journal mode no one may read until it is done.
    auto otherDesktop = Database::open(base.path());
    SqlStatement::run(otherDesktop->connection(), QStringLiteral("BEGIN EXCLUSIVE"));
    watcher.checkNow();
    CHECK(changed == 0);
    // The window's connection did not wait for the lock (it would have, up to the busy timeout).
    CHECK(base.db().busyStatistics().waits == waitsBefore);

    // Skipping a check loses nothing: the next one sees the commit.
    SqlStatement::run(otherDesktop->connection(), QStringLiteral("COMMIT"));
    watcher.checkNow();
    CHECK(changed == 0);
    writeElsewhere(base, QStringLiteral("Written elsewhere"));
    watcher.checkNow();
    CHECK(changed == 1);
    CHECK(base.db().busyStatistics().waits == waitsBefore);
}
