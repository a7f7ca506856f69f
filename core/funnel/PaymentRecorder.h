#pragma once

#include "domain/Deal.h"
#include "domain/User.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace voronka {

struct PaymentEntry
{
    QDate paidOn; // the day the money arrived; not after today
    qint64 amountKopecks = 0; // above zero, in the deal's currency
    // Who serves the company after its first payment: an active account manager (or the head) chosen by the
    // head; 0: the active account manager with the fewest clients. Ignored for later payments.
    qint64 accountManagerId = 0;
    QString comment;
};

struct PaymentResult
{
    qint64 paymentId = 0;
    qint64 dealVersion = 0; // the deal's new version
    qint64 paidKopecks = 0; // paid on the deal so far, this payment included
    bool dealPaid = false; // the payments reached the deal's amount: the deal is now paid
    bool handedOver = false; // this was the company's first payment: it became a client
    qint64 accountManagerId = 0; // who serves the client now (when handed over)
};

// Records a payment against a deal, in one transaction.
//
// Rules: a payment is money against an invoice, so the deal must be at "invoice issued" (a lost deal, a deal
// paid in full, or one without an invoice refuses it); the amount is above zero and at most what is left to
// pay (an overpayment is refused, not silently kept); the date is not in the future. A deal may be paid in
// parts: each part is a payment row and bumps the deal's version, and the deal becomes paid (through
// StageMover, so it is in stage_history) when the payments reach its amount; its payment reminders are then
// cancelled.
//
// Handover: the company's first payment ever makes it a client (a stage move through StageMover) and hands
// it to an account manager, while the deal's closer is kept as the one who brought it (companies.brought_by,
// client_since). Later payments, on this or later deals (repeat sales), do not hand it over again; a client
// being won back (in reactivation, or at deal again after it) that pays is a client again. Every payment
// writes a payment activity.
//
// A refusal throws FunnelError; a colleague's change of the deal since it was read throws StorageError
// StaleVersion. Nothing is written then.
class PaymentRecorder
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRecorder)

public:
    // timeZone: the zone the payment day is read in (today's date for the "not in the future" check).
    explicit PaymentRecorder(DataContext context, QTimeZone timeZone = QTimeZone::systemTimeZone());

    PaymentResult record(qint64 dealId, qint64 expectedDealVersion, const PaymentEntry &entry);

    // Why no payment can be recorded against the deal as it is, in words for the user; empty when one can.
    static QString refusal(const Deal &deal);
    // The company has never paid: its next payment makes it a client and hands it to an account manager.
    bool handsOver(qint64 companyId) const;
    // Who a new client may be handed to: the active account managers and heads, by name.
    QList<User> accountManagers() const;

private:
    void validate(const PaymentEntry &entry) const;
    qint64 chooseAccountManager(qint64 chosenId) const;
    static bool servesClients(const User &user);

    DataContext m_context;
    QTimeZone m_timeZone;
};

} // namespace voronka
