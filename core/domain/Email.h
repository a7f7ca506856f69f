#pragma once

#include <QString>

namespace voronka {

// An e-mail address of a company or of one of its people; stored lowercased.
struct Email
{
    qint64 id = 0;
    qint64 companyId = 0;
    qint64 contactId = 0; // 0: the company's own address
    QString address;
    qint64 version = 0;
};

} // namespace voronka
