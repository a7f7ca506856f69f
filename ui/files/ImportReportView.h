#pragma once

#include "import/ImportReport.h"

#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace voronka {

// The rows an import left out or wants checked, with a filter by status (a hundred INN warnings must not bury the
// nine duplicates) and columns that sort on a click.
class ImportReportView : public QWidget
{
    Q_OBJECT

public:
    enum Column { LineColumn, StatusColumn, ReasonColumn, RowColumn, ColumnCount };
    // What the filter shows, in the order of its choices.
    enum class Filter { All, Rejected, Duplicates, Flagged };

    explicit ImportReportView(QWidget *parent = nullptr);

    // Shows these entries (the caller keeps the list short enough for a table), all of them, sorted by line.
    void setEntries(const QList<ImportReport::Entry> &entries);
    void setFilter(Filter filter);
    Filter filter() const;
    // Rows shown through the filter.
    int shownCount() const;

    QTableView *table() const { return m_table; }

private:
    void applyFilter();

    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace voronka
