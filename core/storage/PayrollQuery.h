#pragma once

#include "DataContext.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace voronka {

// A payment as pay for results reads it: who brought the client and when, and the deal's margin.
struct PaidMoney
{
    qint64 paymentId = 0;
    qint64 companyId = 0;
    QDate paidOn;
    qint64 amountKopecks = 0;
    qint64 dealAmountKopecks = 0; // 0: no deal or no amount
    qint64 dealMarginKopecks = 0; // 0: no margin given
    qint64 broughtBy = 0; // the closer who brought the client; 0: nobody
    QDateTime clientSince; // invalid: not a client (a payment before the first one made it so is not possible)
};

// The reads behind the payroll (PayrollReport), each a range of an index: payments_paid for the payments of a range of
// days, companies_confirmed for the contacts confirmed in a range of time.
class PayrollQuery
{
public:
    explicit PayrollQuery(DataContext context);

    // Payments whose day is in [firstDay, lastDay].
    QList<PaidMoney> payments(const QDate &firstDay, const QDate &lastDay) const;
    // Contacts confirmed in [start, end) by the collector who collected them, by collector id.
    QHash<qint64, QList<qint64>> confirmedContacts(const QDateTime &start, const QDateTime &end) const;
    // Meetings held in [start, end), by the caller who booked them (the latest booking call before the meeting): the
    // companies, one entry per meeting.
    QHash<qint64, QList<qint64>> bookedMeetingsHeld(const QDateTime &start, const QDateTime &end) const;

    // The names of these companies, by id (a company that is gone is left out).
    QHash<qint64, QString> companyNames(const QList<qint64> &ids) const;

private:
    DataContext m_context;
};

} // namespace voronka
