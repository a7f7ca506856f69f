#pragma once

#include "ReportPeriod.h"
#include "storage/DataContext.h"
#include "storage/PlanRepository.h"

#include <QCoreApplication>
#include <optional>

namespace voronka {

// What the calculator assumes: the department's rates and each role's monthly throughput, measured over a past
// period (FunnelCalculator::measure) and then as the head types them ("what if meeting → contract rises to 30%").
struct CalculatorAssumptions
{
    double bookedPerContact = 0; // meetings booked per contact collected
    double callsPerBooked = 0; // calls made per meeting booked
    double heldPerBooked = 0; // meetings held per meeting booked
    double offersPerHeld = 0; // offers per meeting held
    double contractsPerOffer = 0; // contracts per offer
    qint64 averageDealKopecks = 0; // the average contract's amount
    double contactsPerCollector = 0; // a month's contacts collected by one collector
    double bookedPerCaller = 0; // a month's meetings booked by one caller
    double heldPerCloser = 0; // a month's meetings held by one closer
};

// The team as it is: active people per role.
struct TeamSize
{
    qint64 collectors = 0;
    qint64 callers = 0;
    qint64 closers = 0;
};

// What a month's target takes: each step's volume and the people to do it.
struct CalculatorResult
{
    qint64 contracts = 0;
    qint64 revenueKopecks = 0;
    qint64 offers = 0;
    qint64 meetingsHeld = 0;
    qint64 meetingsBooked = 0;
    qint64 calls = 0;
    qint64 contacts = 0;
    // People needed at the assumed throughput; empty when the throughput is zero (nothing measured or typed).
    std::optional<qint64> collectors;
    std::optional<qint64> callers;
    std::optional<qint64> closers;
    // A rate of zero breaks the chain: the steps before it cannot be computed (they are 0) and this says which.
    QString brokenAt;
};

// The funnel calculator (seed 003: "you know how to double the output"): from a target of contracts or revenue for
// a month back through the conveyor to the contacts to collect, with the people each step takes. Pure arithmetic
// (compute) over assumptions measured from the history (measure), so the window can recompute as the head types.
class FunnelCalculator
{
    Q_DECLARE_TR_FUNCTIONS(FunnelCalculator)

public:
    explicit FunnelCalculator(DataContext context);

    // The rates and throughputs of the department over period (the activity report's totals; throughput per month of
    // 30.44 days, per active person of the role). Only the head measures the whole department (ReportError).
    CalculatorAssumptions measure(const ReportPeriod &period) const;
    TeamSize teamNow() const;

    // For a target of contracts, or of revenue (contracts = revenue / average deal, rounded up); every volume rounded
    // up, since half a meeting is not held.
    static CalculatorResult forContracts(qint64 contracts, const CalculatorAssumptions &assumptions);
    static CalculatorResult forRevenue(qint64 revenueKopecks, const CalculatorAssumptions &assumptions);

    // The result as next month's plans, shared evenly (rounded up) among the active people of each role: collectors'
    // contacts, callers' meetings booked and calls, closers' meetings held, offers and contracts.
    QList<PlanTarget> plansFor(const CalculatorResult &result, const QString &month) const;

private:
    DataContext m_context;
};

} // namespace voronka
