// The demo base's fill writes for seconds on a 1M base: between two of its commit steps it lets a colleague's
// waiting save in (WriteSteps::letWaitersIn), so that save does not wait for the whole fill.
#include "demo/DemoTimeline.h"
#include "domain/SettableClock.h"
#include "storage/CompanyRepository.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "support/TestDatabase.h"

#include <QSemaphore>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>

using namespace voronka;
using namespace voronka::test;

TEST_CASE("A save waiting while the demo timeline runs gets in between two of its commit steps",
          "[demo][busy][shared-file]")
{
    TestDatabase base;
    Company company = makeCompany(QStringLiteral("Shared"), QStringLiteral("start"));
    CompanyRepository(base.context()).create(company);

    // 300 steps of 5 ms of work each, committed about every 30 ms: without a pause after a commit, the timeline
    // begins its next transaction within microseconds and a waiting save, trying every few ms, almost never gets in.
    constexpr int steps = 300;
    constexpr int stepWorkMs = 5;
    constexpr int commitEveryMs = 30;
    std::atomic<int> stepsDone{0};
    QSemaphore running;
    QString failure;
    std::unique_ptr<QThread> fill(QThread::create([&] {
        try {
            auto db = Database::open(base.path());
            SettableClock clock;
            DemoTimeline timeline;
            const QDateTime start = QDateTime::currentDateTimeUtc();
            for (int step = 1; step <= steps; ++step) {
                timeline.add(start.addSecs(step), [&, step] {
                    SqlStatement::run(db->connection(), QStringLiteral("UPDATE companies SET city = ? WHERE id = 1"),
                                      {QStringLiteral("step %1").arg(step)});
                    if (step == 1)
                        running.release();
                    QThread::msleep(stepWorkMs);
                    ++stepsDone;
                });
            }
            timeline.run(*db, clock, commitEveryMs);
        } catch (const StorageError &error) {
            failure = error.message();
        }
        if (stepsDone == 0)
            running.release(); // never leave the test waiting for a fill that did not start
    }));
    fill->start();
    running.acquire();

    WriteTransaction save(base.db()); // waits: the timeline holds the write lock
    SqlStatement::run(base.db().connection(), QStringLiteral("UPDATE companies SET address = 'saved' WHERE id = 1"));
    save.commit();
    const int stepsBeforeSave = stepsDone;
    fill->wait();

    INFO(failure.toStdString());
    CHECK(failure.isEmpty());
    CHECK(stepsDone == steps);
    // Within a few commit steps (each about 6 of the timeline's steps), far from the end of the fill.
    INFO("the save got in after " << stepsBeforeSave << " of " << steps << " steps");
    CHECK(stepsBeforeSave <= 60);
    CHECK(base.db().busyStatistics().waits >= 1);
}
