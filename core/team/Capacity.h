#pragma once

#include "domain/CompanySize.h"
#include "domain/User.h"
#include "storage/DataContext.h"
#include "storage/WorkloadQuery.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace voronka {

struct AssignmentPlan;

// How much one person may carry (seed 004; settings in the base, these are the defaults): a closer leads up to 40
// small or medium companies, 15 large, 3 key accounts; an account manager serves up to 200 clients.
struct CapacityLimits
{
    int smallOrMedium = 40;
    int large = 15;
    int key = 3;
    int clients = 200;

    bool operator==(const CapacityLimits &) const = default;
};

// Checks a person's load against the limits before more is given to them. Assigning or routing beyond a limit is not
// refused: the head is warned with the numbers and decides.
class Capacity
{
    Q_DECLARE_TR_FUNCTIONS(Capacity)

public:
    explicit Capacity(DataContext context);

    CapacityLimits limits() const;
    // Throws TeamError BadInput for a limit below 1.
    void setLimits(const CapacityLimits &limits);
    Workload load(qint64 userId) const;
    // Why one more company of this size is too many for the person ("Олег Договоров leads 40 small or medium
    // companies; the limit is 40."), or nothing when it fits. Only closers and account managers have limits.
    std::optional<QString> overLimit(qint64 userId, CompanySize size) const;
    // Who among the people of a hand-out would carry more than a limit once it is applied, each with the numbers
    // ("Олег Договоров would lead 45 small or medium companies; the limit is 40."); empty when everybody fits. Counts
    // the companies each gets that weigh on a limit (AssignmentShare::adds) on top of their load now.
    QStringList overLimitAfter(const AssignmentPlan &plan) const;

    // Whether any limit applies to the person: a closer's by size class, an account manager's clients.
    static bool hasLimits(const User &user);
    // The limits a person's load is over now, each with the numbers ("Олег Договоров leads 45 small or medium
    // companies; the limit is 40."); empty when within every limit or when none applies.
    static QStringList beyondLimits(const User &user, const Workload &load, const CapacityLimits &limits);

private:
    DataContext m_context;
};

} // namespace voronka
