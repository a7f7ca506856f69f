#pragma once

#include "DataContext.h"
#include "domain/StageChange.h"

#include <QList>

namespace voronka {

// stage_history rows: written once, never changed, so conversion reports can be computed from them.
class StageHistoryRepository
{
public:
    explicit StageHistoryRepository(DataContext context);

    // Stores the move as made now by the context's user; fills in id, userId and changedAt.
    void record(StageChange &change);
    // Company and deal moves of one company, oldest first.
    QList<StageChange> listForCompany(qint64 companyId) const;

private:
    DataContext m_context;
};

} // namespace voronka
