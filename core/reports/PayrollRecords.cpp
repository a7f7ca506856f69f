#include "PayrollRecords.h"

#include "storage/PayrollQuery.h"

#include <QHash>

#include <algorithm>

namespace voronka {

namespace {
bool perEvent(const QString &kind)
{
    return kind == QLatin1String("confirmed_contacts") || kind == QLatin1String("meetings_held");
}
} // namespace

bool PayrollLineRecords::differs(const PayrollLine &line) const
{
    return foundAgain && line.kind != QLatin1String("correction") && countNow != line.count;
}

PayrollRecords::PayrollRecords(DataContext context)
    : m_context(context)
{
}

bool PayrollRecords::hasRecords(const QString &kind)
{
    return perEvent(kind) || kind == QLatin1String("new_clients_margin") || kind == QLatin1String("earlier_clients")
        || kind == QLatin1String("client_team_bonus");
}

PayrollLineRecords PayrollRecords::behind(const ReportPeriod &month, const PayrollLine &line) const
{
    PayrollLineRecords result;
    const bool correction = line.kind == QLatin1String("correction");
    const QString kind = correction ? line.correctsKind : line.kind;
    if (!hasRecords(kind))
        return result;

    ReportPeriod counted = month;
    QList<qint64> companyIds = line.companyIds;
    QList<qint64> paymentIds = line.paymentIds;
    if (correction || (companyIds.isEmpty() && paymentIds.isEmpty())) {
        // Not kept with the line: the month it counts, as the history gives it now.
        if (correction) {
            const QDate first = QDate::fromString(line.correctsMonth + QStringLiteral("-01"), Qt::ISODate);
            if (!first.isValid())
                return result;
            counted = ReportPeriod::month(first, month.zone());
        }
        QList<PayrollLine> same;
        for (const PayrollLine &now : PayrollReport(m_context).recount(counted)) {
            if (now.userId == line.userId && now.kind == kind)
                same.append(now);
        }
        // A rate changed within the month splits a per-event line by rate: the piece at the stored line's rate, when
        // it is still there.
        if (!correction && perEvent(kind) && std::any_of(same.cbegin(), same.cend(), [&](const PayrollLine &now) {
                return now.baseKopecks == line.baseKopecks;
            }))
            same.removeIf([&](const PayrollLine &now) { return now.baseKopecks != line.baseKopecks; });
        result.foundAgain = true;
        for (const PayrollLine &now : std::as_const(same)) {
            result.countNow += now.count;
            companyIds += now.companyIds;
            paymentIds += now.paymentIds;
        }
    }

    const PayrollQuery query(m_context);
    const QHash<qint64, QString> names = query.companyNames(companyIds);
    if (paymentIds.isEmpty()) {
        for (const qint64 companyId : std::as_const(companyIds))
            result.records.append({companyId, names.value(companyId), 0, {}, 0});
        return result;
    }
    QHash<qint64, PaidMoney> payments;
    for (const PaidMoney &payment : query.payments(counted.first(), counted.last()))
        payments.insert(payment.paymentId, payment);
    for (const qint64 paymentId : std::as_const(paymentIds)) {
        const PaidMoney payment = payments.value(paymentId);
        result.records.append(
            {payment.companyId, names.value(payment.companyId), paymentId, payment.paidOn, payment.amountKopecks});
    }
    return result;
}

} // namespace voronka
