// A large import on a shared file while colleagues keep saving: the import (a `voronka import` process) must let
// their saves in between its steps, so that none of them is refused as busy.
// It failed while an import was one long transaction (the import held the write lock for its whole length, far
// beyond the 5 s busy timeout).
#include "storage/CompanyRepository.h"
#include "storage/SqlStatement.h"
#include "support/BadFiles.h"
#include "support/TestDatabase.h"
#include "support/VoronkaProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

#include <cstdio>
#include <memory>
#include <vector>

using namespace voronka;
using namespace voronka::test;

namespace {
constexpr int listRows = 100000;
constexpr int cardCompanies = 8;
constexpr int saversSeconds = 25;

QString writeLongList(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("long-list.csv"));
    QByteArray text = "Company,Phone,City\n";
    text.reserve(listRows * 48);
    for (int i = 1; i <= listRows; ++i)
        text += QStringLiteral("Stepped list company %1,+7 495 %2,Moscow\n").arg(i).arg(1000000 + i).toUtf8();
    writeTextFile(path, text);
    return path;
}

// A colleague saving a card every 100 ms (edits and stage moves, no imports).
std::unique_ptr<QProcess> startSaver(const TestDatabase &base, int writer)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(scriptEnvironment());
    process->setProgram(QStringLiteral(STRESS_WRITER));
    process->setArguments({QStringLiteral("--db"), base.path(), QStringLiteral("--log"),
                           QDir(base.dir()).filePath(QStringLiteral("saver%1.log").arg(writer)),
                           QStringLiteral("--writer"), QString::number(writer), QStringLiteral("--seed"),
                           QString::number(writer), QStringLiteral("--companies"), QString::number(cardCompanies),
                           QStringLiteral("--import-every"), QStringLiteral("0"), QStringLiteral("--think-min-ms"),
                           QStringLiteral("100"), QStringLiteral("--think-max-ms"), QStringLiteral("100"),
                           QStringLiteral("--seconds"), QString::number(saversSeconds)});
    process->start();
    REQUIRE(process->waitForStarted(10000));
    REQUIRE(process->waitForReadyRead(30000));
    REQUIRE(process->readLine().trimmed() == QByteArray("ready"));
    return process;
}

struct SaverLog
{
    qint64 saves = 0; // acknowledged edits and moves
    qint64 refused = 0; // saves refused as busy (each tried again)
    QJsonObject done;
};

SaverLog readSaverLog(const TestDatabase &base, int writer)
{
    SaverLog log;
    QFile file(QDir(base.dir()).filePath(QStringLiteral("saver%1.log").arg(writer)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    for (const QByteArray &bytes : file.readAll().split('\n')) {
        if (bytes.isEmpty())
            continue;
        const QJsonObject line = QJsonDocument::fromJson(bytes).object();
        const QString op = line.value(QStringLiteral("op")).toString();
        if (op == QStringLiteral("edit") || op == QStringLiteral("move"))
            ++log.saves;
        else if (op == QStringLiteral("busy"))
            ++log.refused;
        else if (op == QStringLiteral("done"))
            log.done = line;
    }
    return log;
}
} // namespace

TEST_CASE("A 100,000-row import lets two colleagues saving every 100 ms save without a refusal",
          "[stepped][stress][shared-file]")
{
    TestDatabase base;
    for (int i = 1; i <= cardCompanies; ++i) {
        Company company = makeCompany(QStringLiteral("Card %1").arg(i), QStringLiteral("start"));
        CompanyRepository(base.context()).create(company);
    }
    base.close();
    const QString list = writeLongList(base.dir());

    std::vector<std::unique_ptr<QProcess>> savers;
    for (int writer = 1; writer <= 2; ++writer)
        savers.push_back(startSaver(base, writer));

    QElapsedTimer importTime;
    importTime.start();
    const std::unique_ptr<QProcess> import
        = startVoronka({QStringLiteral("import"), list, QStringLiteral("--db"), base.path(), QStringLiteral("--json")});
    REQUIRE(import->waitForFinished(120000));
    const qint64 importMs = importTime.elapsed();
    INFO(QString::fromUtf8(import->readAllStandardError()).toStdString());
    CHECK(import->exitStatus() == QProcess::NormalExit);
    CHECK(import->exitCode() == 0);
    const QJsonObject imported = QJsonDocument::fromJson(import->readAllStandardOutput()).object();
    CHECK(imported.value(QStringLiteral("imported")).toInteger() == listRows);

    for (auto &saver : savers) {
        REQUIRE(saver->waitForFinished(60000));
        INFO(saver->readAllStandardError().toStdString());
        CHECK(saver->exitStatus() == QProcess::NormalExit);
        CHECK(saver->exitCode() == 0);
    }

    std::printf("import of %d rows: %lld ms\n", listRows, importMs);
    for (int writer = 1; writer <= 2; ++writer) {
        INFO("saver " << writer);
        const SaverLog log = readSaverLog(base, writer);
        std::printf("saver %d: %lld saves, %lld refused as busy, %lld waits for a lock, longest wait %lld ms\n", writer,
                    log.saves, log.refused, log.done.value(QStringLiteral("waits")).toInteger(),
                    log.done.value(QStringLiteral("longestWaitMs")).toInteger());
        std::fflush(stdout);
        CHECK_FALSE(log.done.isEmpty());
        CHECK(log.refused == 0); // no save failed because of the import
        CHECK(log.saves > 0);
    }

    base.reopen();
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("PRAGMA integrity_check")).toString()
          == QStringLiteral("ok"));
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM companies")).toLongLong()
          == cardCompanies + listRows);
}
