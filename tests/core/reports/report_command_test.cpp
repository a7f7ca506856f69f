#include "ReportScenario.h"
#include "reports/PlanEditor.h"
#include "support/VoronkaProcess.h"
#include "team/UserAdministration.h"

#include <QJsonArray>

namespace voronka::test {

namespace {

QStringList november(const ReportScenario &scenario, const QString &report)
{
    return {QStringLiteral("report"),      report,
            QStringLiteral("--db"),        scenario.base.path(),
            QStringLiteral("--from"),      QStringLiteral("2026-11-01"),
            QStringLiteral("--to"),        QStringLiteral("2026-11-30"),
            QStringLiteral("--time-zone"), QStringLiteral("Europe/Moscow")};
}

QJsonObject stageOf(const QJsonObject &report, const QString &stage)
{
    for (const QJsonValue &value : report.value(QStringLiteral("stages")).toArray()) {
        if (value.toObject().value(QStringLiteral("stage")).toString() == stage)
            return value.toObject();
    }
    return {};
}

QJsonObject personOf(const QJsonObject &report, const QString &login)
{
    for (const QJsonValue &value : report.value(QStringLiteral("people")).toArray()) {
        if (value.toObject().value(QStringLiteral("login")).toString() == login)
            return value.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("voronka report funnel --json prints the numbers core computes, under the documented keys", "[reports]")
{
    ReportScenario scenario;
    const VoronkaRun run = runVoronka(november(scenario, QStringLiteral("funnel")) << QStringLiteral("--json"));
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = run.json();
    CHECK(report.value(QStringLiteral("report")).toString() == QStringLiteral("funnel"));
    CHECK(report.value(QStringLiteral("view")).toString() == QStringLiteral("period"));
    const QJsonObject calling = stageOf(report, QStringLiteral("calling"));
    CHECK(calling.value(QStringLiteral("entered")).toInt() == 7);
    CHECK(calling.value(QStringLiteral("advanced")).toInt() == 4);
    CHECK(calling.value(QStringLiteral("lost")).toInt() == 0);
    CHECK(calling.value(QStringLiteral("moved_back")).toInt() == 1);
    CHECK(calling.value(QStringLiteral("still_there")).toInt() == 2);
    CHECK(calling.value(QStringLiteral("p80_days")).toInt() == 26);
    CHECK(stageOf(report, QStringLiteral("client")).value(QStringLiteral("median_days")).isNull());
    CHECK(report.value(QStringLiteral("first_payments")).toInt() == 1);
    CHECK(report.value(QStringLiteral("lost_reasons")).toArray().size() == 4);
    const QJsonObject previous = report.value(QStringLiteral("previous")).toObject();
    CHECK(previous.value(QStringLiteral("from")).toString() == QStringLiteral("2026-10-01"));
    CHECK(stageOf(previous, QStringLiteral("deal")).value(QStringLiteral("advanced")).toInt() == 1);

    const VoronkaRun cohort
        = runVoronka(november(scenario, QStringLiteral("funnel"))
                     << QStringLiteral("--view") << QStringLiteral("cohort") << QStringLiteral("--json"));
    REQUIRE(cohort.exitCode == 0);
    CHECK(stageOf(cohort.json(), QStringLiteral("meeting")).value(QStringLiteral("still_there")).toInt() == 2);
    CHECK(stageOf(cohort.json(), QStringLiteral("cold"))
              .value(QStringLiteral("conversion_percent"))
              .toObject()
              .value(QStringLiteral("client"))
              .toDouble()
          == Approx(10.0));
}

TEST_CASE("voronka report activity --json, and a person signed in sees their own line", "[reports]")
{
    ReportScenario scenario;
    const VoronkaRun run = runVoronka(november(scenario, QStringLiteral("activity")) << QStringLiteral("--json"));
    REQUIRE(run.exitCode == 0);
    const QJsonObject caller = personOf(run.json(), QStringLiteral("caller"));
    CHECK(caller.value(QStringLiteral("calls")).toInt() == 7);
    CHECK(caller.value(QStringLiteral("meetings_booked")).toInt() == 2);
    const QJsonObject closer = personOf(run.json(), QStringLiteral("closer"));
    CHECK(closer.value(QStringLiteral("meetings_held")).toInt() == 2);
    CHECK(closer.value(QStringLiteral("contracts")).toInt() == 3);
    CHECK(closer.value(QStringLiteral("payments_kopecks")).toInteger() == 230000);
    CHECK(personOf(run.json(), QStringLiteral("collector")).value(QStringLiteral("confirmed_contacts")).toInt() == 2);

    // Sign-in on: the head's password first, then the caller's.
    UserAdministration administration(scenario.base.context());
    administration.setPassword(QStringLiteral("head"), QStringLiteral("head-secret"));
    administration.setPassword(QStringLiteral("caller"), QStringLiteral("caller-secret"));
    const QHash<QString, QString> password{{QStringLiteral("VORONKA_PASSWORD"), QStringLiteral("caller-secret")}};
    const VoronkaRun own
        = runVoronka(november(scenario, QStringLiteral("activity"))
                         << QStringLiteral("--as") << QStringLiteral("caller") << QStringLiteral("--json"),
                     password);
    REQUIRE(own.exitCode == 0);
    REQUIRE(own.json().value(QStringLiteral("people")).toArray().size() == 1);
    CHECK(personOf(own.json(), QStringLiteral("caller")).value(QStringLiteral("calls")).toInt() == 7);

    const VoronkaRun other = runVoronka(november(scenario, QStringLiteral("funnel"))
                                            << QStringLiteral("--as") << QStringLiteral("caller")
                                            << QStringLiteral("--user") << QStringLiteral("closer"),
                                        password);
    CHECK(other.exitCode == 9);
    CHECK(other.err.contains(QStringLiteral("your own figures")));
}

TEST_CASE("voronka report plan --json shows each figure's plan, actual and pace", "[reports]")
{
    ReportScenario scenario;
    PlanEditor(scenario.base.context())
        .setPlans({{scenario.closerId, QStringLiteral("2026-11"), QStringLiteral("contracts"), 2}});
    const VoronkaRun run = runVoronka(november(scenario, QStringLiteral("plan")) << QStringLiteral("--json"));
    REQUIRE(run.exitCode == 0);
    QJsonObject contracts;
    for (const QJsonValue &line :
         personOf(run.json(), QStringLiteral("closer")).value(QStringLiteral("lines")).toArray()) {
        if (line.toObject().value(QStringLiteral("metric")).toString() == QStringLiteral("contracts"))
            contracts = line.toObject();
    }
    CHECK(contracts.value(QStringLiteral("plan")).toInt() == 2);
    CHECK(contracts.value(QStringLiteral("own_plan")).toBool());
    CHECK(contracts.value(QStringLiteral("actual")).toInt() == 3);
    CHECK(contracts.value(QStringLiteral("pace")).toInt() == 2);
    CHECK_FALSE(contracts.value(QStringLiteral("behind")).toBool());

    const VoronkaRun part = runVoronka({QStringLiteral("report"), QStringLiteral("plan"), QStringLiteral("--db"),
                                        scenario.base.path(), QStringLiteral("--from"), QStringLiteral("2026-11-02"),
                                        QStringLiteral("--to"), QStringLiteral("2026-11-30")});
    CHECK(part.exitCode == 2);
    CHECK(part.err.contains(QStringLiteral("whole month")));
}

TEST_CASE("voronka report payroll --json lists each line with the documented keys", "[reports]")
{
    ReportScenario scenario;
    const VoronkaRun run
        = runVoronka(november(scenario, QStringLiteral("payroll"))
                     << QStringLiteral("--user") << QStringLiteral("closer") << QStringLiteral("--json"));
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = run.json();
    CHECK(report.value(QStringLiteral("month")).toString() == QStringLiteral("2026-11"));
    CHECK_FALSE(report.value(QStringLiteral("closed")).toBool());
    QStringList lines;
    for (const QJsonValue &value : report.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        lines.append(
            QStringLiteral("%1 %2 %3 %4 %5")
                .arg(line.value(QStringLiteral("person")).toString(), line.value(QStringLiteral("kind")).toString())
                .arg(line.value(QStringLiteral("count")).toInteger())
                .arg(line.value(QStringLiteral("base_kopecks")).toInteger())
                .arg(line.value(QStringLiteral("amount_kopecks")).toInteger()));
    }
    CHECK(lines
          == QStringList{QStringLiteral("closer fixed 1 3000000 3000000"),
                         QStringLiteral("closer new_clients_margin 2 200000 20000"),
                         QStringLiteral("closer earlier_clients 1 30000 600")});
}

TEST_CASE("voronka report refuses a bad period, view, report or person with a clear message", "[reports]")
{
    ReportScenario scenario;
    const QString path = scenario.base.path();
    const auto refusal = [&](const QStringList &arguments, const QString &message) {
        const VoronkaRun run = runVoronka(arguments);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(message));
        CHECK(run.out.isEmpty());
    };
    refusal({QStringLiteral("report"), QStringLiteral("bonus"), QStringLiteral("--db"), path},
            QStringLiteral("Unknown report"));
    refusal({QStringLiteral("report"), QStringLiteral("--db"), path}, QStringLiteral("Say which report"));
    refusal({QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--db"), path, QStringLiteral("--from"),
             QStringLiteral("2026-13-01")},
            QStringLiteral("YYYY-MM-DD"));
    refusal({QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--db"), path, QStringLiteral("--from"),
             QStringLiteral("2026-11-30"), QStringLiteral("--to"), QStringLiteral("2026-11-01")},
            QStringLiteral("ends before it starts"));
    refusal({QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--db"), path, QStringLiteral("--view"),
             QStringLiteral("monthly")},
            QStringLiteral("cohort or period"));
    refusal({QStringLiteral("report"), QStringLiteral("activity"), QStringLiteral("--db"), path,
             QStringLiteral("--user"), QStringLiteral("nobody")},
            QStringLiteral("nobody"));
    refusal({QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--db"), path,
             QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")},
            QStringLiteral("Unknown time zone"));
    refusal({QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("extra"), QStringLiteral("--db"), path},
            QStringLiteral("Unexpected argument"));
}

TEST_CASE("voronka report --csv prints the stages table as Excel reads it", "[reports]")
{
    ReportScenario scenario;
    const VoronkaRun run = runVoronka(november(scenario, QStringLiteral("funnel")) << QStringLiteral("--csv"));
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.out.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = run.outText().mid(1).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7);
    CHECK(lines.at(2) == QStringLiteral("Calling;7;4;0;1;2;57.1;1;26;2;5"));
}

} // namespace voronka::test
