#include "TeamSettings.h"

#include "TeamError.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

namespace voronka {

namespace {
const QString poolKey = QStringLiteral("callers_take_from_pool");
} // namespace

TeamSettings::TeamSettings(DataContext context)
    : m_context(context)
{
}

void TeamSettings::requireHead() const
{
    UserRepository users(m_context);
    if (!users.anyPassword())
        return;
    const auto actor = users.find(m_context.userId);
    if (!actor || !actor->active || !actor->hasRole(UserRole::Head))
        throw TeamError(TeamError::Kind::NotAllowed, tr("Only the head of sales sets the team's rules."));
}

bool TeamSettings::callersTakeFromPool() const
{
    return SettingsRepository(m_context.db).flag(poolKey, false);
}

void TeamSettings::setCallersTakeFromPool(bool on)
{
    requireHead();
    SettingsRepository(m_context.db).setFlag(poolKey, on);
}

TeamRules TeamSettings::rules() const
{
    const InquiryRouting routing(m_context);
    TeamRules rules;
    rules.routing = routing.rule();
    rules.qualifiedOrder = routing.qualifiedOrder();
    rules.limits = Capacity(m_context).limits();
    rules.callersTakeFromPool = callersTakeFromPool();
    return rules;
}

void TeamSettings::save(const TeamRules &rules)
{
    requireHead();
    // Each part checks its input before it writes; a refusal of a later part rolls back what an earlier one wrote.
    WriteTransaction transaction(m_context.db);
    Capacity(m_context).setLimits(rules.limits);
    InquiryRouting(m_context).setRule(rules.routing, rules.qualifiedOrder);
    SettingsRepository(m_context.db).setFlag(poolKey, rules.callersTakeFromPool);
    transaction.commit();
}

} // namespace voronka
