#include "storage/ActivityRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/CompanyTimelineQuery.h"
#include "storage/DealRepository.h"
#include "storage/StageHistoryRepository.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

TEST_CASE("A company's timeline has its activities and moves, newest first, each move once", "[storage][timeline]")
{
    TestDatabase base;
    Company company = makeCompany(QStringLiteral("ООО «Ромашка»"));
    Company other = makeCompany(QStringLiteral("АО «Василёк»"));
    CompanyRepository(base.context()).create(company);
    CompanyRepository(base.context()).create(other);
    ActivityRepository activities(base.context());
    StageHistoryRepository history(base.context());

    Activity call;
    call.companyId = company.id;
    call.kind = ActivityKind::Call;
    call.outcome = QStringLiteral("meeting_booked");
    call.note = QStringLiteral("Договорились о встрече");
    activities.add(call);
    const QDateTime callTime = base.clock().nowUtc();

    // A move as the funnel writes it: a history row and an activity, a few milliseconds apart.
    base.clock().advanceSeconds(60);
    StageChange move;
    move.companyId = company.id;
    move.fromStage = QStringLiteral("calling");
    move.toStage = QStringLiteral("meeting");
    history.record(move);
    base.clock().set(base.clock().nowUtc().addMSecs(3));
    Activity moveActivity;
    moveActivity.companyId = company.id;
    moveActivity.kind = ActivityKind::StageChange;
    moveActivity.outcome = QStringLiteral("meeting");
    activities.add(moveActivity);

    // A deal step kept only in the history.
    base.clock().advanceSeconds(60);
    Deal deal;
    deal.companyId = company.id;
    deal.title = QStringLiteral("Поставка");
    DealRepository(base.context()).create(deal);
    StageChange step;
    step.companyId = company.id;
    step.dealId = deal.id;
    step.fromStage = QStringLiteral("needs");
    step.toStage = QStringLiteral("presentation");
    step.comment = QStringLiteral("Презентация в четверг");
    history.record(step);

    Activity elsewhere;
    elsewhere.companyId = other.id;
    elsewhere.kind = ActivityKind::Note;
    activities.add(elsewhere);

    const QList<TimelineEntry> entries = CompanyTimelineQuery(base.context()).entries(company.id);
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).kind == ActivityKind::DealStep);
    CHECK(entries.at(0).dealId == deal.id);
    CHECK(entries.at(0).dealTitle == QStringLiteral("Поставка"));
    CHECK(entries.at(0).fromStage == QStringLiteral("needs"));
    CHECK(entries.at(0).outcome == QStringLiteral("presentation"));
    CHECK(entries.at(0).note == QStringLiteral("Презентация в четверг"));
    CHECK(entries.at(1).kind == ActivityKind::StageChange);
    CHECK(entries.at(1).fromStage == QStringLiteral("calling"));
    CHECK(entries.at(1).outcome == QStringLiteral("meeting"));
    CHECK(entries.at(1).userName == QStringLiteral("Head of sales"));
    CHECK(entries.at(2).kind == ActivityKind::Call);
    CHECK(entries.at(2).occurredAt == callTime);
    CHECK(entries.at(2).outcome == QStringLiteral("meeting_booked"));
    CHECK(entries.at(2).note == QStringLiteral("Договорились о встрече"));
    CHECK(entries.at(2).fromStage.isEmpty());

    CHECK(CompanyTimelineQuery(base.context()).entries(other.id).size() == 1);
}
