#pragma once

#include "reports/ActivityReport.h"
#include "reports/FunnelFigures.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportSlice.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace voronka {

// What the Reports section is asked to show: the days, the reading of the funnel and whose figures.
struct ReportRequest
{
    ReportPeriod period;
    FunnelView view = FunnelView::Period;
    ReportSlice slice;

    bool operator==(const ReportRequest &) const = default;
};

// Everything the Reports section shows for one request, computed in one go (on a worker: FunnelReport and
// ActivityReport read the whole period's history). A report core refuses (a period that ends before it starts, a slice
// beyond the viewer) leaves its part empty with core's message instead.
struct ReportFigures
{
    Q_DECLARE_TR_FUNCTIONS(ReportFigures)

public:
    // Asked, between the reports, whether a newer request came meanwhile: then the rest is not computed.
    using Stopped = std::function<bool()>;

    ReportRequest request;
    FunnelComparison funnel;
    QString funnelProblem; // empty when the funnel was computed
    QList<PersonActuals> people;
    QString activityProblem; // empty when the activity was computed

    // StorageError goes up to the caller (a busy or vanished base).
    static ReportFigures compute(const DataContext &context, const ReportRequest &request, const Stopped &stopped = {});
};

} // namespace voronka
