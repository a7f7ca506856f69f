#include "PaymentRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "VersionedTable.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace voronka {

namespace {
VersionedTable paymentsTable(DataContext context)
{
    return {
        context,
        QStringLiteral("payments"),
        {QCoreApplication::translate("PaymentRepository", "The payment no longer exists: someone deleted it."),
         QCoreApplication::translate("PaymentRepository", "The payment was changed by %1 at %2 since you opened it."),
         QCoreApplication::translate("PaymentRepository", "The payment was changed at %1 since you opened it.")}};
}
} // namespace

PaymentRepository::PaymentRepository(DataContext context)
    : m_context(context)
{
}

void PaymentRepository::create(Payment &payment)
{
    if (payment.companyId == 0 || !payment.paidOn.isValid() || payment.amountKopecks <= 0)
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("PaymentRepository",
                                                       "A payment needs a company, a date and an amount above zero."));
    const QVariantList stamp = paymentsTable(m_context).creationStamp();
    SqlStatement insert(m_context.db.connection(),
                        QStringLiteral("INSERT INTO payments (deal_id, company_id, amount_kopecks, currency, paid_at, "
                                       "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind({nullIfZero(payment.dealId), payment.companyId, payment.amountKopecks, payment.currency,
                 toStoredTime(payment.paidOn.startOfDay(QTimeZone::utc()))});
    for (const auto &value : stamp)
        insert.bind(value);
    insert.exec();
    payment.id = insert.lastInsertId();
    payment.userId = m_context.userId;
    payment.version = 1;
}

QList<Payment> PaymentRepository::listForDeal(qint64 dealId) const
{
    return select(QStringLiteral("deal_id = ?"), dealId);
}

QList<Payment> PaymentRepository::listForCompany(qint64 companyId) const
{
    return select(QStringLiteral("company_id = ?"), companyId);
}

qint64 PaymentRepository::paidForDeal(qint64 dealId) const
{
    return SqlStatement::scalar(
               m_context.db.connection(),
               QStringLiteral("SELECT coalesce(sum(amount_kopecks), 0) FROM payments WHERE deal_id = ?"), {dealId})
        .toLongLong();
}

qint64 PaymentRepository::countForCompany(qint64 companyId) const
{
    return SqlStatement::scalar(m_context.db.connection(),
                                QStringLiteral("SELECT count(*) FROM payments WHERE company_id = ?"), {companyId})
        .toLongLong();
}

QList<Payment> PaymentRepository::select(const QString &where, qint64 id) const
{
    // where comes from this class, never from input.
    SqlStatement statement(
        m_context.db.connection(),
        QStringLiteral("SELECT id, deal_id, company_id, amount_kopecks, currency, paid_at, updated_by, "
                       "version FROM payments WHERE %1 ORDER BY paid_at, id")
            .arg(where));
    statement.bind(id).exec();
    QList<Payment> payments;
    while (statement.next()) {
        Payment payment;
        payment.id = statement.value(0).toLongLong();
        payment.dealId = statement.value(1).toLongLong();
        payment.companyId = statement.value(2).toLongLong();
        payment.amountKopecks = statement.value(3).toLongLong();
        payment.currency = statement.value(4).toString();
        payment.paidOn = fromStoredTime(statement.value(5)).date();
        payment.userId = statement.value(6).toLongLong();
        payment.version = statement.value(7).toLongLong();
        payments.append(payment);
    }
    return payments;
}

} // namespace voronka
