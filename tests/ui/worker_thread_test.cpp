#include "common/WorkerThread.h"

#include <QSemaphore>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>

using namespace voronka;

TEST_CASE("A worker thread runs one job at a time off the caller's thread, and stop asks the job and waits for it",
          "[ui][background]")
{
    WorkerThread worker(QStringLiteral("testJob"));
    QSemaphore started;
    std::atomic<const QThread *> ranOn{nullptr};
    std::atomic<bool> sawStop{false};
    const auto job = [&](const WorkerThread::Stopped &stopped) {
        ranOn = QThread::currentThread();
        started.release();
        while (!stopped())
            QThread::yieldCurrentThread();
        sawStop = true;
    };
    REQUIRE(worker.start(job));
    started.acquire();
    CHECK(worker.isRunning());
    CHECK(ranOn.load() != QThread::currentThread());
    // A second job while the first runs is refused.
    CHECK_FALSE(worker.start([](const WorkerThread::Stopped &) {}));

    worker.stop();
    CHECK(sawStop);
    CHECK_FALSE(worker.isRunning());

    // Stopped, it takes the next job, whose stop flag is fresh.
    std::atomic<bool> stoppedAtStart{true};
    REQUIRE(worker.start([&](const WorkerThread::Stopped &stopped) { stoppedAtStart = stopped(); }));
    worker.wait();
    CHECK_FALSE(stoppedAtStart);
}

TEST_CASE("A worker's test gate is passed on the worker before the job, with the job's stop question",
          "[ui][background][seams]")
{
    WorkerTestGate gate;
    std::atomic<const QThread *> gateThread{nullptr};
    std::atomic<bool> stoppedInGate{true};
    gate.set([&](const WorkerThread::Stopped &stopped) {
        gateThread = QThread::currentThread();
        stoppedInGate = stopped();
    });
    WorkerThread worker(QStringLiteral("gatedJob"));
    std::atomic<bool> jobRan{false};
    REQUIRE(worker.start([&](const WorkerThread::Stopped &stopped) {
        gate.pass(stopped);
        jobRan = true;
    }));
    worker.wait();
    CHECK(jobRan);
    CHECK(gateThread.load() != nullptr);
    CHECK(gateThread.load() != QThread::currentThread());
    CHECK_FALSE(stoppedInGate);

    // Without a gate set, passing it does nothing.
    gate.set({});
    gateThread = nullptr;
    REQUIRE(worker.start([&](const WorkerThread::Stopped &stopped) { gate.pass(stopped); }));
    worker.wait();
    CHECK(gateThread.load() == nullptr);
}
