#include "demo/DemoBase.h"
#include "domain/CompanyStage.h"
#include "domain/DealStep.h"
#include "funnel/CompanyStageMachine.h"
#include "funnel/DealStepMachine.h"
#include "history/HistoryBaseWriter.h"
#include "history/HistoryStories.h"
#include "storage/FunnelSpanBackfill.h"
#include "storage/SqlStatement.h"
#include "storage/Timestamps.h"
#include "support/FunnelSpanUpgrade.h"
#include "support/TestDatabase.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::bench;
using voronka::test::TestDatabase;

namespace {

HistoryOptions smallBase()
{
    HistoryOptions options;
    options.companies = 2000;
    options.seed = 7;
    options.until = QDate(2026, 11, 30);
    options.perBatch = 400;
    options.byHand = 40;
    return options;
}

qint64 count(TestDatabase &base, const QString &sql)
{
    return SqlStatement::scalar(base.db().connection(), sql).toLongLong();
}

// A small history base: the demo department, then 2,000 companies in five batches and 40 by hand, with their stories.
struct SmallHistoryBase
{
    SmallHistoryBase()
    {
        DemoBase::fill(base.context(), 0);
        HistoryStories stories(smallBase(), HistoryBaseWriter::department(base.context(), 2));
        stories.plan();
        counts = HistoryBaseWriter(base.db(), stories).write();
    }

    TestDatabase base;
    HistoryCounts counts;
};

} // namespace

TEST_CASE("A stored time is written as the base stores times", "[bench]")
{
    for (const qint64 ms : {qint64(0), qint64(1764547199999), qint64(1700000000123), qint64(951782400000)}) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        CHECK(HistoryStories::storedTime(ms) == toStoredTime(time).toString().toLatin1());
    }
    // A payment's day is the office's day (UTC+3) at midnight UTC, as PaymentRepository stores a day.
    CHECK(HistoryStories::storedPaymentDay(
              QDateTime(QDate(2026, 3, 31), QTime(21, 30), QTimeZone::utc()).toMSecsSinceEpoch())
          == QByteArray("2026-04-01T00:00:00.000Z"));
}

TEST_CASE("The same seed and last day plan the same history", "[bench]")
{
    HistoryPeople people;
    people.head = 1;
    people.collector = 2;
    people.callers = {3, 4};
    people.closers = {5, 7};
    people.accountManager = 6;
    people.lostReasons = QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                     QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")};
    HistoryOptions options = smallBase();
    options.companies = 500;
    HistoryStories first(options, people);
    HistoryStories second(options, people);
    first.plan();
    second.plan();
    REQUIRE(first.events().size() == second.events().size());
    REQUIRE(first.events().size() > 1000);
    bool same = true;
    for (size_t i = 0; i < first.events().size(); ++i) {
        const HistoryEvent &a = first.events()[i];
        const HistoryEvent &b = second.events()[i];
        same = same && a.at == b.at && a.company == b.company && a.kind == b.kind && a.to == b.to && a.user == b.user;
    }
    CHECK(same);
    options.seed = 8;
    HistoryStories other(options, people);
    other.plan();
    CHECK(other.events().size() != first.events().size());
    // In the order they happened, and none after the last day.
    CHECK(std::is_sorted(first.events().begin(), first.events().end(),
                         [](const HistoryEvent &a, const HistoryEvent &b) { return a.at < b.at; }));
    CHECK(first.events().back().at < first.horizon());
}

TEST_CASE("The history base's derived columns are what the funnel's backfill computes", "[bench]")
{
    SmallHistoryBase history;
    TestDatabase &base = history.base;
    REQUIRE(history.counts.companies == 2000);
    REQUIRE(history.counts.companyMoves > 2000);
    REQUIRE(history.counts.dealSteps > 500);
    REQUIRE(count(base, QStringLiteral("SELECT count(*) FROM stage_history WHERE left_at IS NOT NULL")) > 1000);
    REQUIRE(count(base, QStringLiteral("SELECT count(*) FROM stage_history WHERE lost_reason IS NOT NULL")) > 100);

    // Keep what the generator wrote, clear it, and compute it again as schema step 20's backfill does for an older
    // base (FunnelSpanBackfill, in steps of a few hundred companies).
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("CREATE TEMP TABLE written AS SELECT id, left_at, left_to, cohort_at, opens, "
                                     "lost_reason FROM stage_history"));
    voronka::test::upgradeFunnelSpansAsStep20(base.db());
    REQUIRE(FunnelSpanBackfill(base.db(), StepPacing{900, false}, 300).run());
    const QString differ = QStringLiteral("SELECT count(*) FROM stage_history h JOIN written w ON w.id = h.id "
                                          "WHERE h.%1 IS NOT w.%1");
    for (const QString &column : {QStringLiteral("left_at"), QStringLiteral("left_to"), QStringLiteral("cohort_at"),
                                  QStringLiteral("opens"), QStringLiteral("lost_reason")}) {
        INFO(column.toStdString());
        CHECK(count(base, differ.arg(column)) == 0);
    }
    // Every company with a move, and every deal, is opened once.
    CHECK(count(base, QStringLiteral("SELECT count(*) FROM stage_history WHERE opens = 1"))
          == count(base, QStringLiteral("SELECT count(DISTINCT company_id) FROM stage_history WHERE deal_id IS NULL"))
              + count(base, QStringLiteral("SELECT count(*) FROM deals")));
}

TEST_CASE("Every move of the history base is one the funnel allows, and every company is where its moves left it",
          "[bench]")
{
    SmallHistoryBase history;
    TestDatabase &base = history.base;
    const QSqlDatabase db = base.db().connection();

    SqlStatement moves(db,
                       QStringLiteral("SELECT DISTINCT from_stage, to_stage FROM stage_history WHERE deal_id IS NULL"));
    moves.exec();
    int kinds = 0;
    while (moves.next()) {
        ++kinds;
        INFO(moves.value(0).toString().toStdString() << " -> " << moves.value(1).toString().toStdString());
        CHECK(CompanyStageMachine::isAllowed(*companyStageFromKey(moves.value(0).toString()),
                                             *companyStageFromKey(moves.value(1).toString())));
    }
    CHECK(kinds >= 12); // skips, moves back, losses, returns and reactivation all occur
    SqlStatement steps(db,
                       QStringLiteral("SELECT DISTINCT from_stage, to_stage FROM stage_history "
                                      "WHERE deal_id IS NOT NULL AND from_stage IS NOT NULL"));
    steps.exec();
    while (steps.next()) {
        INFO(steps.value(0).toString().toStdString() << " -> " << steps.value(1).toString().toStdString());
        CHECK(DealStepMachine::isAllowed(*dealStepFromKey(steps.value(0).toString()),
                                         *dealStepFromKey(steps.value(1).toString())));
    }

    // The stage, the lost reason and the deal's step are those of the last move.
    const QString lastMove = QStringLiteral("(SELECT %1 FROM stage_history h WHERE h.company_id = c.id AND "
                                            "h.deal_id IS NULL ORDER BY h.changed_at DESC, h.id DESC LIMIT 1)");
    CHECK(count(base,
                QStringLiteral("SELECT count(*) FROM companies c WHERE c.stage IS NOT coalesce(%1, 'cold')")
                    .arg(lastMove.arg(QStringLiteral("to_stage"))))
          == 0);
    CHECK(count(base,
                QStringLiteral("SELECT count(*) FROM companies c WHERE c.lost_reason IS NOT "
                               "CASE WHEN c.stage = 'lost' THEN %1 END")
                    .arg(lastMove.arg(QStringLiteral("lost_reason"))))
          == 0);
    CHECK(count(base,
                QStringLiteral("SELECT count(*) FROM deals d WHERE d.step IS NOT (SELECT h.to_stage FROM "
                               "stage_history h WHERE h.deal_id = d.id ORDER BY h.changed_at DESC, h.id DESC "
                               "LIMIT 1)"))
          == 0);
    // The owner is the person the last move handed the company to.
    CHECK(count(base,
                QStringLiteral("SELECT count(*) FROM companies c JOIN users u ON u.id = c.owner_id "
                               "WHERE (c.stage = 'meeting' AND u.role <> 'closer') "
                               "OR (c.stage IN ('client', 'reactivation') AND u.role <> 'account_manager')"))
          == 0);
    // The first payment brought the client: by the deal's owner, since the first move to client.
    CHECK(count(base,
                QStringLiteral("SELECT count(*) FROM companies c WHERE (c.brought_by IS NOT NULL) <> "
                               "EXISTS (SELECT 1 FROM payments p WHERE p.company_id = c.id)"))
          == 0);
    CHECK(count(base,
                QStringLiteral("SELECT count(*) FROM companies c WHERE c.client_since IS NOT (SELECT "
                               "min(h.changed_at) FROM stage_history h WHERE h.company_id = c.id AND "
                               "h.deal_id IS NULL AND h.to_stage = 'client')"))
          == 0);
    CHECK(count(base, QStringLiteral("SELECT count(*) FROM companies WHERE brought_by IS NOT NULL")) > 20);
    // A paid deal's payments add up to its amount, an unpaid one's stay below it; a payment has a day, no time.
    CHECK(count(base,
                QStringLiteral("SELECT count(*) FROM deals d WHERE (SELECT coalesce(sum(amount_kopecks), 0) "
                               "FROM payments p WHERE p.deal_id = d.id) "
                               "NOT BETWEEN CASE WHEN d.step = 'paid' THEN d.amount_kopecks ELSE 0 END "
                               "AND CASE WHEN d.step = 'paid' THEN d.amount_kopecks "
                               "ELSE d.amount_kopecks - 1 END"))
          == 0);
    CHECK(count(base, QStringLiteral("SELECT count(*) FROM payments WHERE paid_at NOT LIKE '%T00:00:00.000Z'")) == 0);
    // A collector's contact is confirmed by the first call that reached the company.
    CHECK(count(base,
                QStringLiteral("SELECT count(*) FROM companies c WHERE c.confirmed_at IS NOT (SELECT "
                               "min(a.occurred_at) FROM activities a WHERE a.company_id = c.id AND a.kind = "
                               "'call' AND a.outcome NOT IN ('no_answer', 'busy', 'wrong_number'))"))
          == 0);
    CHECK(count(base, QStringLiteral("SELECT count(*) FROM companies WHERE confirmed_at IS NOT NULL")) > 500);
    // Each move has its timeline activity, at its time and by its person.
    CHECK(count(base, QStringLiteral("SELECT count(*) FROM activities WHERE kind IN ('stage_change', 'deal_step')"))
          == count(base, QStringLiteral("SELECT count(*) FROM stage_history")));
    // Imported companies were made while their batch ran; 40 by hand.
    CHECK(count(base,
                QStringLiteral("SELECT count(*) FROM companies c JOIN import_batches b ON b.id = "
                               "c.import_batch_id WHERE b.state = 'done' AND c.created_at BETWEEN "
                               "b.started_at AND b.finished_at"))
          == 1960);
    CHECK(count(base, QStringLiteral("SELECT count(*) FROM companies WHERE import_batch_id IS NULL")) == 40);
    CHECK(count(base, QStringLiteral("SELECT count(*) FROM company_search")) == 2000);
}
