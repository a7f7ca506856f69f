#pragma once

#include "storage/DataContext.h"

namespace voronka {

// Fills a new base with a demo sales department: its people, and a few hundred companies that went through the
// funnel over the last six months (DemoStories), so that the lists, the Today sections, the pipeline and every
// report built on stage_history have realistic data on the first start.
class DemoBase
{
public:
    static constexpr int defaultCompanyCount = 300;
    static constexpr quint32 defaultSeed = 2026;

    // "Today" is context.clock's now; the history is written at the demo's own clock, walking from six months
    // before it up to it. The same seed and today give the same rows. The people are hired (created when missing)
    // whatever companyCount is. Commits in steps well under a second each (a shared file is never held long);
    // throws StorageError, and then the steps committed before the failure stay: on a new base, a smaller demo.
    static void fill(DataContext context, int companyCount = defaultCompanyCount, quint32 seed = defaultSeed);
};

} // namespace voronka
