#pragma once

#include "domain/CompanyStage.h"

#include <QDateTime>
#include <QString>

namespace voronka {

// The part of a company row the funnel moves: its stage and what the calls left behind.
struct CompanyFunnelState
{
    qint64 companyId = 0;
    CompanyStage stage = CompanyStage::Cold;
    qint64 ownerId = 0;
    QDateTime nextActionAt; // UTC; invalid: nothing planned
    int callAttempts = 0; // failed attempts in a row (no answer, busy)
    QDateTime parkedAt; // UTC; valid while the company is parked out of the call queue
    QString lostReason; // set while the company is lost
    qint64 version = 0; // the company's version this copy was read at

    bool isParked() const { return parkedAt.isValid(); }
};

} // namespace voronka
