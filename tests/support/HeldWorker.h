#pragma once

#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <functional>

namespace voronka::test {

// Holds a window's background job (BackgroundBackup, BackgroundTaskSweep: any Worker with a static
// setGateForTest(std::function<void(const std::function<bool()> &stop)>)) on its worker thread until released or
// stopped; says when the worker got there, and on which thread.
template<typename Worker>
struct HeldWorker
{
    QSemaphore arrived;
    QSemaphore released;
    std::atomic<QThread *> thread = nullptr;

    HeldWorker()
    {
        Worker::setGateForTest([this](const std::function<bool()> &stop) {
            thread = QThread::currentThread();
            arrived.release();
            while (!stop() && !released.tryAcquire(1, 10)) { }
        });
    }
    ~HeldWorker() { Worker::setGateForTest({}); }
    HeldWorker(const HeldWorker &) = delete;
    HeldWorker &operator=(const HeldWorker &) = delete;
};

} // namespace voronka::test
