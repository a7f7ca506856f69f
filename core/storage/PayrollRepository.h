#pragma once

#include "DataContext.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace voronka {

// A pay rate from a time on (pay_rates, schema step 22).
struct StoredPayRate
{
    QString rate;
    qint64 value = 0;
    QDateTime validFrom; // UTC
};

// A line of a closed month's statement, as paid.
struct StoredPayrollLine
{
    qint64 userId = 0;
    QString kind;
    qint64 count = 0;
    qint64 baseKopecks = 0;
    qint64 amountKopecks = 0;
    QString correctsMonth; // a correction line: the closed month it corrects, and the kind of line there
    QString correctsKind;
};

// pay_rates, payroll_months and payroll_lines.
class PayrollRepository
{
public:
    explicit PayrollRepository(DataContext context);

    // Every rate change, oldest first.
    QList<StoredPayRate> rates() const;
    // Inside the caller's transaction: the rate's value from validFrom on.
    void setRate(const QString &rate, qint64 value, const QDateTime &validFrom);

    bool isClosed(const QString &month) const;
    // Every closed month, the oldest first.
    QStringList closedMonths() const;
    // The closed months before `month`, the latest first, at most `limit`.
    QStringList closedBefore(const QString &month, int limit) const;
    QList<StoredPayrollLine> lines(const QString &month) const;
    // The correction lines (of any month) that correct `month`.
    QList<StoredPayrollLine> correctionsOf(const QString &month) const;
    // Inside the caller's transaction: marks the month closed with its lines; StorageError StaleVersion when it already
    // is (closed by a colleague since).
    void close(const QString &month, const QList<StoredPayrollLine> &lines);

private:
    QList<StoredPayrollLine> select(const QString &where, const QString &value) const;

    DataContext m_context;
};

} // namespace voronka
