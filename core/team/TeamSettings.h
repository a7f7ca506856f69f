#pragma once

#include "Capacity.h"
#include "InquiryRouting.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QList>

namespace voronka {

// The rules the head sets for the whole team, kept in the base so that every desk follows them.
struct TeamRules
{
    RoutingRule routing = RoutingRule::RoundRobin;
    QList<qint64> qualifiedOrder; // most qualified first; kept whichever rule is chosen
    CapacityLimits limits;
    bool callersTakeFromPool = false;

    bool operator==(const TeamRules &) const = default;
};

// The team's rules in one place: how inquiries are routed (InquiryRouting), the capacity limits (Capacity) and the
// switch that lets callers take unassigned cold companies from the pool (the viewer's rule, VisibleCompanies).
class TeamSettings
{
    Q_DECLARE_TR_FUNCTIONS(TeamSettings)

public:
    explicit TeamSettings(DataContext context);

    // Read by whoever opens the base: a caller's viewer takes it at sign-in (GuiFront, CommandLineSignIn).
    bool callersTakeFromPool() const;
    // Throws TeamError NotAllowed like save().
    void setCallersTakeFromPool(bool on);

    TeamRules rules() const;
    // All or nothing, in one short transaction. Throws TeamError: NotAllowed (sign-in is on and the user is not the
    // head), BadInput (a limit below 1, an empty or doubled order for "most qualified first"), InactiveUser (a
    // deactivated person in the order).
    void save(const TeamRules &rules);

    // The head only, once sign-in is on (before, everybody manages the base); throws TeamError NotAllowed.
    void requireHead() const;

private:
    DataContext m_context;
};

} // namespace voronka
