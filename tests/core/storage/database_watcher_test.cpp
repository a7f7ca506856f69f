#include "domain/CompanyStage.h"
#include "storage/CompanyRepository.h"
#include "storage/DatabaseWatcher.h"
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
