#pragma once

#include "ReportSlice.h"
#include "storage/FunnelHistoryQuery.h"

#include <QCoreApplication>

namespace voronka {

class Viewer;

// What a viewer's reports may cover, by the rule of who sees what: the head sees everyone and any slice (a head with a
// region: inside that region only); everybody else sees their own figures, so their reports are about themselves.
class ReportScope
{
    Q_DECLARE_TR_FUNCTIONS(ReportScope)

public:
    explicit ReportScope(const Viewer &viewer);

    // The slice a viewer gets when they ask for none: everyone for a head, themselves otherwise.
    ReportSlice defaultSlice() const;
    // Whether the viewer may choose among slices (the head) or has their own only.
    bool choosesSlice() const;
    // The filter the queries apply for slice; throws ReportError NotAllowed for a slice beyond the viewer.
    FunnelFilter filterFor(const ReportSlice &slice) const;

private:
    const Viewer &m_viewer;
};

} // namespace voronka
