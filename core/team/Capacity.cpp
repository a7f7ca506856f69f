#include "Capacity.h"

#include "CompanyAssignment.h"
#include "TeamError.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"

namespace voronka {

namespace {
const QString smallKey = QStringLiteral("capacity_small_or_medium");
const QString largeKey = QStringLiteral("capacity_large");
const QString keyKey = QStringLiteral("capacity_key");
const QString clientsKey = QStringLiteral("capacity_clients");
constexpr int highestLimit = 100000;
} // namespace

Capacity::Capacity(DataContext context)
    : m_context(context)
{
}

CapacityLimits Capacity::limits() const
{
    const SettingsRepository settings(m_context.db);
    const CapacityLimits defaults;
    return {settings.number(smallKey, defaults.smallOrMedium, 1, highestLimit),
            settings.number(largeKey, defaults.large, 1, highestLimit),
            settings.number(keyKey, defaults.key, 1, highestLimit),
            settings.number(clientsKey, defaults.clients, 1, highestLimit)};
}

void Capacity::setLimits(const CapacityLimits &limits)
{
    for (const int limit : {limits.smallOrMedium, limits.large, limits.key, limits.clients})
        if (limit < 1 || limit > highestLimit)
            throw TeamError(TeamError::Kind::BadInput, tr("A limit is a whole number from 1 to %1.").arg(highestLimit));
    SettingsRepository settings(m_context.db);
    settings.setValue(smallKey, QString::number(limits.smallOrMedium));
    settings.setValue(largeKey, QString::number(limits.large));
    settings.setValue(keyKey, QString::number(limits.key));
    settings.setValue(clientsKey, QString::number(limits.clients));
}

Workload Capacity::load(qint64 userId) const
{
    return WorkloadQuery(m_context.db).of(userId);
}

std::optional<QString> Capacity::overLimit(qint64 userId, CompanySize size) const
{
    const auto user = UserRepository(m_context).find(userId);
    if (!user)
        return std::nullopt;
    const CapacityLimits limit = limits();
    const Workload now = load(userId);
    if (user->hasRole(UserRole::Closer)) {
        switch (size) {
        case CompanySize::SmallOrMedium:
            if (now.smallOrMedium >= limit.smallOrMedium)
                return tr("%1 leads %2 small or medium companies; the limit is %3.")
                    .arg(user->fullName)
                    .arg(now.smallOrMedium)
                    .arg(limit.smallOrMedium);
            break;
        case CompanySize::Large:
            if (now.large >= limit.large)
                return tr("%1 leads %2 large companies; the limit is %3.")
                    .arg(user->fullName)
                    .arg(now.large)
                    .arg(limit.large);
            break;
        case CompanySize::Key:
            if (now.key >= limit.key)
                return tr("%1 leads %2 key accounts; the limit is %3.").arg(user->fullName).arg(now.key).arg(limit.key);
            break;
        }
    }
    if (user->hasRole(UserRole::AccountManager) && !user->hasRole(UserRole::Closer) && now.clients >= limit.clients)
        return tr("%1 serves %2 clients; the limit is %3.").arg(user->fullName).arg(now.clients).arg(limit.clients);
    return std::nullopt;
}

namespace {
enum class Moment { Now, AfterHandOut };

QStringList overLimits(const User &user, const Workload &load, const CapacityLimits &limits, Moment moment)
{
    const bool now = moment == Moment::Now;
    QStringList over;
    if (user.hasRole(UserRole::Closer)) {
        if (load.smallOrMedium > limits.smallOrMedium)
            over.append((now ? Capacity::tr("%1 leads %2 small or medium companies; the limit is %3.")
                             : Capacity::tr("%1 would lead %2 small or medium companies; the limit is %3."))
                            .arg(user.fullName)
                            .arg(load.smallOrMedium)
                            .arg(limits.smallOrMedium));
        if (load.large > limits.large)
            over.append((now ? Capacity::tr("%1 leads %2 large companies; the limit is %3.")
                             : Capacity::tr("%1 would lead %2 large companies; the limit is %3."))
                            .arg(user.fullName)
                            .arg(load.large)
                            .arg(limits.large));
        if (load.key > limits.key)
            over.append((now ? Capacity::tr("%1 leads %2 key accounts; the limit is %3.")
                             : Capacity::tr("%1 would lead %2 key accounts; the limit is %3."))
                            .arg(user.fullName)
                            .arg(load.key)
                            .arg(limits.key));
    }
    if (user.hasRole(UserRole::AccountManager) && load.clients > limits.clients)
        over.append((now ? Capacity::tr("%1 serves %2 clients; the limit is %3.")
                         : Capacity::tr("%1 would serve %2 clients; the limit is %3."))
                        .arg(user.fullName)
                        .arg(load.clients)
                        .arg(limits.clients));
    return over;
}
} // namespace

bool Capacity::hasLimits(const User &user)
{
    return user.hasRole(UserRole::Closer) || user.hasRole(UserRole::AccountManager);
}

QStringList Capacity::beyondLimits(const User &user, const Workload &load, const CapacityLimits &limits)
{
    return overLimits(user, load, limits, Moment::Now);
}

QStringList Capacity::overLimitAfter(const AssignmentPlan &plan) const
{
    QStringList over;
    const CapacityLimits limit = limits();
    UserRepository users(m_context);
    for (const AssignmentShare &share : plan.shares) {
        if (share.adds == Workload())
            continue; // nothing that weighs on a limit: cold companies for a caller, or their own again
        const auto user = users.find(share.userId);
        if (!user || !hasLimits(*user))
            continue;
        Workload after = load(share.userId);
        after += share.adds;
        over.append(overLimits(*user, after, limit, Moment::AfterHandOut));
    }
    return over;
}

} // namespace voronka
