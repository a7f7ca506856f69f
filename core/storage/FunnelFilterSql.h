#pragma once

#include "FunnelHistoryQuery.h"
#include "SqlCondition.h"

namespace voronka {

// A FunnelFilter as SQL conditions, for the report readers beside FunnelHistoryQuery that slice the same way (the
// weekly trends, the companies behind a funnel figure): a person's moves and work, the companies of a region, a source
// or an import batch as they are now.
class FunnelFilterSql
{
public:
    // On the companies table (no alias): the companies the filter is about, a person's being those they collected.
    static SqlCondition companies(const FunnelFilter &filter);
    // On a table with a company_id column (alias.company_id): its company is one the filter's region, source or batch
    // is about; the person is left out. Empty sql when the filter names no such part.
    static SqlCondition ofCompanies(const FunnelFilter &filter, const QString &alias);
    // On stage_history under `alias`: the moves the filter is about, a person's being those they made.
    static SqlCondition moves(const FunnelFilter &filter, const QString &alias);
    // " AND <sql>", or nothing for an empty condition.
    static QString andIf(const SqlCondition &condition);
};

} // namespace voronka
