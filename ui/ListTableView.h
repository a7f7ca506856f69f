#pragma once

#include <QTableView>

namespace voronka {

// A read-only list of records, one per row: whole rows selected one at a time, fixed row heights (sizing rows to
// their contents would read every row of a long list), no word wrap, left-aligned headers.
class ListTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ListTableView(const QString &objectName, QWidget *parent = nullptr);
};

} // namespace voronka
