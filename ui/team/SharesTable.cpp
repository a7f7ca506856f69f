#include "SharesTable.h"

#include <QHeaderView>

namespace voronka {

SharesTable::SharesTable(const QString &objectName, QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setObjectName(objectName);
    setHorizontalHeaderLabels({tr("Person"), tr("Companies")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void SharesTable::setShares(const QList<AssignmentShare> &shares)
{
    setRowCount(int(shares.size()));
    for (int row = 0; row < shares.size(); ++row) {
        setItem(row, 0, new QTableWidgetItem(shares.at(row).name));
        auto *count = new QTableWidgetItem(QString::number(shares.at(row).companies));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, 1, count);
    }
}

} // namespace voronka
