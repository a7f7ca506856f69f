#pragma once

#include "domain/CompanyRecord.h"

#include <QRandomGenerator>

namespace voronka {

// Makes plausible Russian B2B companies with contacts and phones, the same ones for the same seed.
// Used for the demo base and for the benchmark bases.
class DemoCompanyGenerator
{
public:
    explicit DemoCompanyGenerator(quint32 seed = 2026);

    // A new company (id 0) with one or two contacts and one to three valid phones (E.164 filled in).
    CompanyRecord next();

private:
    QString pick(const QStringList &words);
    QString phoneNumber(const QString &areaCode);

    QRandomGenerator m_random;
    qint64 m_serial = 0;
};

} // namespace voronka
