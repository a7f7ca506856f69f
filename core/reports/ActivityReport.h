#pragma once

#include "ReportPeriod.h"
#include "ReportSlice.h"
#include "domain/User.h"
#include "storage/DataContext.h"
#include "storage/PersonActivityQuery.h"

#include <QList>

namespace voronka {

// One person's work in a period beside who they are.
struct PersonActuals
{
    User person;
    PersonActivity work;
};

// Each person's measurable results in a period (calls, conversations, meetings booked and held, offers, contracts,
// first payments, money collected, contacts collected and confirmed): the actual that plans are measured against.
// The head sees everyone (a head with a region: that region's companies); anyone else their own line only.
class ActivityReport
{
public:
    explicit ActivityReport(DataContext context);

    // Active people, and a deactivated one who did something in the period, by name; a Person slice gives that
    // person's line only. Other slices are not a person's: ReportError BadInput.
    QList<PersonActuals> compute(const ReportPeriod &period, const ReportSlice &slice) const;

private:
    DataContext m_context;
};

} // namespace voronka
