#include "InquiryRouting.h"

#include "Capacity.h"
#include "TeamError.h"
#include "storage/DutyRosterRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"

#include <QStringList>

namespace voronka {

namespace {
const QString ruleKey = QStringLiteral("inquiry_rule");
const QString orderKey = QStringLiteral("inquiry_qualified_order");
const QString lastKey = QStringLiteral("inquiry_round_robin_last");
} // namespace

QString routingRuleKey(RoutingRule rule)
{
    switch (rule) {
    case RoutingRule::OnDuty:
        return QStringLiteral("duty");
    case RoutingRule::MostQualified:
        return QStringLiteral("qualified");
    case RoutingRule::RoundRobin:
        break;
    }
    return QStringLiteral("round_robin");
}

InquiryRouting::InquiryRouting(DataContext context)
    : m_context(context)
{
}

RoutingRule InquiryRouting::rule() const
{
    const QString stored = SettingsRepository(m_context.db).value(ruleKey);
    for (const RoutingRule rule : {RoutingRule::OnDuty, RoutingRule::MostQualified, RoutingRule::RoundRobin})
        if (routingRuleKey(rule) == stored)
            return rule;
    return RoutingRule::RoundRobin;
}

QList<qint64> InquiryRouting::qualifiedOrder() const
{
    QList<qint64> order;
    for (const QString &id :
         SettingsRepository(m_context.db).value(orderKey).split(QLatin1Char(','), Qt::SkipEmptyParts))
        order.append(id.toLongLong());
    return order;
}

void InquiryRouting::setRule(RoutingRule rule, const QList<qint64> &order)
{
    if (rule == RoutingRule::MostQualified && order.isEmpty())
        throw TeamError(TeamError::Kind::BadInput, tr("Put the sellers in order, most qualified first."));
    QStringList ids;
    UserRepository users(m_context);
    for (const qint64 id : order) {
        if (ids.contains(QString::number(id)))
            throw TeamError(TeamError::Kind::BadInput, tr("Each seller once in the order."));
        const auto user = users.find(id);
        if (!user)
            throw TeamError(TeamError::Kind::BadInput, tr("There is no such user."));
        if (!user->active)
            throw TeamError(TeamError::Kind::InactiveUser,
                            tr("%1 is deactivated: take them out of the order.").arg(user->fullName));
        ids.append(QString::number(id));
    }
    SettingsRepository settings(m_context.db);
    settings.setValue(ruleKey, routingRuleKey(rule));
    settings.setValue(orderKey, ids.isEmpty() ? QStringLiteral("") : ids.join(QLatin1Char(',')));
}

RoutingChoice InquiryRouting::toHead(const QString &warning) const
{
    for (const User &user : UserRepository(m_context).list())
        if (user.hasRole(UserRole::Head))
            return {user.id, tr("the head of sales"), warning};
    return {0, QString(), warning};
}

RoutingChoice InquiryRouting::firstWithRoom(const QList<qint64> &candidates, CompanySize size, const QString &why) const
{
    const Capacity capacity(m_context);
    UserRepository users(m_context);
    std::optional<RoutingChoice> full;
    for (const qint64 id : candidates) {
        const auto user = users.find(id);
        if (!user || !user->active)
            continue;
        const auto over = capacity.overLimit(id, size);
        if (!over)
            return {id, why, QString()};
        if (!full)
            full = RoutingChoice{id, why, tr("Everybody is at their limit. %1").arg(*over)};
    }
    return full ? *full : toHead(tr("Nobody to take inquiries: the head gets it."));
}

RoutingChoice InquiryRouting::choose(CompanySize size, const QDate &today)
{
    switch (rule()) {
    case RoutingRule::OnDuty: {
        const qint64 onDuty = DutyRosterRepository(m_context.db).onDuty(today);
        const auto user = onDuty == 0 ? std::nullopt : UserRepository(m_context).find(onDuty);
        if (!user || !user->active)
            return toHead(tr("Nobody is on duty today: the head gets it."));
        RoutingChoice choice{user->id, tr("on duty today"), QString()};
        if (const auto over = Capacity(m_context).overLimit(user->id, size))
            choice.warning = *over;
        return choice;
    }
    case RoutingRule::MostQualified:
        return firstWithRoom(qualifiedOrder(), size, tr("the most qualified with room"));
    case RoutingRule::RoundRobin:
        break;
    }
    // The closers in id order, starting after the one who had the last inquiry.
    QList<qint64> closers;
    for (const User &user : UserRepository(m_context).list())
        if (user.hasRole(UserRole::Closer))
            closers.append(user.id);
    std::sort(closers.begin(), closers.end());
    SettingsRepository settings(m_context.db);
    const qint64 last = settings.value(lastKey).toLongLong();
    const auto after = std::upper_bound(closers.begin(), closers.end(), last);
    QList<qint64> turn(after, closers.end());
    turn.append(QList<qint64>(closers.begin(), after));
    const RoutingChoice choice = firstWithRoom(turn, size, tr("next in turn"));
    if (choice.userId != 0 && closers.contains(choice.userId))
        settings.setValue(lastKey, QString::number(choice.userId));
    return choice;
}

} // namespace voronka
