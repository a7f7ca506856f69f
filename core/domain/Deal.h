#pragma once

#include "DealStep.h"

#include <QDate>
#include <QString>

namespace voronka {

// A sale to a company, carried by a closer through the deal steps. Money in integer kopecks.
struct Deal
{
    qint64 id = 0;
    qint64 companyId = 0;
    qint64 ownerId = 0; // the closer; 0: nobody
    QString title;
    DealStep step = DealStep::Needs;
    qint64 amountKopecks = 0; // 0: not agreed yet
    qint64 marginKopecks = 0;
    QString currency = QStringLiteral("RUB");
    QString invoiceNumber;
    QDate invoiceDate;
    QString lostReason;
    qint64 version = 0;
};

} // namespace voronka
