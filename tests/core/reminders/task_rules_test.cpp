#include "FunnelFixture.h"
#include "domain/Activity.h"
#include "domain/Payment.h"
#include "funnel/TaskRuleSettings.h"
#include "reminders/TaskRules.h"
#include "storage/ActivityRepository.h"
#include "storage/DealRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TaskRepository.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::FunnelFixture;

namespace {

QDateTime day(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth).startOfDay(QTimeZone::utc());
}

struct RulesFixture : FunnelFixture
{
    qint64 client(const QString &name, std::initializer_list<QDate> paidOn, qint64 kopecks = 1'000'00)
    {
        const qint64 id = test::createCompany(base, name, CompanyStage::Client, accountManagerId);
        for (const QDate &date : paidOn) {
            Payment payment;
            payment.companyId = id;
            payment.amountKopecks = kopecks;
            payment.paidOn = date;
            PaymentRepository(base.context()).create(payment);
        }
        return id;
    }

    // The open tasks of the kind, by company.
    QList<Task> openTasks(TaskKind kind)
    {
        QList<Task> result;
        for (const Task &task : TaskRepository(base.context()).listOpenDueBefore(later(1)))
            if (task.kind == kind)
                result.append(task);
        std::sort(result.begin(), result.end(), [](const Task &a, const Task &b) { return a.companyId < b.companyId; });
        return result;
    }

    QList<qint64> companiesWithOpen(TaskKind kind)
    {
        QList<qint64> result;
        for (const Task &task : openTasks(kind))
            result.append(task.companyId);
        return result;
    }

    TaskRules rules() { return TaskRules(base.context()); }
    void setting(const QString &key, const QString &value) { SettingsRepository(base.db()).setValue(key, value); }
};

} // namespace

TEST_CASE("The usual payment interval is the median gap, or the set days for one payment", "[rules]")
{
    CHECK(TaskRules::usualPaymentGapDays({day(2026, 1, 1)}, 90) == 90);
    // Gaps of 10 and 49 days: their mean, 29.5, rounded up.
    CHECK(TaskRules::usualPaymentGapDays({}, 90) == 90);
    CHECK(TaskRules::usualPaymentGapDays({day(2026, 1, 1), day(2026, 1, 11), day(2026, 3, 1)}, 90) == 30);
    CHECK(TaskRules::usualPaymentGapDays({day(2026, 1, 1), day(2026, 1, 11), day(2026, 1, 21), day(2026, 5, 1)}, 90)
          == 10);
    CHECK(TaskRules::usualPaymentGapDays({day(2026, 1, 1), day(2026, 1, 11), day(2026, 1, 21), day(2026, 5, 1)}, 0)
          == 10);
    // Two payments on one day: at least a day, never zero.
    CHECK(TaskRules::usualPaymentGapDays({day(2026, 1, 1), day(2026, 1, 1)}, 90) == 1);
}

TEST_CASE("A client silent for longer than usual gets one reactivation task for its account manager", "[rules]")
{
    RulesFixture f; // now: 2026-11-25 09:00 UTC
    // Monthly payer, silent since September: lapsed.
    const qint64 monthly = f.client(QStringLiteral("Monthly"), {{2026, 7, 1}, {2026, 8, 1}, {2026, 9, 1}});
    // Monthly payer that paid five days ago: fine.
    const qint64 recent = f.client(QStringLiteral("Recent"), {{2026, 10, 20}, {2026, 11, 20}});
    // One payment 55 days ago: within the 90 days default.
    const qint64 once = f.client(QStringLiteral("Once"), {{2026, 10, 1}});
    // One payment 116 days ago: lapsed.
    const qint64 longAgo = f.client(QStringLiteral("Long ago"), {{2026, 8, 1}});
    // Not a client (lost): never.
    const qint64 lost = test::createCompany(f.base, QStringLiteral("Lost"), CompanyStage::Lost, f.accountManagerId);
    Payment payment;
    payment.companyId = lost;
    payment.amountKopecks = 100;
    payment.paidOn = QDate(2025, 1, 1);
    PaymentRepository(f.base.context()).create(payment);
    f.setting(QStringLiteral("rules/vip_visits_enabled"), QStringLiteral("0"));

    CHECK(f.rules().run().reactivations == 2);
    const QList<Task> created = f.openTasks(TaskKind::Reactivation);
    REQUIRE(created.size() == 2);
    CHECK(created.at(0).companyId == monthly);
    CHECK(created.at(0).assigneeId == f.accountManagerId);
    CHECK(created.at(0).dueAt == f.later(0));
    CHECK(created.at(0).note.contains(QStringLiteral("every 31 days")));
    CHECK(created.at(1).companyId == longAgo);

    // No duplicates: a second sweep, the next day, adds nothing while the tasks are open.
    f.base.clock().advanceSeconds(86400);
    CHECK(f.rules().run().reactivations == 0);
    // Nor the day after the manager closed it: the next try comes after another usual interval.
    Task done = created.at(0);
    TaskRepository(f.base.context()).complete(done);
    f.base.clock().advanceSeconds(86400);
    CHECK(f.rules().run().reactivations == 0);
    // 32 days on, the monthly payer is asked again, and the recent one has lapsed too.
    f.base.clock().advanceSeconds(30 * 86400);
    CHECK(f.rules().run().reactivations == 2);
    CHECK(f.companiesWithOpen(TaskKind::Reactivation) == QList<qint64>{monthly, recent, longAgo});
    CHECK_FALSE(f.companiesWithOpen(TaskKind::Reactivation).contains(once));
}

TEST_CASE("The reactivation rule follows its settings and can be switched off", "[rules]")
{
    RulesFixture f;
    const qint64 once = f.client(QStringLiteral("Once"), {{2026, 10, 1}});
    f.setting(QStringLiteral("rules/vip_visits_enabled"), QStringLiteral("0"));
    f.setting(QStringLiteral("rules/reactivation_enabled"), QStringLiteral("0"));
    f.setting(QStringLiteral("rules/reactivation_days"), QStringLiteral("30"));
    CHECK(f.rules().run().reactivations == 0);
    CHECK(f.count(QStringLiteral("tasks")) == 0);

    f.setting(QStringLiteral("rules/reactivation_enabled"), QStringLiteral("1"));
    CHECK(f.rules().run().reactivations == 1);
    CHECK(f.companiesWithOpen(TaskKind::Reactivation) == QList<qint64>{once});
}

TEST_CASE("Each client is visited once a year, the top by revenue twice", "[rules]")
{
    RulesFixture f; // now: 2026-11-25
    // Seven clients, five of them since April (238 days): only the top 20% (one) is due its half-yearly visit.
    const qint64 top = f.client(QStringLiteral("Top"), {{2026, 4, 1}}, 900'000'00);
    for (int i = 0; i < 4; ++i)
        f.client(QStringLiteral("Small %1").arg(i), {{2026, 4, 1}}, 1'000'00);
    // A client since last October (420 days), never visited: due its yearly visit.
    const qint64 old = f.client(QStringLiteral("Old"), {{2025, 10, 1}}, 1'000'00);
    // An old client visited in January (a held meeting): not yet.
    const qint64 visited = f.client(QStringLiteral("Visited"), {{2025, 1, 1}}, 1'000'00);
    f.base.clock().set(day(2026, 1, 10));
    Activity meeting;
    meeting.companyId = visited;
    meeting.kind = ActivityKind::Meeting;
    meeting.outcome = QStringLiteral("held_offer");
    ActivityRepository(f.base.context()).add(meeting);
    f.base.clock().set(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
    f.setting(QStringLiteral("rules/reactivation_enabled"), QStringLiteral("0"));

    CHECK(f.rules().run().vipVisits == 2);
    const QList<Task> created = f.openTasks(TaskKind::VipVisit);
    REQUIRE(created.size() == 2);
    CHECK(created.at(0).companyId == top);
    CHECK(created.at(0).assigneeId == f.accountManagerId);
    CHECK(created.at(0).note.contains(QStringLiteral("twice a year")));
    CHECK(created.at(1).companyId == old);
    CHECK(created.at(1).note.contains(QStringLiteral("once a year")));

    // No duplicates on the next sweep; a visit done counts as the visit.
    CHECK(f.rules().run().vipVisits == 0);
    Task done = created.at(0);
    TaskRepository(f.base.context()).complete(done);
    // A hundred days on, the top client visited is not asked again; the one visited in January is due.
    f.base.clock().advanceSeconds(100 * 86400);
    CHECK(f.rules().run().vipVisits == 1);
    CHECK(f.companiesWithOpen(TaskKind::VipVisit) == QList<qint64>{old, visited});

    // Switched off: nothing, even when a visit is due.
    f.base.clock().advanceSeconds(200 * 86400);
    f.setting(QStringLiteral("rules/vip_visits_enabled"), QStringLiteral("0"));
    CHECK(f.rules().run().vipVisits == 0);
    f.setting(QStringLiteral("rules/vip_visits_enabled"), QStringLiteral("1"));
    CHECK(f.rules().run().vipVisits > 0);
}

TEST_CASE("A read-only base is swept without writing", "[rules]")
{
    RulesFixture f;
    f.client(QStringLiteral("Long ago"), {{2024, 8, 1}});
    f.base.reopen(DatabaseOptions{true, true, 5000});
    const TaskRulesReport report = f.rules().run();
    CHECK(report.reactivations == 0);
    CHECK(report.vipVisits == 0);
    CHECK(f.count(QStringLiteral("tasks")) == 0);
}

TEST_CASE("Deal step tasks follow their settings", "[rules]")
{
    FunnelFixture f;
    Deal deal;
    deal.companyId = f.companyId;
    deal.ownerId = f.closerId;
    deal.title = QStringLiteral("Поставка");
    deal.amountKopecks = 10'000'00;
    DealRepository(f.base.context()).create(deal);
    TaskRuleOptions options;
    options.offerFollowUpDays = 5;
    options.paymentReminderEnabled = false;
    TaskRuleSettings::save(f.base.db(), options);

    StageMover mover(f.asCloser());
    qint64 version = mover.moveDeal(deal.id, 1, test::dealMove(DealStep::OfferSent));
    auto open = TaskRepository(f.base.context()).listOpenForCompany(f.companyId);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).kind == TaskKind::OfferFollowUp);
    CHECK(open.at(0).dueAt == f.later(5 * 86400));

    version = mover.moveDeal(deal.id, version, test::dealMove(DealStep::Contract));
    mover.moveDeal(deal.id, version,
                   test::dealMove(DealStep::InvoiceIssued, {}, 0, QStringLiteral("17"), QDate(2026, 11, 25)));
    CHECK(f.count(QStringLiteral("tasks WHERE kind = 'payment_reminder'")) == 0);

    // Offer follow-ups switched off: a revised offer still drops the old follow-up and adds none.
    options.offerFollowUpEnabled = false;
    TaskRuleSettings::save(f.base.db(), options);
    Deal second;
    second.companyId = f.companyId;
    second.title = QStringLiteral("Вторая");
    DealRepository(f.base.context()).create(second);
    mover.moveDeal(second.id, 1, test::dealMove(DealStep::OfferSent));
    CHECK(f.count(QStringLiteral("tasks WHERE deal_id = ?"), {second.id}) == 0);
}

TEST_CASE("Rule settings fall back to defaults and refuse bad values", "[rules][bad-input]")
{
    FunnelFixture f;
    TaskRuleOptions defaults = TaskRuleSettings::load(f.base.db());
    CHECK(defaults.paymentReminderEnabled);
    CHECK(defaults.paymentReminderDays == 3);
    CHECK(defaults.offerFollowUpDays == 2);
    CHECK(defaults.reactivationDays == 90);
    CHECK(defaults.vipTopPercent == 20);
    CHECK(defaults.overdueEscalationHours == 24);

    SettingsRepository settings(f.base.db());
    settings.setValue(QStringLiteral("rules/payment_reminder_days"), QStringLiteral("-4"));
    settings.setValue(QStringLiteral("rules/payment_reminder_enabled"), QStringLiteral("maybe"));
    settings.setValue(QStringLiteral("rules/vip_top_percent"), QStringLiteral("250"));
    const TaskRuleOptions edited = TaskRuleSettings::load(f.base.db());
    CHECK(edited.paymentReminderDays == 3);
    CHECK(edited.paymentReminderEnabled);
    CHECK(edited.vipTopPercent == 20);

    TaskRuleOptions bad;
    bad.reactivationDays = 0;
    CHECK(test::funnelRefusal([&] { TaskRuleSettings::save(f.base.db(), bad); }) == FunnelError::Kind::MissingData);
    bad = {};
    bad.vipTopPercent = 101;
    CHECK(test::funnelRefusal([&] { TaskRuleSettings::save(f.base.db(), bad); }) == FunnelError::Kind::MissingData);
    bad = {};
    bad.overdueEscalationHours = 0;
    CHECK(test::funnelRefusal([&] { TaskRuleSettings::save(f.base.db(), bad); }) == FunnelError::Kind::MissingData);
    CHECK(settings.value(QStringLiteral("rules/reactivation_days")).isEmpty());

    TaskRuleOptions good;
    good.vipVisitsEnabled = false;
    good.reactivationDays = 45;
    TaskRuleSettings::save(f.base.db(), good);
    const TaskRuleOptions stored = TaskRuleSettings::load(f.base.db());
    CHECK_FALSE(stored.vipVisitsEnabled);
    CHECK(stored.reactivationDays == 45);
}

TEST_CASE("Open deals without a next task are flagged", "[rules]")
{
    FunnelFixture f;
    DealRepository deals(f.base.context());
    const auto makeDeal = [&](const QString &title, DealStep step) {
        Deal deal;
        deal.companyId = f.addCompany(title + QStringLiteral(" company"));
        deal.ownerId = f.closerId;
        deal.title = title;
        deal.step = step;
        deals.create(deal);
        return deal;
    };
    const Deal forgotten = makeDeal(QStringLiteral("Forgotten"), DealStep::Presentation);
    const Deal followed = makeDeal(QStringLiteral("Followed"), DealStep::Needs);
    const Deal companyCall = makeDeal(QStringLiteral("Company call"), DealStep::Contract);
    makeDeal(QStringLiteral("Paid"), DealStep::Paid);
    makeDeal(QStringLiteral("Lost"), DealStep::Lost);
    TaskRepository tasks(f.base.context());
    Task task;
    task.companyId = followed.companyId;
    task.dealId = followed.id;
    task.assigneeId = f.closerId;
    task.dueAt = f.later(60);
    tasks.create(task);
    Task call;
    call.companyId = companyCall.companyId;
    call.kind = TaskKind::Callback;
    call.dueAt = f.later(60);
    tasks.create(call);

    const QList<FlaggedDeal> flagged = TaskRules(f.base.context()).flaggedDeals();
    REQUIRE(flagged.size() == 1);
    CHECK(flagged.at(0).dealId == forgotten.id);
    CHECK(flagged.at(0).title == QStringLiteral("Forgotten"));
    CHECK(flagged.at(0).companyName == QStringLiteral("Forgotten company"));
    CHECK(flagged.at(0).ownerId == f.closerId);

    // Its task done, the followed deal has no next step either.
    tasks.complete(task);
    CHECK(TaskRules(f.base.context()).flaggedDeals().size() == 2);
}

TEST_CASE("Tasks overdue by more than the set time are escalated to the head", "[rules]")
{
    FunnelFixture f;
    TaskRepository tasks(f.base.context());
    const auto addDue = [&](qint64 seconds) {
        Task task;
        task.companyId = f.companyId;
        task.assigneeId = f.callerId;
        task.kind = TaskKind::Callback;
        task.dueAt = f.later(seconds);
        tasks.create(task);
        return task;
    };
    const Task twoDays = addDue(-2 * 86400);
    const Task fiveHours = addDue(-5 * 3600);
    addDue(-3600);
    addDue(3600);
    Task closed = addDue(-3 * 86400);
    tasks.complete(closed);

    const QList<Task> overdue = TaskRules(f.base.context()).overdueForHead();
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.at(0).id == twoDays.id);

    SettingsRepository(f.base.db()).setValue(QStringLiteral("rules/overdue_escalation_hours"), QStringLiteral("3"));
    const QList<Task> sooner = TaskRules(f.base.context()).overdueForHead();
    REQUIRE(sooner.size() == 2);
    CHECK(sooner.at(1).id == fiveHours.id);
}

TEST_CASE("A company in reactivation without its next action gets one reactivation task, never two", "[rules]")
{
    RulesFixture f;
    const qint64 forgotten
        = test::createCompany(f.base, QStringLiteral("Забытый клиент"), CompanyStage::Reactivation, f.accountManagerId);
    const qint64 planned
        = test::createCompany(f.base, QStringLiteral("С задачей"), CompanyStage::Reactivation, f.accountManagerId);
    Task call;
    call.companyId = planned;
    call.assigneeId = f.accountManagerId;
    call.kind = TaskKind::Reactivation;
    call.dueAt = f.later(-3600);
    TaskRepository(f.base.context()).create(call);

    CHECK(f.rules().run().reactivations == 1);
    CHECK(f.companiesWithOpen(TaskKind::Reactivation) == QList<qint64>{forgotten, planned});
    const QList<Task> tasks = f.openTasks(TaskKind::Reactivation);
    CHECK(tasks.first().assigneeId == f.accountManagerId);
    CHECK(tasks.first().dueAt == f.base.clock().nowUtc());

    // The next morning's sweep adds nothing: each already has its task.
    f.base.clock().advanceSeconds(86400);
    CHECK(f.rules().run().reactivations == 0);
    CHECK(f.count(QStringLiteral("tasks WHERE kind = 'reactivation'")) == 2);

    // Even with the payment rules switched off, the stage keeps its next action: a done task is followed by a new one.
    f.setting(QStringLiteral("rules/reactivation_enabled"), QStringLiteral("0"));
    f.setting(QStringLiteral("rules/vip_visits_enabled"), QStringLiteral("0"));
    Task done = *TaskRepository(f.base.context()).find(tasks.first().id);
    TaskRepository(f.base.context()).complete(done);
    CHECK(f.rules().run().reactivations == 1);
    CHECK(
        f.count(QStringLiteral("tasks WHERE kind = 'reactivation' AND status = 'open' AND company_id = ?"), {forgotten})
        == 1);
}
