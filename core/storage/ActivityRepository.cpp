#include "ActivityRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "domain/Clock.h"
#include "domain/EnumNames.h"

namespace voronka {

namespace {
// One table row per line, as in domain/CompanyStage.cpp.
// clang-format off
constexpr EnumNames<ActivityKind, 7> kindNames("ActivityKind",
    {{
        {ActivityKind::Call, "call", QT_TRANSLATE_NOOP("ActivityKind", "Call")},
        {ActivityKind::Meeting, "meeting", QT_TRANSLATE_NOOP("ActivityKind", "Meeting")},
        {ActivityKind::Note, "note", QT_TRANSLATE_NOOP("ActivityKind", "Note")},
        {ActivityKind::StageChange, "stage_change", QT_TRANSLATE_NOOP("ActivityKind", "Stage change")},
        {ActivityKind::DealStep, "deal_step", QT_TRANSLATE_NOOP("ActivityKind", "Deal step")},
        {ActivityKind::Payment, "payment", QT_TRANSLATE_NOOP("ActivityKind", "Payment")},
        {ActivityKind::Import, "import", QT_TRANSLATE_NOOP("ActivityKind", "Import")},
    }});
// clang-format on
} // namespace

// clang-format off
QString activityKindKey(ActivityKind kind) { return kindNames.key(kind); }
std::optional<ActivityKind> activityKindFromKey(const QString &key) { return kindNames.fromKey(key); }
// clang-format on

ActivityRepository::ActivityRepository(DataContext context)
    : m_context(context)
{
}

void ActivityRepository::add(Activity &activity)
{
    activity.userId = m_context.userId;
    activity.occurredAt = m_context.clock.nowUtc();
    const QVariant now = toStoredTime(activity.occurredAt);
    SqlStatement insert(m_context.db.connection(),
                        QStringLiteral("INSERT INTO activities (company_id, deal_id, user_id, kind, occurred_at, "
                                       "outcome, note, created_at, amount_kopecks, currency) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind({activity.companyId, nullIfZero(activity.dealId), nullIfZero(activity.userId),
                 activityKindKey(activity.kind), now, nullIfEmpty(activity.outcome), nullIfEmpty(activity.note), now,
                 activity.amount ? QVariant(activity.amount->kopecks()) : QVariant(QMetaType(QMetaType::LongLong)),
                 activity.amount ? QVariant(activity.amount->currency()) : QVariant(QMetaType(QMetaType::QString))});
    insert.exec();
    activity.id = insert.lastInsertId();
}

QList<Activity> ActivityRepository::listForCompany(qint64 companyId) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT id, deal_id, user_id, kind, occurred_at, outcome, note, amount_kopecks, "
                                       "currency FROM activities WHERE company_id = ? ORDER BY occurred_at, id"));
    select.bind(companyId).exec();
    QList<Activity> activities;
    while (select.next()) {
        Activity activity;
        activity.id = select.value(0).toLongLong();
        activity.companyId = companyId;
        activity.dealId = select.value(1).toLongLong();
        activity.userId = select.value(2).toLongLong();
        activity.kind = activityKindFromKey(select.value(3).toString()).value_or(ActivityKind::Note);
        activity.occurredAt = fromStoredTime(select.value(4));
        activity.outcome = select.value(5).toString();
        activity.note = select.value(6).toString();
        if (!select.value(7).isNull())
            activity.amount = Money(select.value(7).toLongLong(), select.value(8).toString());
        activities.append(activity);
    }
    return activities;
}

} // namespace voronka
