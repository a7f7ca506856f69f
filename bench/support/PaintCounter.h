#pragma once

#include <QObject>

class QAbstractItemModel;
class QTableView;

namespace voronka::bench {

// Counts the paint events of a table's viewport that draw rows: right after a model reset the view may paint
// once before it has laid the new rows out, and that paint shows nothing yet. Install it on table->viewport().
// VORONKA_BENCH_DEBUG=1 logs every paint.
class PaintCounter : public QObject
{
public:
    PaintCounter(QTableView *table, QAbstractItemModel *model);
    int paints() const { return m_paints; }

    // Processes events until the viewport has painted again after paintsBefore (the paint and the flush that
    // follows it are done when this returns). False on timeout.
    bool waitForPaint(int paintsBefore, int timeoutMs = 120000) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    QAbstractItemModel *m_model;
    int m_paints = 0;
};

} // namespace voronka::bench
