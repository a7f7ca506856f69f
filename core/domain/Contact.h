#pragma once

#include <QString>

namespace voronka {

// A person at a company.
struct Contact
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString fullName;
    QString position;
    QString note;
    qint64 version = 0;
};

} // namespace voronka
