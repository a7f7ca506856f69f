#pragma once

#include "DataContext.h"
#include "FunnelHistoryQuery.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace voronka {

// Which entries of a stage a funnel figure counts, as FunnelHistoryQuery reads them (the reports layer says which
// stages an outcome means): the company moves into `stage` in the range, those whose outcome is asked, and the moves
// that passed over the stage; for the cold base also the companies created in the range.
struct FunnelFigureSpec
{
    bool cohort = false; // the range is of the companies' creation (cohort_at), not of the moves (changed_at)
    QDateTime start;
    QDateTime end;
    QDateTime outcomeBefore; // an outcome counts when it came before this (the period's end, or far ahead for a cohort)
    FunnelFilter filter;
    QString stage; // the stage entered
    enum class Outcome { Any, StillThere, LeftTo } outcome = Outcome::Any;
    QStringList leftTo; // LeftTo: the stages the entry left to
    // Moves from one of passedFrom to one of passedTo skipped the stage on the way: entered and left onwards at once.
    QStringList passedFrom;
    QStringList passedTo;
    bool created = false; // the companies created in the range entered the stage (the cold base)
};

// A company behind a figure: the entry's company, where it is now and when the entry was made.
struct FigureCompanyRow
{
    qint64 companyId = 0;
    QString name;
    QString stageNow; // companies.stage's key
    QDateTime at; // UTC: the move, or the company's creation
};

// The companies behind a figure of the funnel report (an entry of a stage and its outcome, a lost reason), read with
// the same conditions FunnelHistoryQuery counts with, so the list's count is the figure. The first `limit` by the time
// of the entry, and the count of all.
class FunnelFigureQuery
{
public:
    explicit FunnelFigureQuery(DataContext context);

    QList<FigureCompanyRow> entries(const FunnelFigureSpec &spec, int limit) const;
    qint64 countEntries(const FunnelFigureSpec &spec) const;
    // The moves to lost from fromStage with reason (empty: none kept) in the range (cohort: of the companies created
    // in it).
    QList<FigureCompanyRow> lost(bool cohort, const QDateTime &start, const QDateTime &end, const FunnelFilter &filter,
                                 const QString &fromStage, const QString &reason, int limit) const;
    qint64 countLost(bool cohort, const QDateTime &start, const QDateTime &end, const FunnelFilter &filter,
                     const QString &fromStage, const QString &reason) const;

private:
    DataContext m_context;
};

} // namespace voronka
