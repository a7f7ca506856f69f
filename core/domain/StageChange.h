#pragma once

#include <QDateTime>
#include <QString>

namespace voronka {

// One move on the funnel, as stage_history keeps it. A company move has dealId 0 and company stage keys;
// a deal move names its deal and carries deal step keys, so reports can tell the two apart.
struct StageChange
{
    qint64 id = 0;
    qint64 companyId = 0;
    qint64 dealId = 0;
    qint64 userId = 0; // who moved it; 0: nobody logged in
    QString fromStage; // empty for the first stage
    QString toStage;
    QDateTime changedAt; // UTC
    QString comment;
    QString lostReason; // on a move to lost: the reason's title from the list, for the reports' lost reasons
};

} // namespace voronka
