#pragma once

#include "storage/ClientListQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace voronka {

// The clients as read by ClientListQuery, one row each, in ClientsView's columns; read-only.
class ClientTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    const QList<ClientListRow> &rows() const { return m_rows; }
    void setRows(QList<ClientListRow> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // Amounts and counts are right-aligned, so their digits line up.
    static bool isNumber(int column);

    QList<ClientListRow> m_rows;
};

} // namespace voronka
