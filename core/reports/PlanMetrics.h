#pragma once

#include "domain/UserRole.h"
#include "storage/PersonActivityQuery.h"

#include <QCoreApplication>
#include <QStringList>

namespace voronka {

// The measurable results a plan can set, by the activity report's keys (docs/reports.md), in the order reports list
// them: what the collector, the caller, the closer and the account manager are paid and planned by (seed 003).
class PlanMetrics
{
    Q_DECLARE_TR_FUNCTIONS(PlanMetrics)

public:
    static QStringList all();
    static bool isKnown(const QString &metric);
    static QString title(const QString &metric);
    // The figure a role is paid for and judged by (seed 003): a collector's confirmed contacts, a caller's meetings
    // held that they booked, a closer's contracts, an account manager's payments; empty for the head.
    static QString mainMetric(UserRole role);
    // Money (kopecks) rather than a count.
    static bool isMoney(const QString &metric);
    // The person's figure for the metric; 0 for an unknown key.
    static qint64 actual(const PersonActivity &work, const QString &metric);
};

} // namespace voronka
