#pragma once

#include "team/CompanyAssignment.h"

#include <QTableWidget>

namespace voronka {

// Who gets how many companies: the preview of a hand-out or of a deactivation's hand-over, before anything changes.
class SharesTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit SharesTable(const QString &objectName, QWidget *parent = nullptr);

    void setShares(const QList<AssignmentShare> &shares);
};

} // namespace voronka
