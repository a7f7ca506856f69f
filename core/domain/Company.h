#pragma once

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
    QString address;
    QString website;
    QString industry;
    QString source;
    CompanyStage stage = CompanyStage::Cold;
    qint64 ownerId = 0; // 0: nobody
    QDateTime nextActionAt; // UTC; invalid: none planned
    qint64 version = 0; // the version this copy was read at; an update must match it
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace voronka
