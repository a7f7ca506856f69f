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
    // Everyone's lines whoever is asking: for what a person's own figures depend on (a department's bonus in their
    // pay), never to show.
    QList<PersonActuals> department(const ReportPeriod &period) const;

private:
    QList<PersonActuals> lines(const ReportPeriod &period, qint64 userId, const QString &region) const;

    DataContext m_context;
};

} // namespace voronka
