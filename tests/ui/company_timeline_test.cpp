#include "company/CompanyCard.h"
#include "company/CompanyTimeline.h"
#include "domain/CallOutcome.h"
#include "funnel/StageMover.h"
#include "storage/ActivityRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/UserRepository.h"
#include "support/ScopedTimeZone.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

TEST_CASE("The company card shows the company's timeline, newest first", "[ui][timeline]")
{
    const ScopedTimeZone moscow("Europe/Moscow");
    TestDatabase base;
    Company company = makeCompany(QStringLiteral("ООО «Ромашка»"));
    CompanyRepository(base.context()).create(company);
    Company other = makeCompany(QStringLiteral("АО «Василёк»"));
    CompanyRepository(base.context()).create(other);

    Activity call;
    call.companyId = company.id;
    call.kind = ActivityKind::Call;
    call.outcome = callOutcomeKey(CallOutcome::NoAnswer);
    call.note = QStringLiteral("Секретарь не соединила");
    ActivityRepository(base.context()).add(call);
    base.clock().advanceSeconds(3600);
    CompanyMove move;
    move.to = CompanyStage::Calling;
    move.comment = QStringLiteral("Взял в работу");
    StageMover(base.context())
        .moveCompany(company.id, CompanyRepository(base.context()).find(company.id)->version, move);

    CompanyCard card(base.context(), UserRepository(base.context()).list());
    card.resize(600, 900);
    card.setVisible(true);
    REQUIRE(QTest::qWaitForWindowExposed(&card));
    REQUIRE(card.showCompany(company.id));
    QTableWidget *table = child<QTableWidget>(card, "timelineTable");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, CompanyTimeline::WhatColumn)->text()
          == QStringLiteral("Stage: Cold → Calling\nВзял в работу"));
    CHECK(table->item(0, CompanyTimeline::WhoColumn)->text() == QStringLiteral("Head of sales"));
    CHECK(table->item(1, CompanyTimeline::WhatColumn)->text()
          == QStringLiteral("Call: No answer\nСекретарь не соединила"));
    // 09:00 and 10:00 UTC, shown in local time (Moscow, UTC+3) to the minute, in the tests' US English.
    CHECK(table->item(1, CompanyTimeline::WhenColumn)->text() == QStringLiteral("11/25/26 12:00 PM"));
    CHECK(table->item(0, CompanyTimeline::WhenColumn)->text() == QStringLiteral("11/25/26 1:00 PM"));

    // Another company's card has only its own (empty) timeline.
    REQUIRE(card.showCompany(other.id));
    CHECK(table->rowCount() == 0);
    CHECK(child<QLabel>(card, "timelineEmpty")->isVisible());
}
