#pragma once

#include "reports/ReportTable.h"

#include <QTableWidget>

namespace voronka {

// A report's table in the window (ReportTable: the same titles and values the CSV file and the printout have), read
// only: numbers right-aligned in the locale's digits, "—" where there is nothing to show, a long column title on two
// lines, and a column of changes against the previous period with an arrow and a colour. The columns fill the view's
// width; when they do not fit, a long text after the first column (a role, a reason) is cut short before the figures.
class ReportTableView : public QTableWidget
{
    Q_OBJECT

public:
    explicit ReportTableView(const QString &objectName, QWidget *parent = nullptr);

    void setReport(const ReportTable &table);
    const ReportTable &report() const { return m_report; }
    // The column whose numbers are changes (shown as ReportChange says); -1: none.
    void setChangeColumn(int column) { m_changeColumn = column; }
    int changeColumn() const { return m_changeColumn; }
    // A short table shows all its rows: its height is asked for them, not more (a long one scrolls).
    void setFitsRows(bool fits);

    // The cell as the window shows it (and the printout prints it).
    static QString cellText(const QVariant &value, bool isChange);
    // The column title as the header shows it: on two lines when long.
    static QString headerText(const QString &title);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    int firstColumnNeeds() const;
    int rowsHeight() const;

    ReportTable m_report;
    QList<int> m_wanted; // each column's width for its contents
    QList<int> m_shortened; // the same, long texts after the first column cut short
    int m_changeColumn = -1;
    bool m_fitsRows = false;
};

} // namespace voronka
