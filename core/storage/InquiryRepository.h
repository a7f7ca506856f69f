#pragma once

#include "DataContext.h"

#include <QString>

namespace voronka {

// One inquiry as it came in and where it went.
struct InquiryRow
{
    qint64 companyId = 0;
    QString contactName;
    QString phone;
    QString email;
    QString request;
    QString sourceKey; // InquirySource key
    qint64 routedTo = 0;
    QString rule; // RoutingRule key, or "owner" for a company that already had one
    qint64 taskId = 0;
};

class InquiryRepository
{
public:
    explicit InquiryRepository(DataContext context);

    // Within the caller's transaction; returns the id.
    qint64 add(const InquiryRow &row);
    qint64 countForCompany(qint64 companyId) const;

private:
    DataContext m_context;
};

} // namespace voronka
