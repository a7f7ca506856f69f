#include "WriteSteps.h"

#include "BusyWaiter.h"
#include "WriteTransaction.h"

#include <QThread>

#include <algorithm>

namespace voronka {

namespace {
constexpr qint64 firstLimit = 256;
constexpr qint64 largestLimit = 1 << 20;
} // namespace

WriteSteps::WriteSteps(Database &db, StepPacing pacing)
    : m_db(db)
    , m_pacing(pacing)
{
    m_step.start();
}

qint64 WriteSteps::repeat(const std::function<qint64(qint64 limit)> &chunk, const std::function<void()> &inEachStep)
{
    qint64 limit = firstLimit;
    qint64 total = 0;
    for (;;) {
        restart();
        WriteTransaction transaction(m_db);
        const qint64 done = chunk(limit);
        if (inEachStep)
            inEachStep();
        commit(transaction);
        total += done;
        if (done < limit)
            return total;
        // What a row costs depends on the base (its size, its cache, the disk): measure it step by step.
        const qint64 elapsed = m_step.elapsed();
        if (elapsed * 2 < m_pacing.stepMs)
            limit = std::min(limit * 2, largestLimit);
        else if (elapsed > m_pacing.stepMs)
            limit = std::max<qint64>(1, limit / 2);
        pause();
    }
}

void WriteSteps::commit(WriteTransaction &transaction)
{
    QElapsedTimer timer;
    timer.start();
    transaction.commit();
    m_lastCommitMs = timer.elapsed();
}

void WriteSteps::pause() const
{
    if (m_pacing.letWaitersIn)
        letWaitersIn();
}

void WriteSteps::letWaitersIn()
{
    QThread::msleep(BusyWaiter::longestPauseMs + 1);
}

} // namespace voronka
