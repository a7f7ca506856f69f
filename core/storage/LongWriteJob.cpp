#include "LongWriteJob.h"

#include "BusyWaiter.h"

#include <QThread>

namespace voronka {

void LongWriteJob::letWaitersIn()
{
    QThread::msleep(BusyWaiter::longestPauseMs + 1);
}

} // namespace voronka
