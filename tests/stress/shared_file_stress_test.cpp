// Several desktops on one shared file, played by several voronka_stress_writer processes: no acknowledged
// write may go missing, no update may be lost without a conflict being reported, and a process killed in the
// middle of a write leaves an intact file with each import batch wholly in or wholly out.
#include "import/UnfinishedBatchCleaner.h"
#include "storage/CompanyRepository.h"
#include "storage/ImportBatchRepository.h"
#include "storage/SqlStatement.h"
#include "support/BadFiles.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <catch2/catch.hpp>

#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <vector>

using namespace voronka;
using namespace voronka::test;

namespace {
constexpr int sharedCompanies = 8;

// A base with the companies 1..sharedCompanies that every writer fights over, closed for the writers.
void seedCompanies(TestDatabase &base)
{
    for (int i = 1; i <= sharedCompanies; ++i) {
        Company company = makeCompany(QStringLiteral("Shared %1").arg(i), QStringLiteral("start"));
        CompanyRepository(base.context()).create(company);
    }
    base.close();
}

std::unique_ptr<QProcess> startWriter(const TestDatabase &base, int writer, const QString &csv,
                                      const QStringList &extra)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(STRESS_WRITER));
    process->setArguments(QStringList{QStringLiteral("--db"), base.path(), QStringLiteral("--log"),
                                      QDir(base.dir()).filePath(QStringLiteral("writer%1.log").arg(writer)),
                                      QStringLiteral("--writer"), QString::number(writer), QStringLiteral("--seed"),
                                      QString::number(writer), QStringLiteral("--companies"),
                                      QString::number(sharedCompanies), QStringLiteral("--csv"), csv}
                          + extra);
    process->start();
    REQUIRE(process->waitForStarted(10000));
    return process;
}

// Every JSON line the writers logged, in the order each wrote them.
std::vector<QJsonObject> readLogs(const TestDatabase &base)
{
    std::vector<QJsonObject> lines;
    const QStringList logs = QDir(base.dir()).entryList({QStringLiteral("writer*.log")}, QDir::Files);
    for (const QString &name : logs) {
        QFile file(QDir(base.dir()).filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                lines.push_back(QJsonDocument::fromJson(line).object());
        }
    }
    return lines;
}

QString integrity(Database &db)
{
    return SqlStatement::scalar(db.connection(), QStringLiteral("PRAGMA integrity_check")).toString();
}

struct BatchCount
{
    qint64 imported = 0; // as the batch row says
    qint64 companies = 0; // as the companies table says
    bool finished = false;
};

std::map<qint64, BatchCount> batchCounts(Database &db)
{
    std::map<qint64, BatchCount> batches;
    SqlStatement query(db.connection(),
                       QStringLiteral("SELECT b.id, b.imported, b.finished_at IS NOT NULL, "
                                      "(SELECT count(*) FROM companies c WHERE c.import_batch_id = b.id) "
                                      "FROM import_batches b"));
    query.exec();
    while (query.next())
        batches[query.value(0).toLongLong()]
            = BatchCount{query.value(1).toLongLong(), query.value(3).toLongLong(), query.value(2).toBool()};
    return batches;
}

// How long each writer waited for the others, in the test's output (the figures, not a pass condition: they
// depend on the machine's load).
void reportWaits(const QJsonObject &done)
{
    std::printf("writer %d: %lld busy-refused saves, %lld waits for a lock (%lld polls), longest wait %lld ms\n",
                done.value(QStringLiteral("writer")).toInt(), done.value(QStringLiteral("busy")).toInteger(),
                done.value(QStringLiteral("waits")).toInteger(), done.value(QStringLiteral("polls")).toInteger(),
                done.value(QStringLiteral("longestWaitMs")).toInteger());
    std::fflush(stdout);
}

QString smallList()
{
    return QStringLiteral(VORONKA_FIXTURES "/import-utf8-bom-comma/input.csv");
}

// A list long enough that an import takes a good part of a second, so that kills land inside one.
QString longList(const TestDatabase &base, int rows)
{
    const QString path = QDir(base.dir()).filePath(QStringLiteral("long.csv"));
    QByteArray text = "Company,Phone,City\n";
    for (int i = 1; i <= rows; ++i)
        text += QStringLiteral("Long list company %1,+7 495 %2,Moscow\n").arg(i).arg(1000000 + i).toUtf8();
    writeTextFile(path, text);
    return path;
}
} // namespace

TEST_CASE("Four processes writing one file at once lose no acknowledged write and report every conflict",
          "[stress][shared-file]")
{
    TestDatabase base;
    seedCompanies(base);

    // Four people saving cards: a pause of 20-200 ms between two saves, as someone reading the card would take
    // (without it, four loops hammering the file measure the machine's speed, not Voronka's fairness).
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int writer = 1; writer <= 4; ++writer)
        writers.push_back(
            startWriter(base, writer, smallList(),
                        {QStringLiteral("--seconds"), QStringLiteral("5"), QStringLiteral("--think-min-ms"),
                         QStringLiteral("20"), QStringLiteral("--think-max-ms"), QStringLiteral("200")}));
    for (auto &writer : writers) {
        REQUIRE(writer->waitForFinished(60000));
        INFO(writer->readAllStandardError().toStdString());
        CHECK(writer->exitStatus() == QProcess::NormalExit);
        CHECK(writer->exitCode() == 0);
    }

    base.reopen();
    CHECK(integrity(base.db()) == QStringLiteral("ok"));

    // Each acknowledged edit or move got its own new version of the row: if any write had overwritten
    // another silently, two would share a version or the row's version would not count them all.
    std::map<qint64, std::vector<qint64>> versions;
    std::map<qint64, std::pair<qint64, QString>> lastEdit; // company -> (version, city)
    // A writer that never met a conflict logs no conflict line but still counts zero.
    std::map<int, qint64> conflictLines{{1, 0}, {2, 0}, {3, 0}, {4, 0}};
    std::map<int, qint64> conflictsCounted;
    std::set<qint64> acknowledgedBatches;
    int done = 0;
    for (const QJsonObject &line : readLogs(base)) {
        const QString op = line.value(QStringLiteral("op")).toString();
        const qint64 company = line.value(QStringLiteral("company")).toInteger();
        const qint64 version = line.value(QStringLiteral("version")).toInteger();
        const int writer = line.value(QStringLiteral("writer")).toInt();
        if (op == QStringLiteral("edit") || op == QStringLiteral("move"))
            versions[company].push_back(version);
        if (op == QStringLiteral("edit") && version > lastEdit[company].first)
            lastEdit[company] = {version, line.value(QStringLiteral("city")).toString()};
        if (op == QStringLiteral("conflict"))
            ++conflictLines[writer];
        if (op == QStringLiteral("import")) {
            acknowledgedBatches.insert(line.value(QStringLiteral("batch")).toInteger());
            CHECK(line.value(QStringLiteral("imported")).toInteger() == 3);
        }
        if (op == QStringLiteral("done")) {
            ++done;
            conflictsCounted[writer] = line.value(QStringLiteral("conflicts")).toInteger();
            // Every save found its turn within the busy timeout: none was refused as busy and tried again.
            INFO("writer " << writer);
            CHECK(line.value(QStringLiteral("busy")).toInteger() == 0);
            CHECK(line.value(QStringLiteral("fair")).toBool());
            reportWaits(line);
        }
    }
    CHECK(done == 4);
    CHECK(conflictLines == conflictsCounted);
    qint64 conflicts = 0;
    for (const auto &[writer, count] : conflictLines)
        conflicts += count;
    CHECK(conflicts > 0); // the writers really did get in each other's way

    CompanyRepository companies(base.context());
    for (qint64 id = 1; id <= sharedCompanies; ++id) {
        INFO("company " << id);
        const auto company = companies.find(id);
        REQUIRE(company);
        auto &acknowledged = versions[id];
        std::sort(acknowledged.begin(), acknowledged.end());
        std::vector<qint64> expected;
        for (qint64 version = 2; version <= company->version; ++version)
            expected.push_back(version);
        CHECK(acknowledged == expected);
        CHECK(company->city == (lastEdit.count(id) ? lastEdit[id].second : QStringLiteral("start")));
    }

    // Every import landed whole, and nothing landed that was not acknowledged.
    const auto batches = batchCounts(base.db());
    std::set<qint64> stored;
    for (const auto &[id, batch] : batches) {
        stored.insert(id);
        CHECK(batch.finished);
        CHECK(batch.imported == 3);
        CHECK(batch.companies == 3);
    }
    CHECK(stored == acknowledgedBatches);
    CHECK_FALSE(acknowledgedBatches.empty());
}

TEST_CASE("A writer killed at many points of imports and edits leaves an intact file with whole batches",
          "[stress][shared-file]")
{
    TestDatabase base;
    seedCompanies(base);
    const int listRows = 1500;
    const QString list = longList(base, listRows);

    // The kill delays are the point of this test: random, so that over the runs the kill lands at many
    // points of an import or an edit, and seeded, so that a failure can be replayed.
    QRandomGenerator delays(20261125);
    int killedInsideTransaction = 0;
    std::map<qint64, qint64> acknowledgedVersion;
    for (int run = 1; run <= 20; ++run) {
        INFO("run " << run);
        // Odd runs import and edit; even runs only edit and move, so that kills land inside short edits too.
        const QString importEvery = run % 2 ? QStringLiteral("2") : QStringLiteral("0");
        auto writer = startWriter(
            base, run, list,
            {QStringLiteral("--seconds"), QStringLiteral("60"), QStringLiteral("--import-every"), importEvery});
        REQUIRE(writer->waitForReadyRead(30000));
        REQUIRE(writer->readLine().trimmed() == QByteArray("ready"));
        QThread::msleep(delays.bounded(10, 600));
        writer->kill(); // SIGKILL: no destructor, no rollback, the journal stays behind
        REQUIRE(writer->waitForFinished(10000));
        CHECK(writer->exitStatus() == QProcess::CrashExit);
        if (QFile::exists(base.path() + QStringLiteral("-journal")))
            ++killedInsideTransaction;

        base.reopen(); // rolls the hot journal back
        CHECK(integrity(base.db()) == QStringLiteral("ok"));
        // An import commits in steps: one the kill cut short is hidden from every reader (import_kill_stress_test)
        // and, once its heartbeat is a minute old, removed.
        base.clock().set(QDateTime::currentDateTimeUtc().addSecs(ImportBatchRepository::abandonedAfterSeconds + 1));
        UnfinishedBatchCleaner(base.context()).run();
        for (const auto &[id, batch] : batchCounts(base.db())) {
            INFO("batch " << id);
            CHECK(batch.finished);
            CHECK(batch.imported == listRows);
            CHECK(batch.companies == listRows);
        }
        const auto batches = batchCounts(base.db());
        for (const QJsonObject &line : readLogs(base)) {
            const QString op = line.value(QStringLiteral("op")).toString();
            if (op == QStringLiteral("import"))
                CHECK(batches.count(line.value(QStringLiteral("batch")).toInteger()) == 1);
            if (op == QStringLiteral("edit") || op == QStringLiteral("move")) {
                qint64 &version = acknowledgedVersion[line.value(QStringLiteral("company")).toInteger()];
                version = std::max(version, line.value(QStringLiteral("version")).toInteger());
            }
        }
        CompanyRepository companies(base.context());
        for (const auto &[id, version] : acknowledgedVersion)
            CHECK(companies.find(id)->version >= version);
        base.close();
    }
    CHECK(killedInsideTransaction > 0);
}
