#include "PayrollRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "domain/Clock.h"

namespace voronka {

PayrollRepository::PayrollRepository(DataContext context)
    : m_context(context)
{
}

QList<StoredPayRate> PayrollRepository::rates() const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT rate, value, valid_from FROM pay_rates ORDER BY valid_from, rate"));
    select.exec();
    QList<StoredPayRate> rates;
    while (select.next())
        rates.append({select.value(0).toString(), select.value(1).toLongLong(), fromStoredTime(select.value(2))});
    return rates;
}

void PayrollRepository::setRate(const QString &rate, qint64 value, const QDateTime &validFrom)
{
    SqlStatement::run(m_context.db.connection(),
                      QStringLiteral("INSERT INTO pay_rates (rate, value, valid_from, set_by) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (rate, valid_from) DO UPDATE SET value = excluded.value, "
                                     "set_by = excluded.set_by"),
                      {rate, value, toStoredTime(validFrom), nullIfZero(m_context.userId)});
}

bool PayrollRepository::isClosed(const QString &month) const
{
    return SqlStatement::scalar(m_context.db.connection(),
                                QStringLiteral("SELECT EXISTS (SELECT 1 FROM payroll_months WHERE month = ?)"), {month})
        .toBool();
}

QStringList PayrollRepository::closedMonths() const
{
    SqlStatement select(m_context.db.connection(), QStringLiteral("SELECT month FROM payroll_months ORDER BY month"));
    select.exec();
    QStringList months;
    while (select.next())
        months.append(select.value(0).toString());
    return months;
}

QStringList PayrollRepository::closedBefore(const QString &month, int limit) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT month FROM payroll_months WHERE month < ? ORDER BY month DESC LIMIT ?"));
    select.bind({month, limit}).exec();
    QStringList months;
    while (select.next())
        months.append(select.value(0).toString());
    return months;
}

QList<StoredPayrollLine> PayrollRepository::select(const QString &where, const QString &value) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT user_id, kind, count, base_kopecks, amount_kopecks, "
                                       "coalesce(corrects_month, ''), coalesce(corrects_kind, '') FROM payroll_lines "
                                       "WHERE %1 ORDER BY id")
                            .arg(where));
    select.bind(value).exec();
    QList<StoredPayrollLine> lines;
    while (select.next())
        lines.append({select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toLongLong(),
                      select.value(3).toLongLong(), select.value(4).toLongLong(), select.value(5).toString(),
                      select.value(6).toString()});
    return lines;
}

QList<StoredPayrollLine> PayrollRepository::lines(const QString &month) const
{
    return select(QStringLiteral("month = ?"), month);
}

QList<StoredPayrollLine> PayrollRepository::correctionsOf(const QString &month) const
{
    return select(QStringLiteral("corrects_month = ?"), month);
}

void PayrollRepository::close(const QString &month, const QList<StoredPayrollLine> &lines)
{
    if (isClosed(month))
        throw StorageError(StorageError::Kind::StaleVersion,
                           QStringLiteral("The month %1 is already closed.").arg(month));
    const QSqlDatabase db = m_context.db.connection();
    SqlStatement::run(db, QStringLiteral("INSERT INTO payroll_months (month, closed_at, closed_by) VALUES (?, ?, ?)"),
                      {month, toStoredTime(m_context.clock.nowUtc()), nullIfZero(m_context.userId)});
    for (const StoredPayrollLine &line : lines)
        SqlStatement::run(
            db,
            QStringLiteral("INSERT INTO payroll_lines (month, user_id, kind, count, base_kopecks, "
                           "amount_kopecks, corrects_month, corrects_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {month, line.userId, line.kind, line.count, line.baseKopecks, line.amountKopecks,
             nullIfEmpty(line.correctsMonth), nullIfEmpty(line.correctsKind)});
}

} // namespace voronka
