#include "ReportScenario.h"
#include "reports/PlanEditor.h"
#include "reports/PlanMetrics.h"
#include "reports/PlanReport.h"
#include "reports/ReportError.h"
#include "storage/PlanRepository.h"

namespace voronka::test {

namespace {

const PlanLine &lineOf(const QList<PersonPlan> &plans, qint64 userId, const QString &metric)
{
    for (const PersonPlan &person : plans) {
        if (person.person.id != userId)
            continue;
        for (const PlanLine &line : person.lines) {
            if (line.metric == metric)
                return line;
        }
    }
    FAIL("no such line: " << metric.toStdString());
    static const PlanLine none;
    return none;
}

QStringList metricsOf(const QList<PersonPlan> &plans, qint64 userId)
{
    QStringList metrics;
    for (const PersonPlan &person : plans) {
        if (person.person.id == userId) {
            for (const PlanLine &line : person.lines)
                metrics.append(line.metric);
        }
    }
    return metrics;
}

} // namespace

TEST_CASE("Plan against actual: the role's norm unless the head set a plan for the person and month", "[reports]")
{
    ReportScenario scenario;
    PlanEditor(scenario.base.context())
        .setPlans({{scenario.callerId, QStringLiteral("2026-11"), QStringLiteral("meetings_booked"), 3},
                   {scenario.callerId, QStringLiteral("2026-12"), QStringLiteral("meetings_booked"), 50}});
    const QList<PersonPlan> plans = PlanReport(scenario.base.context()).compute(ReportScenario::november(), {});

    CHECK(metricsOf(plans, scenario.callerId)
          == QStringList{QStringLiteral("calls"), QStringLiteral("conversations"), QStringLiteral("meetings_booked"),
                         QStringLiteral("booked_meetings_held")});
    const PlanLine booked = lineOf(plans, scenario.callerId, QStringLiteral("meetings_booked"));
    CHECK(booked.plan == 3);
    CHECK(booked.ownPlan);
    CHECK(booked.actual == 2);
    CHECK(booked.pace == 3); // November is over on the clock (5 December)
    CHECK(booked.behind());
    const PlanLine calls = lineOf(plans, scenario.callerId, QStringLiteral("calls"));
    CHECK(calls.plan == 1200); // seed 003's norm
    CHECK_FALSE(calls.ownPlan);
    CHECK(calls.actual == 7);
    CHECK(lineOf(plans, scenario.callerId, QStringLiteral("booked_meetings_held")).actual == 2);

    const PlanLine contracts = lineOf(plans, scenario.closerId, QStringLiteral("contracts"));
    CHECK(contracts.plan == 6);
    CHECK(contracts.actual == 3);
    CHECK(lineOf(plans, scenario.accountManagerId, QStringLiteral("payments_kopecks")).plan == 100000000);
    for (const PersonPlan &person : plans)
        CHECK(person.person.id != 1); // the head has no norm
}

TEST_CASE("The pace is the plan in proportion to the month gone by", "[reports]")
{
    ReportScenario scenario;
    PlanEditor(scenario.base.context()).setNorm(UserRole::Caller, QStringLiteral("calls"), 300);
    // 10 December 00:00 in Moscow: 9 of December's 31 days have gone by.
    scenario.base.clock().set(QDateTime(QDate(2026, 12, 9), QTime(21, 0), Qt::UTC));
    const ReportPeriod december = ReportPeriod::month(QDate(2026, 12, 1), ReportScenario::moscow());
    const QList<PersonPlan> plans = PlanReport(scenario.base.context()).compute(december, {});
    const PlanLine calls = lineOf(plans, scenario.callerId, QStringLiteral("calls"));
    CHECK(calls.plan == 300);
    CHECK(calls.pace == 300 * 9 / 31);
    CHECK(calls.actual == 1); // the callback at 00:30 on 1 December, Moscow time
    CHECK(calls.behind());
    // A month not begun has no pace yet.
    const ReportPeriod january = ReportPeriod::month(QDate(2027, 1, 1), ReportScenario::moscow());
    CHECK(lineOf(PlanReport(scenario.base.context()).compute(january, {}), scenario.callerId, QStringLiteral("calls"))
              .pace
          == 0);
}

TEST_CASE("Plans refuse what is not a plan, and only the head sets them", "[reports]")
{
    ReportScenario scenario;
    PlanEditor editor(scenario.base.context());
    const auto refused = [&](const PlanTarget &target) {
        CHECK_THROWS_AS(
            editor.setPlans({{scenario.callerId, QStringLiteral("2026-12"), QStringLiteral("calls"), 10}, target}),
            ReportError);
    };
    refused({scenario.callerId, QStringLiteral("2026-12"), QStringLiteral("coffee"), 5});
    refused({scenario.callerId, QStringLiteral("2026-12"), QStringLiteral("calls"), -1});
    refused({scenario.callerId, QStringLiteral("2026-13"), QStringLiteral("calls"), 5});
    refused({scenario.callerId, QStringLiteral("12.2026"), QStringLiteral("calls"), 5});
    refused({999, QStringLiteral("2026-12"), QStringLiteral("calls"), 5});
    // Nothing of the refused lists was written, not even their good first line.
    CHECK(PlanRepository(scenario.base.context()).plans(QStringLiteral("2026-12")).isEmpty());

    CHECK_THROWS_AS(PlanReport(scenario.base.context())
                        .compute(ReportPeriod(QDate(2026, 11, 1), QDate(2026, 11, 15), ReportScenario::moscow()), {}),
                    ReportError);

    User caller;
    caller.id = scenario.callerId;
    caller.role = UserRole::Caller;
    scenario.base.db().setViewer(Viewer::of(caller, false));
    CHECK_THROWS_AS(PlanEditor(scenario.base.contextAs(scenario.callerId))
                        .setPlans({{scenario.callerId, QStringLiteral("2026-12"), QStringLiteral("calls"), 1}}),
                    ReportError);
    CHECK_THROWS_AS(
        PlanEditor(scenario.base.contextAs(scenario.callerId)).setNorm(UserRole::Caller, QStringLiteral("calls"), 1),
        ReportError);
    // The caller sees their own plan only.
    const QList<PersonPlan> own = PlanReport(scenario.base.contextAs(scenario.callerId))
                                      .compute(ReportScenario::november(), ReportSlice::person(scenario.callerId));
    REQUIRE(own.size() == 1);
    CHECK(own.front().person.id == scenario.callerId);
}

TEST_CASE("The head reads every role's norms and sets several at once, all checked first", "[reports]")
{
    ReportScenario scenario;
    PlanEditor editor(scenario.base.context());
    const QList<RoleNorm> norms = editor.norms();
    // Seed 003's figures, roles in order.
    CHECK(norms.contains(RoleNorm{UserRole::Collector, QStringLiteral("confirmed_contacts"), 500}));
    CHECK(norms.contains(RoleNorm{UserRole::Closer, QStringLiteral("contracts"), 6}));
    CHECK(norms.contains(RoleNorm{UserRole::AccountManager, QStringLiteral("payments_kopecks"), 100000000}));
    CHECK(norms.front().role == UserRole::Collector);
    CHECK(std::none_of(norms.cbegin(), norms.cend(), [](const RoleNorm &norm) { return norm.role == UserRole::Head; }));

    try {
        editor.setNorms(
            {{UserRole::Caller, QStringLiteral("calls"), 900}, {UserRole::Closer, QStringLiteral("offers"), -2}});
        FAIL("a negative norm was taken");
    } catch (const ReportError &error) {
        CHECK(error.message() == QStringLiteral("A plan cannot be below zero (Offers: -2)."));
    }
    CHECK(PlanRepository(scenario.base.context()).norms(UserRole::Caller).value(QStringLiteral("calls")) == 1200);
    CHECK_THROWS_AS(editor.setNorms({{UserRole::Head, QStringLiteral("calls"), 1}}), ReportError);

    editor.setNorms(
        {{UserRole::Caller, QStringLiteral("calls"), 900}, {UserRole::Closer, QStringLiteral("offers"), 12}});
    CHECK(PlanRepository(scenario.base.context()).norms(UserRole::Caller).value(QStringLiteral("calls")) == 900);
    CHECK(PlanRepository(scenario.base.context()).norms(UserRole::Closer).value(QStringLiteral("offers")) == 12);
    // A norm has no date: November's plan, a past month without a plan of its own, follows it.
    CHECK(lineOf(PlanReport(scenario.base.context()).compute(ReportScenario::november(), {}), scenario.callerId,
                 QStringLiteral("calls"))
              .plan
          == 900);

    // As the head types them: a count, or roubles.
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    CHECK(PlanEditor::parseTarget(QStringLiteral("calls"), QStringLiteral("1 200"), russian) == 1200);
    CHECK(PlanEditor::parseTarget(QStringLiteral("calls"),
                                  PlanEditor::targetText(QStringLiteral("calls"), 1200, russian), russian)
          == 1200);
    CHECK(PlanEditor::parseTarget(QStringLiteral("calls"), QStringLiteral("-5"), russian) == -5);
    CHECK_FALSE(PlanEditor::parseTarget(QStringLiteral("calls"), QStringLiteral("12,5"), russian));
    CHECK_FALSE(PlanEditor::parseTarget(QStringLiteral("calls"), QStringLiteral("много"), russian));
    CHECK_FALSE(PlanEditor::parseTarget(QStringLiteral("calls"), QStringLiteral(" "), russian));
    CHECK(PlanEditor::parseTarget(QStringLiteral("payments_kopecks"), QStringLiteral("1 000 000"), russian)
          == 100000000);
    CHECK(PlanEditor::parseTarget(QStringLiteral("payments_kopecks"),
                                  PlanEditor::targetText(QStringLiteral("payments_kopecks"), 100000050, russian),
                                  russian)
          == 100000050);
}

TEST_CASE("Each person's main figure is the one their role is paid for", "[reports]")
{
    ReportScenario scenario;
    const QList<PersonPlan> plans = PlanReport(scenario.base.context()).compute(ReportScenario::november(), {});
    QHash<qint64, QString> mainOf;
    QHash<qint64, qint64> actualOf;
    for (const PersonPlan &person : plans) {
        if (const std::optional<PlanLine> main = PlanReport::mainLine(person)) {
            mainOf.insert(person.person.id, main->metric);
            actualOf.insert(person.person.id, main->actual);
        }
    }
    CHECK(mainOf.value(scenario.collectorId) == QStringLiteral("confirmed_contacts"));
    CHECK(actualOf.value(scenario.collectorId) == 2);
    CHECK(mainOf.value(scenario.callerId) == QStringLiteral("booked_meetings_held"));
    CHECK(actualOf.value(scenario.callerId) == 2);
    CHECK(mainOf.value(scenario.closerId) == QStringLiteral("contracts"));
    CHECK(actualOf.value(scenario.closerId) == 3);
    CHECK(mainOf.value(scenario.accountManagerId) == QStringLiteral("payments_kopecks"));
    CHECK(PlanMetrics::mainMetric(UserRole::Head).isEmpty());
}

} // namespace voronka::test
