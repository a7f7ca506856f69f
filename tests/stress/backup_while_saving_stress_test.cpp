// A backup of a shared base while a colleague saves: the `voronka backup` process copies in steps that leave the
// lock free between them, so no save fails; each backup is kept only as a consistent, checked base (equal to the
// base at one moment) or reported as too busy, never left broken.
#include "storage/CompanyRepository.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "support/TestDatabase.h"
#include "support/VoronkaProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include <set>
#include <utility>

using namespace voronka;
using namespace voronka::test;

namespace {
// What the base holds: how many companies and the sum of their versions, which every save changes.
using Fingerprint = std::pair<qint64, qint64>;

Fingerprint fingerprintOf(const QSqlDatabase &connection)
{
    SqlStatement read(connection, QStringLiteral("SELECT count(*), total(version) FROM companies"));
    read.exec();
    read.next();
    const Fingerprint fingerprint{read.value(0).toLongLong(), qint64(read.value(1).toDouble())};
    read.done();
    return fingerprint;
}

std::unique_ptr<QProcess> startBackup(const QString &base, const QString &out)
{
    return startVoronka({QStringLiteral("backup"), QStringLiteral("--db"), base, QStringLiteral("--out"), out});
}
} // namespace

TEST_CASE("A backup while a colleague saves every 100 ms: no save fails, the backup is a consistent base",
          "[stress][backup]")
{
    TestDatabase base;
    {
        WriteTransaction transaction(base.db());
        for (int i = 0; i < 4000; ++i) {
            Company company = makeCompany(QStringLiteral("Компания %1").arg(i), QStringLiteral("Тула"));
            CompanyRepository(base.context()).create(company);
        }
        transaction.commit();
    }
    std::set<Fingerprint> states{fingerprintOf(base.db().connection())};
    int saves = 0;
    int failedSaves = 0;
    int made = 0;
    int tooBusy = 0;
    QStringList failures;

    for (int round = 0; round < 4; ++round) {
        const QString out = QDir(base.dir()).filePath(QStringLiteral("copy-%1.voronka").arg(round));
        auto backup = startBackup(base.path(), out);
        // The colleague: one card saved (and now and then a company added) every 100 ms until the backup ends.
        do {
            try {
                WriteTransaction transaction(base.db());
                Company company = *CompanyRepository(base.context()).find(1 + saves % 50);
                company.city = QStringLiteral("Save %1").arg(saves);
                CompanyRepository(base.context()).update(company);
                if (saves % 3 == 0) {
                    Company added = makeCompany(QStringLiteral("Added %1").arg(saves));
                    CompanyRepository(base.context()).create(added);
                }
                transaction.commit();
                states.insert(fingerprintOf(base.db().connection()));
            } catch (const StorageError &error) {
                ++failedSaves;
                failures.append(error.message());
            }
            ++saves;
        } while (!backup->waitForFinished(100));
        REQUIRE(backup->exitStatus() == QProcess::NormalExit);
        const QString err = QString::fromUtf8(backup->readAllStandardError());
        INFO(err.toStdString());
        if (backup->exitCode() == 6) {
            // Too busy is an answer; a broken or half file is not.
            CHECK(err.contains(QStringLiteral("too busy")));
            CHECK_FALSE(QFile::exists(out));
            ++tooBusy;
            continue;
        }
        REQUIRE(backup->exitCode() == 0);
        ++made;
        DatabaseOptions reading;
        reading.readOnly = true;
        reading.createIfMissing = false;
        const auto copy = Database::open(out, reading);
        CHECK(copy->integrityProblems().isEmpty());
        CHECK(states.count(fingerprintOf(copy->connection())) == 1);
    }
    INFO(failures.join(QStringLiteral("\n")).toStdString());
    CHECK(failedSaves == 0);
    CHECK(saves >= 4);
    CHECK(made + tooBusy == 4);
    CHECK(made > 0);
    CHECK(QDir(base.dir()).entryList({QStringLiteral(".*part")}, QDir::Files | QDir::Hidden).isEmpty());
}
