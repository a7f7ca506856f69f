#pragma once

#include "CompanySize.h"
#include "CompanyStage.h"

#include <QDateTime>
#include <QString>

namespace voronka {

struct Company
{
    qint64 id = 0; // 0 until stored
    QString name;
    QString inn;
    QString city;
    // The federal subject ("Свердловская область", RegionOfCity), from the city unless given; empty: not known.
    QString region;
    QString address;
    QString website;
    QString industry;
    QString source;
    CompanyStage stage = CompanyStage::Cold;
    qint64 ownerId = 0; // 0: nobody
    // Who collected it (paid per confirmed contact); 0 when written: the writing user. Set once, at creation.
    qint64 collectedBy = 0;
    QDateTime confirmedAt; // UTC; when a caller first reached the company, invalid until then
    QDateTime nextActionAt; // UTC; invalid: none planned
    CompanySize size = CompanySize::SmallOrMedium; // how much of a seller's capacity it takes
    qint64 version = 0; // the version this copy was read at; an update must match it
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace voronka
