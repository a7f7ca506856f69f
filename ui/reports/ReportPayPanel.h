#pragma once

#include "ReportFigures.h"
#include "storage/DataContext.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace voronka {

class BackgroundReader;
class ReportTableView;
struct PayrollLineRecords;

// The Reports section's Pay tab: the month's statement (core's PayrollReport, as ReportTables::payroll lays it out,
// "closed" in its title once it is). Double click (or Enter) on a line lists every record behind it
// (PayrollRecordsDialog: the companies, the payments with their day and amount; for a closed month found again from
// the history), from which a company's card opens. The head closes a month that is over and not closed yet ("Close
// month…", after a confirmation naming the month and the total) and sets the pay rates ("Pay rates…").
class ReportPayPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPayPanel(DataContext context, QWidget *parent = nullptr);
    ~ReportPayPanel() override;

    void showFigures(const ReportFigures &figures);
    ReportTableView *table() const { return m_table; }
    QLabel *note() const { return m_note; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *ratesButton() const { return m_rates; }
    // The companies behind the table's row (none for a fixed part, a total or a stored line).
    QList<qint64> companiesOf(int row) const;

public slots:
    // Asks the head to confirm, then closes the month shown.
    void closeMonth();
    // Lists the records behind the row's line; the company chosen there is opened. A closed month's line is found
    // again from the history on a worker (recordsShown when its list opens).
    void openRow(int row);
    // The head's pay rates dialog; the section reads again after a change.
    void editRates();

signals:
    void companyActivated(qint64 companyId);
    // The month was closed or a rate changed: the section reads again.
    void statementChanged();
    // A line's records were listed (after a worker's read for a closed month).
    void recordsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showRecords(int row, const PayrollLine &line, const PayrollLineRecords &behind);
    void showReadFailure(const QString &message);

    DataContext m_context;
    ReportPeriod m_period;
    PayrollStatement m_statement;
    bool m_computed = false; // the statement of m_period is shown
    QList<int> m_lineOfRow; // the statement's line of each table row; -1 for a person's total
    QHash<qint64, QString> m_names; // people's names by user id
    ReportTableView *m_table = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_rates = nullptr;
    std::unique_ptr<BackgroundReader> m_reader; // a closed month's records, read again from the history
};

} // namespace voronka
