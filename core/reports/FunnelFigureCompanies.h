#pragma once

#include "FunnelFigures.h"
#include "storage/DataContext.h"

#include <QDateTime>
#include <QList>

namespace voronka {

// Which figure of a stage's line: its entries, or those of them that went on, were lost, moved back or are still there.
enum class StageOutcome { Entered, Advanced, Lost, MovedBack, StillThere };

// A company behind a figure: where it is now and when the move counted was made (its creation, for a new company of
// the cold base).
struct FigureCompany
{
    qint64 companyId = 0;
    QString name;
    std::optional<CompanyStage> stageNow;
    QDateTime at; // UTC
};

// The first companies behind a figure and how many there are in all (a company entered twice is there twice).
struct FigureCompanies
{
    QList<FigureCompany> companies;
    qint64 total = 0;
};

// Every figure of the funnel report opened to the companies it counts (DESIGN.md "every figure can be opened"): for the
// same period, view and slice, the entries of a stage with the outcome asked, or the moves to lost with a reason,
// chosen by the rules FunnelReport counts with, so the total is the figure.
class FunnelFigureCompanies
{
public:
    explicit FunnelFigureCompanies(DataContext context);

    // How many companies a list holds at most: a big base's figure of a year has hundreds of thousands.
    static constexpr int shownAtMost = 1000;

    FigureCompanies stage(const ReportPeriod &period, FunnelView view, const ReportSlice &slice, CompanyStage stage,
                          StageOutcome outcome, int limit = shownAtMost) const;
    FigureCompanies lostReason(const ReportPeriod &period, FunnelView view, const ReportSlice &slice,
                               CompanyStage fromStage, const QString &reason, int limit = shownAtMost) const;

private:
    DataContext m_context;
};

} // namespace voronka
