#pragma once

#include "storage/MeetingListQuery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace voronka {

// The meetings as read by MeetingListQuery, one row each, in MeetingsView's columns; read-only. A meeting whose time
// has passed without an outcome is overdue: the closer still has to say how it went.
class MeetingTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    const QList<MeetingListRow> &rows() const { return m_rows; }
    // now decides which meetings are overdue.
    void setRows(QList<MeetingListRow> rows, const QDateTime &now);
    bool isOverdue(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<MeetingListRow> m_rows;
    QDateTime m_now;
};

} // namespace voronka
