#pragma once

#include "FunnelFixture.h"
#include "domain/Activity.h"
#include "reports/ReportPeriod.h"

#include <QHash>

namespace voronka::test {

// The hand-built history the report tests check by hand (tests/core/reports/README-scenario in the comments of
// ReportScenario.cpp): companies A..K and Z with dated moves made through the real funnel (StageMover, DealOpener,
// PaymentRecorder) on the fake clock, calls and meetings as activities, in Moscow time (UTC+3 all year).
// The month under test is November 2026; October is the previous period.
class ReportScenario : public FunnelFixture
{
public:
    ReportScenario();

    qint64 collectorId = 0;
    qint64 secondCallerId = 0; // deactivated on 15 November after one call
    QHash<QString, qint64> companies; // "A".."K", "Z"

    static QTimeZone moscow();
    static ReportPeriod november();
    static ReportPeriod october();

private:
    void at(int month, int day, int hour = 10, int minute = 0); // the clock, in UTC
    qint64 created(const QString &key);
    void move(const QString &key, CompanyStage to, const QString &lostReason = {});
    qint64 openDeal(const QString &key, qint64 amountKopecks);
    void invoice(qint64 dealId, bool fromPresentation = true);
    void pay(qint64 dealId, qint64 amountKopecks);
    void activity(qint64 userId, ActivityKind kind, const QString &outcome, const QString &key = QStringLiteral("A"));
};

} // namespace voronka::test
