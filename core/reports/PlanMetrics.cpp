#include "PlanMetrics.h"

#include <array>

namespace voronka {

namespace {

struct Metric
{
    const char *key;
    const char *title;
    qint64 PersonActivity::*field;
};

constexpr std::array<Metric, 14> metrics{{
    {"collected_contacts", QT_TRANSLATE_NOOP("PlanMetrics", "Contacts collected"), &PersonActivity::collectedContacts},
    {"confirmed_contacts", QT_TRANSLATE_NOOP("PlanMetrics", "Contacts confirmed"), &PersonActivity::confirmedContacts},
    {"calls", QT_TRANSLATE_NOOP("PlanMetrics", "Calls"), &PersonActivity::calls},
    {"conversations", QT_TRANSLATE_NOOP("PlanMetrics", "Conversations"), &PersonActivity::conversations},
    {"meetings_booked", QT_TRANSLATE_NOOP("PlanMetrics", "Meetings booked"), &PersonActivity::meetingsBooked},
    {"booked_meetings_held", QT_TRANSLATE_NOOP("PlanMetrics", "Booked meetings held"),
     &PersonActivity::bookedMeetingsHeld},
    {"meetings_held", QT_TRANSLATE_NOOP("PlanMetrics", "Meetings held"), &PersonActivity::meetingsHeld},
    {"offers", QT_TRANSLATE_NOOP("PlanMetrics", "Offers"), &PersonActivity::offers},
    {"contracts", QT_TRANSLATE_NOOP("PlanMetrics", "Contracts"), &PersonActivity::contracts},
    {"first_payments", QT_TRANSLATE_NOOP("PlanMetrics", "First payments"), &PersonActivity::firstPayments},
    {"payments_kopecks", QT_TRANSLATE_NOOP("PlanMetrics", "Payments collected"), &PersonActivity::paymentsKopecks},
    {"reactivated_clients", QT_TRANSLATE_NOOP("PlanMetrics", "Clients reactivated"),
     &PersonActivity::reactivatedClients},
    {"vip_visits", QT_TRANSLATE_NOOP("PlanMetrics", "VIP visits"), &PersonActivity::vipVisits},
    {"vip_visits_due", QT_TRANSLATE_NOOP("PlanMetrics", "VIP visits due"), &PersonActivity::vipVisitsDue},
}};

const Metric *find(const QString &key)
{
    for (const Metric &metric : metrics) {
        if (key == QLatin1String(metric.key))
            return &metric;
    }
    return nullptr;
}

} // namespace

QStringList PlanMetrics::all()
{
    QStringList keys;
    for (const Metric &metric : metrics)
        keys.append(QString::fromLatin1(metric.key));
    return keys;
}

bool PlanMetrics::isKnown(const QString &metric)
{
    return find(metric) != nullptr;
}

QString PlanMetrics::title(const QString &metric)
{
    const Metric *found = find(metric);
    return found ? tr(found->title) : metric;
}

QString PlanMetrics::mainMetric(UserRole role)
{
    switch (role) {
    case UserRole::Collector:
        return QStringLiteral("confirmed_contacts");
    case UserRole::Caller:
        return QStringLiteral("booked_meetings_held");
    case UserRole::Closer:
        return QStringLiteral("contracts");
    case UserRole::AccountManager:
        return QStringLiteral("payments_kopecks");
    case UserRole::Head:
        break;
    }
    return {};
}

bool PlanMetrics::isMoney(const QString &metric)
{
    return metric == QLatin1String("payments_kopecks");
}

qint64 PlanMetrics::actual(const PersonActivity &work, const QString &metric)
{
    const Metric *found = find(metric);
    return found ? work.*(found->field) : 0;
}

} // namespace voronka
