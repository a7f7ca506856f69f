#include "demo/DemoBase.h"
#include "storage/Database.h"
#include "storage/FunnelSpanBackfill.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlStatement.h"
#include "storage/StageHistoryRepository.h"
#include "storage/WriteTransaction.h"
#include "support/FunnelSpanUpgrade.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::TestDatabase;

namespace {

// Steps in tests: no pause between them, a few companies each.
constexpr StepPacing noPause{900, false};
constexpr qint64 fewCompanies = 7;

qint64 scalar(Database &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return SqlStatement::scalar(db.connection(), sql, values).toLongLong();
}

QString setting(Database &db, const QString &key)
{
    return SqlStatement::scalar(db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key})
        .toString();
}

// The demo department's history (its moves made through the funnel, deals and losses among them), then the base as
// schema step 20 leaves one made before it.
struct UpgradedHistory
{
    UpgradedHistory()
    {
        DemoBase::fill(base.context(), 60);
        test::keepFunnelSpans(base.db(), QStringLiteral("recorded"));
        test::upgradeFunnelSpansAsStep20(base.db());
    }

    // A company move recorded now, as the window records it, from where the company's last move left it.
    StageChange move(qint64 companyId, const QString &to)
    {
        StageChange change;
        change.companyId = companyId;
        change.fromStage = SqlStatement::scalar(base.db().connection(),
                                                QStringLiteral("SELECT to_stage FROM stage_history WHERE company_id "
                                                               "= ? AND deal_id IS NULL ORDER BY changed_at DESC, id "
                                                               "DESC LIMIT 1"),
                                                {companyId})
                               .toString();
        change.toStage = to;
        base.clock().advanceSeconds(60);
        StageHistoryRepository(base.context()).record(change);
        return change;
    }

    TestDatabase base;
};

// Schema steps 1 to 19 as the migrator runs them, on a file of its own: a base from before step 20.
void makeBaseAtSchema19(const QString &path, const std::function<void(const QSqlDatabase &)> &fill)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema19"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        const QStringList files = SchemaMigrator::orderedSteps(
            QDir(QStringLiteral(":/voronka/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name));
        SqlStatement::run(db, QStringLiteral("BEGIN"));
        for (int version = 1; version <= 19; ++version) {
            QFile file(QStringLiteral(":/voronka/schema/") + files.at(version - 1));
            REQUIRE(file.open(QIODevice::ReadOnly));
            for (const QString &statement : SchemaMigrator::splitStatements(QString::fromUtf8(file.readAll())))
                SqlStatement::run(db, statement);
        }
        fill(db);
        SqlStatement::run(db, QStringLiteral("PRAGMA user_version = 19"));
        SqlStatement::run(db, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId()));
        SqlStatement::run(db, QStringLiteral("COMMIT"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema19"));
}

} // namespace

TEST_CASE("A new base has no history to prepare for the reports", "[storage][backfill]")
{
    TestDatabase base;
    FunnelSpanBackfill backfill(base.db(), noPause, fewCompanies);
    CHECK(backfill.isFinished());
    CHECK(backfill.percentDone() == 100);
    CHECK(backfill.run());
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'funnel_spans%'")) == 0);
}

TEST_CASE("Upgrading a base from schema 19 marks its history to fill and fills nothing itself", "[storage][backfill]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.voronka"));
    // Two companies: 5 with two moves and a deal of two steps, 9 with one move to lost.
    makeBaseAtSchema19(path, [](const QSqlDatabase &db) {
        SqlStatement::run(
            db,
            QStringLiteral("INSERT INTO companies (id, name, sort_key, stage, created_at, updated_at) VALUES "
                           "(5, 'Five', 'five', 'meeting', '2026-01-01T08:00:00.000Z', '2026-01-01'), "
                           "(9, 'Nine', 'nine', 'lost', '2026-01-02T08:00:00.000Z', '2026-01-02')"));
        SqlStatement::run(
            db,
            QStringLiteral("INSERT INTO deals (id, company_id, title, step, created_at, updated_at) VALUES "
                           "(3, 5, 'Deal', 'offer_sent', '2026-01-05T08:00:00.000Z', '2026-01-06')"));
        SqlStatement::run(
            db,
            QStringLiteral(
                "INSERT INTO stage_history (id, company_id, deal_id, from_stage, to_stage, changed_at, comment) "
                "VALUES (1, 5, NULL, 'cold', 'calling', '2026-01-03T08:00:00.000Z', NULL), "
                "(2, 9, NULL, 'cold', 'lost', '2026-01-03T09:00:00.000Z', 'Not interested: said no twice'), "
                "(3, 5, NULL, 'calling', 'meeting', '2026-01-04T08:00:00.000Z', NULL), "
                "(4, 5, 3, NULL, 'needs', '2026-01-05T08:00:00.000Z', NULL), "
                "(5, 5, 3, 'needs', 'offer_sent', '2026-01-06T08:00:00.000Z', NULL)"));
    });
    const auto db = Database::open(path);
    CHECK(scalar(*db, QStringLiteral("PRAGMA user_version")) == SchemaMigrator::latestVersion());
    CHECK(setting(*db, QStringLiteral("funnel_spans_backfill_up_to")) == QStringLiteral("5"));
    CHECK(setting(*db, QStringLiteral("funnel_spans_backfill_next_company")) == QStringLiteral("5"));
    CHECK(setting(*db, QStringLiteral("funnel_spans_backfill_last_company")) == QStringLiteral("9"));
    CHECK(scalar(*db,
                 QStringLiteral("SELECT count(*) FROM stage_history WHERE left_at IS NOT NULL OR cohort_at IS "
                                "NOT NULL OR opens = 1 OR lost_reason IS NOT NULL"))
          == 0);

    FunnelSpanBackfill backfill(*db, noPause, 2);
    CHECK_FALSE(backfill.isFinished());
    CHECK(backfill.percentDone() == 44); // company ids 1 to 4 lie behind the next one, 5 of 9
    CHECK_FALSE(backfill.step(2)); // companies 5 and 6
    CHECK(backfill.percentDone() == 66);
    CHECK(backfill.step(3)); // 7 to 9: the last
    CHECK(backfill.isFinished());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'funnel_spans%'")) == 0);

    SqlStatement rows(db->connection(),
                      QStringLiteral("SELECT id, left_at, left_to, cohort_at, opens, lost_reason FROM stage_history "
                                     "ORDER BY id"));
    rows.exec();
    QStringList got;
    while (rows.next()) {
        QStringList row;
        for (int column = 0; column < 6; ++column)
            row.append(rows.value(column).isNull() ? QStringLiteral("-") : rows.value(column).toString());
        got.append(row.join(QLatin1Char(' ')));
    }
    CHECK(got
          == QStringList{
              QStringLiteral("1 2026-01-04T08:00:00.000Z meeting 2026-01-01T08:00:00.000Z 1 -"),
              QStringLiteral("2 - - 2026-01-02T08:00:00.000Z 1 Not interested"),
              QStringLiteral("3 - - 2026-01-01T08:00:00.000Z 0 -"),
              QStringLiteral("4 2026-01-06T08:00:00.000Z offer_sent 2026-01-05T08:00:00.000Z 1 -"),
              QStringLiteral("5 - - 2026-01-05T08:00:00.000Z 0 -"),
          });
}

TEST_CASE("Upgrading an empty base from schema 19 leaves nothing to fill", "[storage][backfill]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.voronka"));
    makeBaseAtSchema19(path, [](const QSqlDatabase &) {});
    const auto db = Database::open(path);
    CHECK(FunnelSpanBackfill(*db).isFinished());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'funnel_spans%'")) == 0);
}

TEST_CASE("The history filled in small steps, with moves recorded between them, equals the one-transaction fill",
          "[storage][backfill]")
{
    UpgradedHistory history;
    Database &db = history.base.db();
    REQUIRE(scalar(db, QStringLiteral("SELECT count(*) FROM stage_history")) > 100);
    REQUIRE(scalar(db, QStringLiteral("SELECT count(*) FROM stage_history WHERE to_stage = 'lost'")) > 3);
    REQUIRE(scalar(db, QStringLiteral("SELECT count(*) FROM stage_history WHERE deal_id IS NOT NULL")) > 10);
    const qint64 first = scalar(db, QStringLiteral("SELECT min(company_id) FROM stage_history"));
    const qint64 last = scalar(db, QStringLiteral("SELECT max(company_id) FROM stage_history"));
    REQUIRE(last - first > 4 * fewCompanies);

    FunnelSpanBackfill backfill(db, noPause, fewCompanies);
    CHECK(backfill.percentDone() < 50);
    CHECK_FALSE(backfill.step(fewCompanies));
    CHECK_FALSE(backfill.step(fewCompanies));
    // A company already filled, and one still to come, each moved now: record() ends the previous row itself.
    const StageChange behind = history.move(first, QStringLiteral("calling"));
    const StageChange ahead = history.move(last, QStringLiteral("calling"));
    const int halfWay = backfill.percentDone();
    CHECK(halfWay > 0);
    CHECK(halfWay < 100);
    std::vector<int> told;
    CHECK(backfill.run([&told](int percent) {
        told.push_back(percent);
        return true;
    }));
    CHECK(told.size() > 3);
    CHECK(std::is_sorted(told.begin(), told.end()));
    CHECK(told.front() == halfWay);
    CHECK(backfill.isFinished());
    CHECK(backfill.percentDone() == 100);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'funnel_spans%'")) == 0);

    // The previous rows of the two moved companies end at their new moves.
    for (const StageChange &change : {behind, ahead}) {
        CHECK(scalar(db,
                     QStringLiteral("SELECT count(*) FROM stage_history WHERE company_id = ? AND deal_id IS NULL "
                                    "AND left_to = 'calling' AND left_at = (SELECT changed_at FROM stage_history "
                                    "WHERE id = ?)"),
                     {change.companyId, change.id})
              == 1);
    }
    // What the steps wrote is what the step's one transaction computes from the same rows, and, on the rows there
    // before, what the moves themselves had written.
    test::keepFunnelSpans(db, QStringLiteral("stepped"));
    SqlStatement::run(db.connection(),
                      QStringLiteral("DELETE FROM temp.recorded WHERE id IN (SELECT id FROM "
                                     "stage_history WHERE company_id IN (?, ?))"),
                      {first, last});
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM temp.recorded r JOIN stage_history h ON h.id = r.id WHERE "
                                "h.left_at IS NOT r.left_at OR h.left_to IS NOT r.left_to OR h.cohort_at IS NOT "
                                "r.cohort_at OR h.opens IS NOT r.opens OR h.lost_reason IS NOT r.lost_reason"))
          == 0);
    test::fillFunnelSpansAtOnce(db);
    CHECK(test::funnelSpansDifferingFrom(db, QStringLiteral("stepped")) == 0);
}

TEST_CASE("A backfill killed half-way goes on where its last step ended", "[storage][backfill]")
{
    UpgradedHistory history;
    Database &db = history.base.db();
    const QString nextKey = QStringLiteral("funnel_spans_backfill_next_company");
    {
        FunnelSpanBackfill backfill(db, noPause, fewCompanies);
        CHECK_FALSE(backfill.step(fewCompanies));
        const QString next = setting(db, nextKey);
        {
            // A step whose commit never came: the process ended inside it.
            WriteTransaction killed(db);
            CHECK_FALSE(backfill.step(fewCompanies));
            CHECK(setting(db, nextKey) != next);
        }
        CHECK(setting(db, nextKey) == next);
        // Stopped between two steps.
        CHECK_FALSE(backfill.run([](int) { return false; }));
        CHECK(setting(db, nextKey) == next);
    }
    history.base.close();
    history.base.reopen();
    FunnelSpanBackfill again(history.base.db(), noPause, fewCompanies);
    CHECK_FALSE(again.isFinished());
    CHECK(again.run());
    CHECK(again.isFinished());
    // Done twice over, a step writes the same.
    test::keepFunnelSpans(history.base.db(), QStringLiteral("resumed"));
    test::fillFunnelSpansAtOnce(history.base.db());
    CHECK(test::funnelSpansDifferingFrom(history.base.db(), QStringLiteral("resumed")) == 0);
}
