#pragma once

#include "DataContext.h"
#include "domain/Activity.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace voronka {

// One line of a company's timeline: an activity, or a stage move that has no activity of its own.
struct TimelineEntry
{
    QDateTime occurredAt; // UTC
    ActivityKind kind = ActivityKind::Note;
    qint64 dealId = 0;
    QString dealTitle;
    QString userName; // empty: nobody logged in, or the user is gone
    QString fromStage; // stage and deal step moves: the key moved from (empty for the first stage)
    QString outcome; // the machine key: call outcome, stage or deal step reached
    QString note;
    std::optional<Money> amount; // a payment's amount
};

// Reads a company's timeline: its activities (calls, meetings, notes, moves, payments, imports) and the
// stage_history rows, newest first. A move written by the funnel is both an activity and a history row;
// it appears once, with the stage it came from.
class CompanyTimelineQuery
{
public:
    explicit CompanyTimelineQuery(DataContext context);

    QList<TimelineEntry> entries(qint64 companyId) const;

private:
    DataContext m_context;
};

} // namespace voronka
