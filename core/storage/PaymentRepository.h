#pragma once

#include "DataContext.h"
#include "domain/Payment.h"

#include <QList>

namespace voronka {

// Payments (the payments table). Rows are facts: recorded, never edited by the funnel.
class PaymentRepository
{
public:
    explicit PaymentRepository(DataContext context);

    // Stores a new payment; fills in id, userId and version. Throws StorageError InvalidData without a company,
    // a date or a positive amount.
    void create(Payment &payment);
    // The deal's payments, oldest first.
    QList<Payment> listForDeal(qint64 dealId) const;
    // The company's payments (all its deals), oldest first.
    QList<Payment> listForCompany(qint64 companyId) const;
    // The sum paid on the deal so far, in kopecks.
    qint64 paidForDeal(qint64 dealId) const;
    // How many payments the company has made.
    qint64 countForCompany(qint64 companyId) const;

private:
    QList<Payment> select(const QString &where, qint64 id) const;

    DataContext m_context;
};

} // namespace voronka
