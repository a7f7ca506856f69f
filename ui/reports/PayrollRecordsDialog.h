#pragma once

#include "reports/PayrollRecords.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace voronka {

// Everything behind a line of the month's pay: the companies it counts (a contact confirmed, a meeting held), or the
// payments with their day and amount. A line of a closed month is found again from the history, and the dialog says
// when the history now counts a different number. Double click or Enter on a row (or "Open company") closes the list
// and names the company to open; the section opens its card.
class PayrollRecordsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { CompanyColumn, DayColumn, AmountColumn };

    // what: the line as the statement names it ("Ivanova, Confirmed contacts").
    PayrollRecordsDialog(const QString &what, const PayrollLine &line, const PayrollLineRecords &behind,
                         QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *note() const { return m_note; }
    // The company chosen to open; 0 when the list was closed without one.
    qint64 chosenCompany() const { return m_chosen; }

public slots:
    // Chooses the company of the row and closes the list.
    void openRow(int row);

private:
    PayrollLineRecords m_behind;
    qint64 m_chosen = 0;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace voronka
