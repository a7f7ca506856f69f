// Every reader a user sees companies through leaves out the companies of an import that is not complete.
#include "storage/CallQueueQuery.h"
#include "storage/CompanyExportReader.h"
#include "storage/CompanyListQuery.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DatabaseInfo.h"
#include "storage/DuplicateKeyReader.h"
#include "storage/SqlStatement.h"
#include "storage/Timestamps.h"
#include "storage/VisibleCompanies.h"
#include "support/TestDatabase.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
// Three companies users see (one of them from a finished import) and two of an import still loading, all cold,
// unowned and with a number to dial, in one city.
struct HalfImportedBase
{
    TestDatabase base;
    QList<qint64> shown;
    QList<qint64> hidden;
    qint64 loadingBatch = 0;

    HalfImportedBase()
    {
        const QSqlDatabase db = base.db().connection();
        const QVariant now = toStoredTime(base.clock().nowUtc());
        SqlStatement::run(db,
                          QStringLiteral("INSERT INTO import_batches (file_name, user_id, started_at, created_at, "
                                         "finished_at, state) VALUES ('old.csv', 1, ?, ?, ?, 'done')"),
                          {now, now, now});
        const qint64 doneBatch
            = SqlStatement::scalar(db, QStringLiteral("SELECT max(id) FROM import_batches")).toLongLong();
        SqlStatement::run(db,
                          QStringLiteral("INSERT INTO import_batches (file_name, user_id, started_at, created_at, "
                                         "state, heartbeat_at) VALUES ('new.csv', 1, ?, ?, 'loading', ?)"),
                          {now, now, now});
        loadingBatch = SqlStatement::scalar(db, QStringLiteral("SELECT max(id) FROM import_batches")).toLongLong();
        const QStringList names = {QStringLiteral("Альфа"), QStringLiteral("Бета"), QStringLiteral("Гамма"),
                                   QStringLiteral("Дельта скрытая"), QStringLiteral("Эпсилон скрытая")};
        for (int i = 0; i < names.size(); ++i) {
            Company company = makeCompany(names.at(i), QStringLiteral("Тверь"));
            company.inn = QStringLiteral("77070838%1").arg(i + 10);
            CompanyRepository(base.context()).create(company);
            createPhone(base, company.id, QStringLiteral("+7495000000%1").arg(i));
            SqlStatement::run(
                db,
                QStringLiteral("INSERT INTO emails (company_id, address, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                {company.id, QStringLiteral("info%1@example.ru").arg(i), now, now});
            const qint64 batch = i < 2 ? 0 : i == 2 ? doneBatch : loadingBatch;
            if (batch != 0)
                SqlStatement::run(db, QStringLiteral("UPDATE companies SET import_batch_id = ? WHERE id = ?"),
                                  {batch, company.id});
            (i < 3 ? shown : hidden).append(company.id);
        }
    }
};

QSet<qint64> idsOf(const QList<CompanyListRow> &rows)
{
    QSet<qint64> ids;
    for (const CompanyListRow &row : rows)
        ids.insert(row.id);
    return ids;
}
} // namespace

TEST_CASE("Visible companies: no condition at all while every import is complete", "[storage][visible]")
{
    TestDatabase base;
    const VisibleCompanies visible(base.db());
    CHECK_FALSE(visible.hidesAny());
    CHECK(visible.condition().sql.isEmpty());
    CHECK(visible.companyIdCondition(QStringLiteral("company_id")).sql.isEmpty());
    CHECK(visible.hiddenCount() == 0);
}

TEST_CASE("The company list leaves out an unfinished import: count, pages, search and position", "[storage][visible]")
{
    HalfImportedBase fixture;
    CHECK(VisibleCompanies(fixture.base.db()).hiddenCount() == 2);

    const CompanyListQuery all(fixture.base.db(), {});
    CHECK(all.count() == 3);
    CHECK(idsOf(all.rowsAt(0, 10, 5)) == QSet<qint64>(fixture.shown.cbegin(), fixture.shown.cend()));

    CompanyFilter byStage;
    byStage.stage = CompanyStage::Cold;
    CHECK(CompanyListQuery(fixture.base.db(), byStage).count() == 3);

    CompanyFilter search;
    search.search = QStringLiteral("Тверь");
    const CompanyListQuery found(fixture.base.db(), search);
    CHECK(found.count() == 3);
    CHECK(idsOf(found.rowsAt(0, 10, 5)) == QSet<qint64>(fixture.shown.cbegin(), fixture.shown.cend()));
    CompanyFilter hiddenName;
    hiddenName.search = QStringLiteral("скрытая");
    CHECK(CompanyListQuery(fixture.base.db(), hiddenName).count() == 0);

    CHECK(all.positionOf(fixture.hidden.first()) == -1);
    CHECK(all.positionOf(fixture.shown.at(1)) == 1);
}

TEST_CASE("The call queue, its counts and its outlook leave out an unfinished import", "[storage][visible]")
{
    HalfImportedBase fixture;
    const qint64 caller
        = createUser(fixture.base, QStringLiteral("caller"), QStringLiteral("Caller"), UserRole::Caller);
    const CallQueueQuery queue(fixture.base.context());
    QSet<qint64> queued;
    for (const CallQueueEntry &entry : queue.next(caller, 10))
        queued.insert(entry.companyId);
    CHECK(queued == QSet<qint64>(fixture.shown.cbegin(), fixture.shown.cend()));
    CHECK(queue.outlook(caller).notCalledYet == 3);

    // Callbacks due on a hidden company are not counted either.
    const QVariant past = toStoredTime(fixture.base.clock().nowUtc().addSecs(-3600));
    SqlStatement::run(fixture.base.db().connection(),
                      QStringLiteral("UPDATE companies SET owner_id = ?, next_action_at = ?"), {caller, past});
    CHECK(queue.dueCallbacks(caller) == 3);
    // No number to dial: the "needs a number" count leaves them out too.
    SqlStatement::run(fixture.base.db().connection(), QStringLiteral("DELETE FROM phones"));
    CHECK(queue.outlook(caller).needingNumber == 3);
}

TEST_CASE("An export leaves out an unfinished import", "[storage][visible]")
{
    HalfImportedBase fixture;
    QSet<qint64> exported;
    CompanyExportReader(fixture.base.db(), {}).forEach([&exported](const CompanyExportRow &row) {
        exported.insert(row.id);
        return true;
    });
    CHECK(exported == QSet<qint64>(fixture.shown.cbegin(), fixture.shown.cend()));
}

TEST_CASE("A company of an unfinished import cannot be opened by id", "[storage][visible]")
{
    HalfImportedBase fixture;
    CHECK_FALSE(CompanyRepository(fixture.base.context()).find(fixture.hidden.first()).has_value());
    CHECK_FALSE(CompanyRecordRepository(fixture.base.context()).load(fixture.hidden.first()).has_value());
    CHECK(CompanyRepository(fixture.base.context()).find(fixture.shown.last()).has_value());
}

TEST_CASE("Info counts what users see and names the unfinished import apart", "[storage][visible][info]")
{
    HalfImportedBase fixture;
    const DatabaseInfo info = DatabaseInfo::collect(fixture.base.db());
    REQUIRE(info.isIntact());
    CHECK(info.companies == 3);
    CHECK(info.companiesPerStage.value(CompanyStage::Cold) == 3);
    CHECK(info.phones == 3);
    REQUIRE(info.unfinishedImports.size() == 1);
    CHECK(info.unfinishedImports.first().batch.fileName == QStringLiteral("new.csv"));
    CHECK(info.unfinishedImports.first().batch.state == ImportBatchState::Loading);
    CHECK(info.unfinishedImports.first().companies == 2);
}

TEST_CASE("An import's duplicate check does not match companies of an unfinished import", "[storage][visible]")
{
    HalfImportedBase fixture;
    const DuplicateKeyReader keys(fixture.base.db());
    QSet<qint64> byPhone;
    QSet<qint64> byInn;
    QSet<qint64> byEmail;
    keys.readPhones([&byPhone](const QString &, qint64 id) { byPhone.insert(id); });
    keys.readInns([&byInn](const QString &, qint64 id) { byInn.insert(id); });
    keys.readEmails([&byEmail](const QString &, qint64 id) { byEmail.insert(id); });
    const QSet<qint64> shown(fixture.shown.cbegin(), fixture.shown.cend());
    CHECK(byPhone == shown);
    CHECK(byInn == shown);
    CHECK(byEmail == shown);
}
