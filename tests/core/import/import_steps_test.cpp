// An import and its undo commit in steps, and stay all-or-nothing as users see them.
#include "import/ImportError.h"
#include "import/ImportService.h"
#include "import/UnfinishedBatchCleaner.h"
#include "storage/CompanyListQuery.h"
#include "storage/CompanyRepository.h"
#include "storage/ImportBatchRepository.h"
#include "storage/SqlStatement.h"
#include "storage/Timestamps.h"
#include "support/TestDatabase.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
// Steps of a millisecond without a pause: a small list commits in many steps, quickly.
constexpr StepPacing tinySteps{1, false};

QByteArray coldList(int rows, int firstNumber = 1000000)
{
    QByteArray list = QStringLiteral("Компания;Телефон\n").toUtf8();
    for (int i = 0; i < rows; ++i)
        list += QStringLiteral("Компания %1;8 495 %2\n").arg(firstNumber + i).arg(firstNumber + i).toUtf8();
    return list;
}

ImportResult runImport(TestDatabase &base, const QByteArray &list, const ImportService::ProgressCallback &progress = {},
                       StepPacing pacing = tinySteps, const QString &fileName = QStringLiteral("list.csv"))
{
    QBuffer buffer;
    buffer.setData(list);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.fileName = fileName;
    return ImportService(base.context(), pacing).run(&buffer, options, nullptr, progress);
}

qint64 scalar(Database &db, const QString &sql)
{
    return SqlStatement::scalar(db.connection(), sql).toLongLong();
}

// Turns a finished batch back into one a process was writing when it died, last heard of at `heartbeat`.
void makeLoading(TestDatabase &base, qint64 batchId, const QDateTime &heartbeat)
{
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("UPDATE import_batches SET state = 'loading', finished_at = NULL, "
                                     "heartbeat_at = ? WHERE id = ?"),
                      {toStoredTime(heartbeat), batchId});
}
} // namespace

TEST_CASE("An import commits in steps that other connections cannot see until the last one", "[import][steps]")
{
    TestDatabase base;
    bool looked = false;
    qint64 committedMidway = 0;
    qint64 listedMidway = -1;
    QString stateMidway;
    const ImportResult result = runImport(base, coldList(5000), [&](const ImportProgress &progress) {
        if (looked || progress.rows < 2000)
            return true;
        looked = true;
        // A colleague's desktop: its own connection to the file.
        const auto other = Database::open(base.path());
        committedMidway = scalar(*other, QStringLiteral("SELECT count(*) FROM companies"));
        listedMidway = CompanyListQuery(*other, {}).count();
        stateMidway
            = SqlStatement::scalar(other->connection(), QStringLiteral("SELECT state FROM import_batches")).toString();
        return true;
    });
    REQUIRE(looked);
    CHECK(committedMidway > 0); // written and committed by earlier steps
    CHECK(listedMidway == 0); // but not shown
    CHECK(stateMidway == QStringLiteral("loading"));
    CHECK(result.imported == 5000);
    CHECK(CompanyListQuery(base.db(), {}).count() == 5000);
    const auto batch = ImportBatchRepository(base.context()).find(result.batchId);
    REQUIRE(batch);
    CHECK(batch->state == ImportBatchState::Done);
    CHECK(batch->imported == 5000);
}

TEST_CASE("A stepped import that is cancelled removes what its steps committed", "[import][steps][cancel]")
{
    TestDatabase base;
    try {
        runImport(base, coldList(5000), [](const ImportProgress &progress) { return progress.rows < 4000; });
        FAIL("the import was not cancelled");
    } catch (const ImportError &error) {
        CHECK(error.kind() == ImportError::Kind::Cancelled);
    }
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM companies")) == 0);
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM phones")) == 0);
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM company_search")) == 0);
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM search_backlog")) == 0);
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM import_batches")) == 0);
    // Nothing was ever shown, so nothing was deleted as far as the audit trail is concerned.
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'deleted'")) == 0);
}

TEST_CASE("An abandoned import is removed once its heartbeat is stale, and left alone while fresh",
          "[import][steps][cleaner]")
{
    TestDatabase base;
    Company kept = makeCompany(QStringLiteral("Старая компания"));
    CompanyRepository(base.context()).create(kept);
    const ImportResult result = runImport(base, coldList(300));
    makeLoading(base, result.batchId, base.clock().nowUtc());

    base.clock().advanceSeconds(ImportBatchRepository::abandonedAfterSeconds - 5);
    CHECK(UnfinishedBatchCleaner(base.context(), tinySteps).run().isEmpty());
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM companies")) == 301);
    CHECK(CompanyListQuery(base.db(), {}).count() == 1);

    base.clock().advanceSeconds(10);
    const QList<RemovedImport> removed = UnfinishedBatchCleaner(base.context(), tinySteps).run();
    REQUIRE(removed.size() == 1);
    CHECK(removed.first().companies == 300);
    CHECK(removed.first().batch.fileName == QStringLiteral("list.csv"));
    const QString message = UnfinishedBatchCleaner::message(removed.first());
    CHECK(message.contains(QStringLiteral("An unfinished import of list.csv by ")));
    CHECK(message.contains(QStringLiteral("was removed: 300 companies")));
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM companies")) == 1);
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM phones")) == 0);
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM company_search")) == 1);
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM search_backlog")) == 0);
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM import_batches")) == 0);
    CHECK(CompanyListQuery(base.db(), {}).count() == 1);
}

TEST_CASE("An undo cut short is finished by the cleaner", "[import][steps][cleaner][undo]")
{
    TestDatabase base;
    const ImportResult result = runImport(base, coldList(200));
    // What undo's first transaction does; then its process died.
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("UPDATE import_batches SET state = 'removing', heartbeat_at = ? WHERE id = ?"),
                      {toStoredTime(base.clock().nowUtc()), result.batchId});
    CHECK(CompanyListQuery(base.db(), {}).count() == 0); // hidden at once
    base.clock().advanceSeconds(ImportBatchRepository::abandonedAfterSeconds + 1);
    const QList<RemovedImport> removed = UnfinishedBatchCleaner(base.context(), tinySteps).run();
    REQUIRE(removed.size() == 1);
    CHECK(UnfinishedBatchCleaner::message(removed.first()).contains(QStringLiteral("undo")));
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM companies")) == 0);
    const auto batch = ImportBatchRepository(base.context()).find(result.batchId);
    REQUIRE(batch);
    CHECK(batch->state == ImportBatchState::Undone);
    CHECK(batch->undoneAt.isValid());
}

TEST_CASE("Undo hides the batch, removes it in steps and is audited once, on the batch", "[import][steps][undo]")
{
    TestDatabase base;
    const ImportResult result = runImport(base, coldList(500));
    const qint64 auditBefore = scalar(base.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    const ImportUndoSummary summary = ImportBatchRepository(base.context(), tinySteps).undo(result.batchId);
    CHECK(summary.companiesRemoved == 500);
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM companies")) == 0);
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM company_search")) == 0);
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM search_backlog")) == 0);
    // No row per company removed: the batch says who undid it and when.
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
    CHECK(scalar(base.db(), QStringLiteral("SELECT undone_by FROM import_batches")) == base.context().userId);
    CHECK(ImportBatchRepository(base.context()).find(result.batchId)->state == ImportBatchState::Undone);
}

TEST_CASE("A person deleting one imported company is still audited", "[import][steps][audit]")
{
    TestDatabase base;
    runImport(base, coldList(3));
    const qint64 id = scalar(base.db(), QStringLiteral("SELECT min(id) FROM companies"));
    const auto company = CompanyRepository(base.context()).find(id);
    REQUIRE(company);
    CompanyRepository(base.context()).remove(id, company->version);
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'deleted'")) == 1);
}

TEST_CASE("An import waits for another one that is still loading, saying whose", "[import][steps][wait]")
{
    TestDatabase base;
    const qint64 collector
        = createUser(base, QStringLiteral("olga"), QStringLiteral("Ольга Сборщица"), UserRole::Collector);
    const QVariant now = toStoredTime(base.clock().nowUtc());
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("INSERT INTO import_batches (file_name, user_id, started_at, created_at, state, "
                                     "heartbeat_at) VALUES ('first.csv', ?, ?, ?, 'loading', ?)"),
                      {collector, now, now, now});
    QStringList waits;
    const ImportResult result = runImport(base, coldList(10), [&](const ImportProgress &progress) {
        if (!progress.waitingFor.isEmpty()) {
            waits.append(progress.waitingFor);
            // The other import ends.
            SqlStatement::run(base.db().connection(),
                              QStringLiteral("UPDATE import_batches SET state = 'done', finished_at = ? "
                                             "WHERE file_name = 'first.csv'"),
                              {now});
        }
        return true;
    });
    REQUIRE(waits.size() == 1);
    CHECK(waits.first() == QStringLiteral("Waiting for the import of first.csv by Ольга Сборщица to finish…"));
    CHECK(result.imported == 10);
}

TEST_CASE("An import does not wait for one whose process died, and can be cancelled while waiting",
          "[import][steps][wait]")
{
    TestDatabase base;
    const QVariant now = toStoredTime(base.clock().nowUtc());
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("INSERT INTO import_batches (file_name, started_at, created_at, state, "
                                     "heartbeat_at) VALUES ('first.csv', ?, ?, 'loading', ?)"),
                      {now, now, now});
    try {
        runImport(base, coldList(10), [](const ImportProgress &progress) { return progress.waitingFor.isEmpty(); });
        FAIL("the import did not wait");
    } catch (const ImportError &error) {
        CHECK(error.kind() == ImportError::Kind::Cancelled);
    }
    CHECK(scalar(base.db(), QStringLiteral("SELECT count(*) FROM import_batches")) == 1);

    base.clock().advanceSeconds(ImportBatchRepository::abandonedAfterSeconds + 1);
    bool waited = false;
    const ImportResult result = runImport(base, coldList(10), [&waited](const ImportProgress &progress) {
        waited = waited || !progress.waitingFor.isEmpty();
        return true;
    });
    CHECK_FALSE(waited);
    CHECK(result.imported == 10);
}
