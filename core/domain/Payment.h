#pragma once

#include <QDate>
#include <QString>

namespace voronka {

// Money received from a company, usually against a deal's invoice. Integer kopecks; never negative or zero.
struct Payment
{
    qint64 id = 0;
    qint64 dealId = 0; // 0: not tied to a deal
    qint64 companyId = 0;
    qint64 amountKopecks = 0;
    QString currency = QStringLiteral("RUB");
    QDate paidOn; // the day the money arrived (stored as that day's midnight UTC)
    qint64 userId = 0; // who recorded it
    qint64 version = 0;
};

} // namespace voronka
