#include "FunnelFigureCompanies.h"

#include "FunnelReport.h"
#include "ReportError.h"
#include "ReportScope.h"
#include "storage/Database.h"
#include "storage/FunnelFigureQuery.h"

namespace voronka {

namespace {

using S = CompanyStage;

// Later than any stored time: a cohort follows its companies to now (as FunnelHistoryQuery does).
const QDateTime openEnd(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc());

int conveyorRank(S stage)
{
    return int(FunnelFigures::conveyor().indexOf(stage));
}

// The stages an entry of `stage` left to for an outcome, by FunnelReport's rule: lost is lost; anything but lost after
// reactivation is advancing (re-engaged); otherwise a later stage of the conveyor is advancing and the rest (an earlier
// stage, reactivation) moving back.
QStringList leftToFor(S stage, StageOutcome outcome)
{
    QStringList keys;
    for (S to : allCompanyStages()) {
        StageOutcome is = StageOutcome::MovedBack;
        if (to == S::Lost)
            is = StageOutcome::Lost;
        else if (stage == S::Reactivation || conveyorRank(to) > conveyorRank(stage))
            is = StageOutcome::Advanced;
        if (is == outcome)
            keys.append(companyStageKey(to));
    }
    return keys;
}

FigureCompanies shown(const QList<FigureCompanyRow> &rows, qint64 total)
{
    FigureCompanies companies;
    companies.total = total;
    for (const FigureCompanyRow &row : rows)
        companies.companies.append({row.companyId, row.name, companyStageFromKey(row.stageNow), row.at});
    return companies;
}

} // namespace

FunnelFigureCompanies::FunnelFigureCompanies(DataContext context)
    : m_context(context)
{
}

FigureCompanies FunnelFigureCompanies::stage(const ReportPeriod &period, FunnelView view, const ReportSlice &slice,
                                             CompanyStage stage, StageOutcome outcome, int limit) const
{
    FunnelReport::requireReadable(period, m_context.db);
    FunnelFigureSpec spec;
    spec.cohort = view == FunnelView::Cohort;
    spec.start = period.startUtc();
    spec.end = period.endUtc();
    spec.outcomeBefore = spec.cohort ? openEnd : spec.end;
    spec.filter = ReportScope(m_context.db.viewer()).filterFor(slice);
    spec.stage = companyStageKey(stage);
    spec.created = stage == S::Cold;
    switch (outcome) {
    case StageOutcome::Entered:
        break;
    case StageOutcome::StillThere:
        spec.outcome = FunnelFigureSpec::Outcome::StillThere;
        break;
    case StageOutcome::Advanced:
    case StageOutcome::Lost:
    case StageOutcome::MovedBack:
        spec.outcome = FunnelFigureSpec::Outcome::LeftTo;
        spec.leftTo = leftToFor(stage, outcome);
        break;
    }
    // A stage of the conveyor skipped on the way (cold straight to a meeting) was entered and passed at once.
    const int rank = conveyorRank(stage);
    if (rank > 0 && (outcome == StageOutcome::Entered || outcome == StageOutcome::Advanced)) {
        for (S each : FunnelFigures::conveyor()) {
            if (conveyorRank(each) < rank)
                spec.passedFrom.append(companyStageKey(each));
            else if (conveyorRank(each) > rank)
                spec.passedTo.append(companyStageKey(each));
        }
    }
    const FunnelFigureQuery query(m_context);
    return shown(query.entries(spec, limit), query.countEntries(spec));
}

FigureCompanies FunnelFigureCompanies::lostReason(const ReportPeriod &period, FunnelView view, const ReportSlice &slice,
                                                  CompanyStage fromStage, const QString &reason, int limit) const
{
    FunnelReport::requireReadable(period, m_context.db);
    const FunnelFilter filter = ReportScope(m_context.db.viewer()).filterFor(slice);
    const bool cohort = view == FunnelView::Cohort;
    const FunnelFigureQuery query(m_context);
    const QString from = companyStageKey(fromStage);
    return shown(query.lost(cohort, period.startUtc(), period.endUtc(), filter, from, reason, limit),
                 query.countLost(cohort, period.startUtc(), period.endUtc(), filter, from, reason));
}

} // namespace voronka
