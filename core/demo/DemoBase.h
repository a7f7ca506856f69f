#pragma once

#include "storage/DataContext.h"

namespace voronka {

// Fills a new base with a demo sales department: its people and a few hundred companies spread over the funnel.
class DemoBase
{
public:
    static constexpr int defaultCompanyCount = 300;

    // Throws StorageError; adds nothing when anything fails.
    static void fill(DataContext context, int companyCount = defaultCompanyCount);
};

} // namespace voronka
