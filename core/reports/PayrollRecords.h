#pragma once

#include "PayrollReport.h"

#include <QDate>

namespace voronka {

// One record a pay line counts: a company (a contact confirmed, a meeting held), or a payment with its company.
struct PayrollRecord
{
    qint64 companyId = 0;
    QString companyName;
    qint64 paymentId = 0; // 0: the line counts the company itself
    QDate paidOn;
    qint64 amountKopecks = 0;

    bool operator==(const PayrollRecord &) const = default;
};

struct PayrollLineRecords
{
    QList<PayrollRecord> records; // in the line's order, one per event counted
    // Found again from the history as it is now, not kept with the line: a line of a closed month (stored without its
    // records) or a correction (the records of the line it corrects).
    bool foundAgain = false;
    qint64 countNow = 0; // the events the history gives now, when found again

    // Found again and not what the stored line counted: the history changed since the month was closed.
    bool differs(const PayrollLine &line) const;
};

// What lies behind a line of a monthly statement, so that every line is traceable to the records it counts
// (issue 14): the confirmed contacts, the meetings held, the payments. A fixed part and a plan bonus count no records.
class PayrollRecords
{
public:
    explicit PayrollRecords(DataContext context);

    // The records behind line, a line of month's statement as PayrollReport::compute gave it.
    PayrollLineRecords behind(const ReportPeriod &month, const PayrollLine &line) const;
    // Whether a line of this kind counts records (a correction: whether the kind it corrects does).
    static bool hasRecords(const QString &kind);

private:
    DataContext m_context;
};

} // namespace voronka
