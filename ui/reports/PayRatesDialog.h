#pragma once

#include "reports/PayrollReport.h"
#include "storage/DataContext.h"

#include <QDialog>
#include <QTimeZone>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace voronka {

// The head's pay rates (seeds 003 and 004) as they are today, in roubles and percent, and the day from which new
// values apply (the first of the current month by default): events before it keep the old rates. Save checks what
// was typed (a number, not below zero) and names the row that is wrong; a day inside a closed month asks first, since
// that month stays as paid and the difference shows as correction lines next month. Only the changed rates are
// written, together (PayrollReport::setRates).
class PayRatesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { RateColumn, ValueColumn };

    PayRatesDialog(DataContext context, const QTimeZone &zone, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QDateEdit *fromEdit() const { return m_from; }
    // The row of a rate key.
    int rowOf(const QString &rate) const { return int(m_keys.indexOf(rate)); }
    // The rates written by the last Save (none when nothing had changed).
    const QList<RateChange> &saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    QDateTime validFrom() const;
    void updateClosedNote();

    DataContext m_context;
    QTimeZone m_zone;
    QStringList m_keys; // the table's rows
    QList<qint64> m_values; // the values shown, as they were read
    QList<RateChange> m_saved;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_closedNote = nullptr;
};

} // namespace voronka
