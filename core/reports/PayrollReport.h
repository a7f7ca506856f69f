#pragma once

#include "ReportPeriod.h"
#include "ReportSlice.h"
#include "storage/DataContext.h"

#include "PayRates.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

namespace voronka {

// One line of a person's monthly statement. Kinds: confirmed_contacts, meetings_held, team_bonus (callers), fixed,
// new_clients_margin, plan_bonus, earlier_clients (closers), client_team_bonus (account managers) and correction
// (a change found later in a closed month). count is how many events (1 for a fixed part; for a plan bonus the figure
// that met the plan: the callers' meetings held, the closer's contracts), base is money: the rate per event, the money
// a percentage was taken of, or the fixed part or bonus itself.
struct PayrollLine
{
    qint64 userId = 0;
    QString kind;
    qint64 count = 0;
    qint64 baseKopecks = 0;
    qint64 amountKopecks = 0;
    QList<qint64> companyIds; // the records behind the line, to open; empty for a fixed part and for a stored line
    QList<qint64> paymentIds;
    QString correctsMonth; // for a correction: the closed month and the kind of line it corrects
    QString correctsKind;

    bool operator==(const PayrollLine &) const = default;
};

// A rate's new value, as the head sets it.
struct RateChange
{
    QString rate; // a PayRates key
    qint64 value = 0; // kopecks, or hundredths of a percent
};

struct PayrollStatement
{
    QString month; // "2026-11"
    bool closed = false; // as paid; it cannot change, a later difference is a correction next month
    QList<PayrollLine> lines; // by person, then kind

    qint64 total(qint64 userId) const;
};

// Pay for results (seeds 003 and 004), computed from the history with the rates in force at each event
// (PayRates): collectors per confirmed contact; callers per meeting held that they booked, plus a team bonus when the
// callers' plans of meetings held are met together; closers a fixed part, a percentage of the simplified margin (the
// deal's margin share of each payment, the whole payment without a margin) of the month's payments from the clients
// they brought that month, a bonus for their contracts plan and a small percentage of payments from clients they
// brought earlier; account managers a fixed part and an even share of a percentage of the month's payments from
// earlier clients above the break-even. Fixed parts and bonuses go to the people active when it is computed.
// The head sees every line; anyone else their own.
class PayrollReport
{
    Q_DECLARE_TR_FUNCTIONS(PayrollReport)

public:
    explicit PayrollReport(DataContext context);

    // A closed month as stored; an open one computed, with corrections for the closed months before it (up to a year).
    PayrollStatement compute(const ReportPeriod &month) const;
    // The same for a slice: a person's lines only for a Person slice, and ReportError NotAllowed for a slice beyond
    // the viewer (another person's pay is the head's to see), as ReportScope says.
    PayrollStatement compute(const ReportPeriod &month, const ReportSlice &slice) const;
    // The head closes a month that is over: its statement is stored as it stands (ReportError otherwise).
    PayrollStatement close(const ReportPeriod &month);
    // The head sets a rate from a time on (ReportError for an unknown rate or a negative value).
    void setRate(const QString &rate, qint64 value, const QDateTime &validFrom);
    // The same for several rates at once: all checked first, then written in one transaction (nothing on a refusal).
    void setRates(const QList<RateChange> &changes, const QDateTime &validFrom);
    // What setRates refuses, without writing: ReportError with the message to show.
    void checkRates(const QList<RateChange> &changes, const QDateTime &validFrom) const;
    // Every rate with its history, to read the value at a time.
    PayRates rates() const;
    // The closed months, oldest first.
    QStringList closedMonths() const;
    // The closed months a rate changed from `from` on reaches (those that end after it, in zone), oldest first. Their
    // statements stay as paid; what the new rate changes in their amounts shows once as correction lines in the next
    // open month (as any later difference does, for the closed months of the year before it).
    QStringList closedMonthsFrom(const QDateTime &from, const QTimeZone &zone) const;
    // The month as the history gives it now, even when it is closed (its stored lines carry no records): the lines the
    // viewer may see, with the records behind them.
    QList<PayrollLine> recount(const ReportPeriod &month) const;

    static QString kindTitle(const QString &kind);

private:
    QList<PayrollLine> fresh(const ReportPeriod &month) const;
    QList<PayrollLine> corrections(const ReportPeriod &month) const;
    void checkMonth(const ReportPeriod &month) const;
    void requireHead(const QString &what) const;

    DataContext m_context;
};

} // namespace voronka
