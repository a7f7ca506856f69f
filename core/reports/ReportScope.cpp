#include "ReportScope.h"

#include "ReportError.h"
#include "domain/Viewer.h"

namespace voronka {

ReportScope::ReportScope(const Viewer &viewer)
    : m_viewer(viewer)
{
}

ReportSlice ReportScope::defaultSlice() const
{
    return choosesSlice() ? ReportSlice::everyone() : ReportSlice::person(m_viewer.userId());
}

bool ReportScope::choosesSlice() const
{
    return m_viewer.seesEverything();
}

FunnelFilter ReportScope::filterFor(const ReportSlice &slice) const
{
    if (!choosesSlice() && !(slice.kind == ReportSlice::Kind::Person && slice.userId == m_viewer.userId()))
        throw ReportError(ReportError::Kind::NotAllowed, tr("You see your own figures only."));
    FunnelFilter filter;
    switch (slice.kind) {
    case ReportSlice::Kind::Everyone:
        break;
    case ReportSlice::Kind::Person:
        filter.userId = slice.userId;
        break;
    case ReportSlice::Kind::Region:
        if (m_viewer.limitedToRegion() && slice.text != m_viewer.region())
            throw ReportError(ReportError::Kind::NotAllowed, tr("You see the region %1 only.").arg(m_viewer.region()));
        filter.region = slice.text;
        break;
    case ReportSlice::Kind::Source:
        filter.source = slice.text;
        break;
    case ReportSlice::Kind::ImportBatch:
        filter.batchId = slice.batchId;
        break;
    }
    if (m_viewer.limitedToRegion())
        filter.region = m_viewer.region();
    return filter;
}

} // namespace voronka
