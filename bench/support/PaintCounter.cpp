#include "PaintCounter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace voronka::bench {

PaintCounter::PaintCounter(QTableView *table, QAbstractItemModel *model)
    : m_table(table)
    , m_model(model)
{
}

bool PaintCounter::waitForPaint(int paintsBefore, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wakeUp; // a pending timer keeps WaitForMoreEvents from sleeping past the deadline
    wakeUp.start(1000);
    while (m_paints == paintsBefore) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool PaintCounter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        const bool showsRows = m_model->rowCount() == 0 || m_table->rowAt(0) >= 0;
        if (showsRows)
            ++m_paints;
        if (qEnvironmentVariableIsSet("VORONKA_BENCH_DEBUG")) {
            std::fprintf(stderr, "paint: rows %d, top row %d%s\n", m_model->rowCount(), m_table->rowAt(0),
                         showsRows ? "" : " (not counted)");
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace voronka::bench
