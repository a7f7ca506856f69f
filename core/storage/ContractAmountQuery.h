#pragma once

#include "DataContext.h"

#include <QDateTime>

namespace voronka {

// The average amount of the deals that reached the contract step in a range (UTC, [start, end)): the "average deal"
// the funnel calculator turns a revenue target into contracts with. Deals without an amount are left out.
class ContractAmountQuery
{
public:
    explicit ContractAmountQuery(DataContext context);

    // Kopecks, rounded down; 0 when no contract with an amount was reached.
    qint64 average(const QDateTime &start, const QDateTime &end) const;

private:
    DataContext m_context;
};

} // namespace voronka
