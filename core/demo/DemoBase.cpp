#include "DemoBase.h"

#include "DemoCompanyGenerator.h"
#include "DemoDepartment.h"
#include "DemoStories.h"
#include "DemoTimeline.h"
#include "domain/Clock.h"
#include "domain/SettableClock.h"
#include "storage/CompanyBulkWriter.h"
#include "storage/WriteTransaction.h"

#include <algorithm>
#include <vector>

namespace voronka {

void DemoBase::fill(DataContext context, int companyCount, quint32 seed)
{
    const QDateTime now = context.clock.nowUtc();
    SettableClock clock;
    clock.set(DemoStories::importTime(now));

    // The people, and the lists the collector brought in before the first call, each company to one of the two
    // callers: one step.
    WriteTransaction transaction(context.db);
    DemoDepartment department(context.db, clock);
    // The stories keep pointers to their companies: the vector is never resized after this.
    std::vector<DemoCompany> companies(size_t(std::max(companyCount, 0)));
    DemoCompanyGenerator generator(seed);
    CompanyBulkWriter writer(department.as(department.collectorId()));
    for (int i = 0; i < companyCount; ++i) {
        CompanyRecord record = generator.next();
        record.company.ownerId = department.callerIds().at(i % 2 ? 0 : 1);
        writer.insert(record);
        DemoCompany &company = companies[size_t(i)];
        company.id = record.company.id;
        company.version = record.company.version;
        company.callerId = record.company.ownerId;
        company.closerId = department.closerIds().at((i + i / 20) % 2);
        // Most closers go to the client's office; every third meeting is online.
        company.place = i % 3 == 0 ? QStringLiteral("Видеозвонок") : record.company.address;
    }
    transaction.commit();

    // Then six months of work, as it happened.
    DemoTimeline timeline;
    DemoStories stories(department, timeline, now, seed);
    for (int i = 0; i < companyCount; ++i)
        stories.plan(i, companies[size_t(i)]);
    timeline.run(context.db, clock);
}

} // namespace voronka
