#pragma once

#include "ReportFigures.h"
#include "storage/DataContext.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace voronka {

class ReportTableView;

// The Reports section's Pay tab: the month's statement (core's PayrollReport, as ReportTables::payroll lays it out,
// "closed" in its title once it is). Double click on a line opens the company behind it: the first one, when several
// are (the tooltip says how many), since the window has no list of chosen companies to open. The head closes a month
// that is over and not closed yet ("Close month…", after a confirmation naming the month and the total).
class ReportPayPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPayPanel(DataContext context, QWidget *parent = nullptr);

    void showFigures(const ReportFigures &figures);
    ReportTableView *table() const { return m_table; }
    QLabel *note() const { return m_note; }
    QPushButton *closeButton() const { return m_close; }
    // The companies behind the table's row (none for a fixed part, a total or a stored line).
    QList<qint64> companiesOf(int row) const;

public slots:
    // Asks the head to confirm, then closes the month shown.
    void closeMonth();
    // Opens the first company behind the row, if any.
    void openRow(int row);

signals:
    void companyActivated(qint64 companyId);
    // The month was closed: the section reads again.
    void statementChanged();

private:
    DataContext m_context;
    ReportPeriod m_period;
    PayrollStatement m_statement;
    bool m_computed = false; // the statement of m_period is shown
    QList<int> m_lineOfRow; // the statement's line of each table row; -1 for a person's total
    ReportTableView *m_table = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace voronka
