#include "FunnelCalculator.h"

#include "ActivityReport.h"
#include "storage/ContractAmountQuery.h"
#include "storage/UserRepository.h"

#include <cmath>

namespace voronka {

namespace {

constexpr double daysPerMonth = 30.44;

double ratio(qint64 part, qint64 whole)
{
    return whole == 0 ? 0.0 : double(part) / double(whole);
}

// The volume a step needs for `next` of the step after it at `rate` (next per this); 0 with the chain broken.
qint64 needed(qint64 next, double rate, const QString &step, QString &brokenAt)
{
    if (next == 0)
        return 0;
    if (rate <= 0.0) {
        if (brokenAt.isEmpty())
            brokenAt = step;
        return 0;
    }
    // A hair under the next whole number is that number: 6 / 0.2 is 30.000000000000004 in doubles.
    return qint64(std::ceil(double(next) / rate - 1e-9));
}

std::optional<qint64> people(qint64 volume, double throughput)
{
    if (throughput <= 0.0)
        return std::nullopt;
    return qint64(std::ceil(double(volume) / throughput - 1e-9));
}

} // namespace

FunnelCalculator::FunnelCalculator(DataContext context)
    : m_context(context)
{
}

CalculatorAssumptions FunnelCalculator::measure(const ReportPeriod &period) const
{
    const QList<PersonActuals> lines = ActivityReport(m_context).compute(period, ReportSlice::everyone());
    PersonActivity total;
    qint64 collectors = 0;
    qint64 callers = 0;
    qint64 closers = 0;
    for (const PersonActuals &line : lines) {
        const PersonActivity &work = line.work;
        total.collectedContacts += work.collectedContacts;
        total.calls += work.calls;
        total.meetingsBooked += work.meetingsBooked;
        total.meetingsHeld += work.meetingsHeld;
        total.offers += work.offers;
        total.contracts += work.contracts;
        collectors += line.person.hasRole(UserRole::Collector) ? 1 : 0;
        callers += line.person.hasRole(UserRole::Caller) ? 1 : 0;
        closers += line.person.hasRole(UserRole::Closer) ? 1 : 0;
    }
    const double months = double(period.days()) / daysPerMonth;
    CalculatorAssumptions assumptions;
    assumptions.bookedPerContact = ratio(total.meetingsBooked, total.collectedContacts);
    assumptions.callsPerBooked = ratio(total.calls, total.meetingsBooked);
    assumptions.heldPerBooked = ratio(total.meetingsHeld, total.meetingsBooked);
    assumptions.offersPerHeld = ratio(total.offers, total.meetingsHeld);
    assumptions.contractsPerOffer = ratio(total.contracts, total.offers);
    assumptions.contactsPerCollector = collectors == 0 ? 0.0 : double(total.collectedContacts) / collectors / months;
    assumptions.bookedPerCaller = callers == 0 ? 0.0 : double(total.meetingsBooked) / callers / months;
    assumptions.heldPerCloser = closers == 0 ? 0.0 : double(total.meetingsHeld) / closers / months;
    assumptions.averageDealKopecks = ContractAmountQuery(m_context).average(period.startUtc(), period.endUtc());
    return assumptions;
}

TeamSize FunnelCalculator::teamNow() const
{
    TeamSize team;
    for (const User &user : UserRepository(m_context).list(true)) {
        team.collectors += user.hasRole(UserRole::Collector) ? 1 : 0;
        team.callers += user.hasRole(UserRole::Caller) ? 1 : 0;
        team.closers += user.hasRole(UserRole::Closer) ? 1 : 0;
    }
    return team;
}

CalculatorResult FunnelCalculator::forContracts(qint64 contracts, const CalculatorAssumptions &assumptions)
{
    CalculatorResult result;
    result.contracts = std::max<qint64>(0, contracts);
    result.revenueKopecks = result.contracts * assumptions.averageDealKopecks;
    result.offers = needed(result.contracts, assumptions.contractsPerOffer, tr("offer → contract"), result.brokenAt);
    result.meetingsHeld = needed(result.offers, assumptions.offersPerHeld, tr("meeting held → offer"), result.brokenAt);
    result.meetingsBooked
        = needed(result.meetingsHeld, assumptions.heldPerBooked, tr("meeting booked → held"), result.brokenAt);
    result.contacts
        = needed(result.meetingsBooked, assumptions.bookedPerContact, tr("contact → meeting booked"), result.brokenAt);
    result.calls = qint64(std::ceil(double(result.meetingsBooked) * assumptions.callsPerBooked - 1e-9));
    result.collectors = people(result.contacts, assumptions.contactsPerCollector);
    result.callers = people(result.meetingsBooked, assumptions.bookedPerCaller);
    result.closers = people(result.meetingsHeld, assumptions.heldPerCloser);
    return result;
}

CalculatorResult FunnelCalculator::forRevenue(qint64 revenueKopecks, const CalculatorAssumptions &assumptions)
{
    if (assumptions.averageDealKopecks <= 0) {
        CalculatorResult result;
        result.brokenAt = tr("average deal");
        return result;
    }
    const qint64 contracts
        = (std::max<qint64>(0, revenueKopecks) + assumptions.averageDealKopecks - 1) / assumptions.averageDealKopecks;
    return forContracts(contracts, assumptions);
}

QList<PlanTarget> FunnelCalculator::plansFor(const CalculatorResult &result, const QString &month) const
{
    QList<PlanTarget> targets;
    const QList<User> users = UserRepository(m_context).list(true);
    const auto share = [&](UserRole role, const QList<QPair<QString, qint64>> &volumes) {
        QList<qint64> ids;
        for (const User &user : users) {
            if (user.hasRole(role))
                ids.append(user.id);
        }
        for (const qint64 id : ids) {
            for (const auto &[metric, volume] : volumes)
                targets.append({id, month, metric, (volume + ids.size() - 1) / ids.size()});
        }
    };
    share(UserRole::Collector, {{QStringLiteral("collected_contacts"), result.contacts}});
    share(UserRole::Caller,
          {{QStringLiteral("calls"), result.calls}, {QStringLiteral("meetings_booked"), result.meetingsBooked}});
    share(UserRole::Closer,
          {{QStringLiteral("meetings_held"), result.meetingsHeld},
           {QStringLiteral("offers"), result.offers},
           {QStringLiteral("contracts"), result.contracts}});
    return targets;
}

} // namespace voronka
