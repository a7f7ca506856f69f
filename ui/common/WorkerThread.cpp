#include "WorkerThread.h"

#include <QMutexLocker>
#include <QThread>

#include <utility>

namespace voronka {

WorkerThread::WorkerThread(QString name)
    : m_name(std::move(name))
{
}

WorkerThread::~WorkerThread()
{
    stop();
}

bool WorkerThread::start(Job job)
{
    if (isRunning())
        return false;
    wait(); // one that ended already (or is past its report): only its return may still be on its way
    m_finished = false;
    auto stopFlag = std::make_shared<std::atomic_bool>(false);
    m_stop = stopFlag;
    m_thread.reset(QThread::create([job = std::move(job), stopFlag] { job([stopFlag] { return stopFlag->load(); }); }));
    m_thread->setObjectName(m_name);
    m_thread->start();
    return true;
}

bool WorkerThread::isRunning() const
{
    return m_thread && m_thread->isRunning() && !m_finished;
}

void WorkerThread::reportFinished()
{
    m_finished = true;
}

void WorkerThread::stop()
{
    if (m_stop)
        m_stop->store(true);
    wait();
}

void WorkerThread::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread.reset();
}

void WorkerTestGate::set(Gate gate)
{
    const QMutexLocker lock(&m_mutex);
    m_gate = std::move(gate);
}

void WorkerTestGate::pass(const WorkerThread::Stopped &stopped) const
{
    Gate gate;
    {
        const QMutexLocker lock(&m_mutex);
        gate = m_gate;
    }
    if (gate)
        gate(stopped);
}

} // namespace voronka
