#include "StressWriter.h"

#include "funnel/CallOutcomes.h"
#include "funnel/FunnelError.h"
#include "funnel/StageMover.h"
#include "import/ImportError.h"
#include "import/ImportService.h"
#include "storage/CompanyRepository.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

#include <optional>
#include <stdexcept>

namespace voronka::stress {

StressWriter::StressWriter(const WriterOptions &options)
    : m_options(options)
    , m_random(options.seed)
    , m_log(options.logPath)
{
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        throw std::runtime_error("cannot open the log " + options.logPath.toStdString());
    m_db = Database::open(options.dbPath, DatabaseOptions{});
    m_context = std::make_unique<DataContext>(DataContext{*m_db, m_clock, 1});
    for (qint64 id = 1; id <= options.companies; ++id)
        reread(id);
}

void StressWriter::run()
{
    QElapsedTimer elapsed;
    elapsed.start();
    for (int operation = 1; elapsed.elapsed() < m_options.seconds * 1000
         && (m_options.operations == 0 || operation <= m_options.operations);
         ++operation) {
        if (operation > 1)
            think();
        const qint64 id = m_random.bounded(m_options.companies) + 1;
        // Another desktop holding the write lock longer than the busy timeout: the user would be told and try
        // again; so does this writer, and nothing of the failed attempt is acknowledged.
        for (;;) {
            std::optional<QString> refused;
            try {
                if (m_options.importEvery > 0 && operation % m_options.importEvery == 0)
                    import();
                else if (m_random.bounded(3) == 0)
                    move(id);
                else
                    edit(id);
                break;
            } catch (const StorageError &error) {
                if (error.kind() != StorageError::Kind::Locked)
                    throw;
                refused = error.message();
            } catch (const ImportError &error) {
                if (error.storageKind() != StorageError::Kind::Locked)
                    throw;
                refused = error.message();
            }
            ++m_busy;
            log({{QStringLiteral("op"), QStringLiteral("busy")}, {QStringLiteral("message"), *refused}});
        }
    }
    const BusyStatistics waits = m_db->busyStatistics();
    log({{QStringLiteral("op"), QStringLiteral("done")},
         {QStringLiteral("conflicts"), m_conflicts},
         {QStringLiteral("busy"), m_busy},
         {QStringLiteral("fair"), waits.fair},
         {QStringLiteral("waits"), waits.waits},
         {QStringLiteral("polls"), waits.polls},
         {QStringLiteral("longestWaitMs"), waits.longestWaitMs}});
}

void StressWriter::think()
{
    if (m_options.thinkMaxMs <= 0)
        return;
    // The writer's own pause, as a person reading the card before the next save; nothing waits on it.
    QThread::msleep(m_random.bounded(m_options.thinkMinMs, m_options.thinkMaxMs + 1));
}

void StressWriter::edit(qint64 id)
{
    const QString city = QStringLiteral("w%1-%2").arg(m_options.writer).arg(++m_sequence);
    withFreshCopy(id, [&](Company &copy) {
        copy.city = city;
        CompanyRepository(*m_context).update(copy);
        log({{QStringLiteral("op"), QStringLiteral("edit")},
             {QStringLiteral("company"), id},
             {QStringLiteral("version"), copy.version},
             {QStringLiteral("city"), city}});
    });
}

void StressWriter::move(qint64 id)
{
    withFreshCopy(id, [&](Company &copy) {
        try {
            if (copy.stage == CompanyStage::Calling) {
                CompanyMove back;
                back.to = CompanyStage::Cold;
                copy.version = StageMover(*m_context).moveCompany(id, copy.version, back);
                copy.stage = CompanyStage::Cold;
            } else {
                copy.version = CallOutcomes(*m_context).noAnswer(id, copy.version).version;
                copy.stage = CompanyStage::Calling;
            }
        } catch (const FunnelError &) {
            // Refused by the stage table: nothing was written, so nothing is acknowledged.
            reread(id);
            return;
        }
        log({{QStringLiteral("op"), QStringLiteral("move")},
             {QStringLiteral("company"), id},
             {QStringLiteral("version"), copy.version},
             {QStringLiteral("stage"),
              copy.stage == CompanyStage::Cold ? QStringLiteral("cold") : QStringLiteral("calling")}});
    });
}

void StressWriter::import()
{
    QFile csv(m_options.csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + m_options.csvPath.toStdString());
    ImportOptions options;
    options.fileName = QStringLiteral("w%1-%2.csv").arg(m_options.writer).arg(++m_sequence);
    options.duplicates = DuplicatePolicy::Import; // every row becomes a company of its batch
    const ImportResult result = ImportService(*m_context).run(&csv, options);
    log({{QStringLiteral("op"), QStringLiteral("import")},
         {QStringLiteral("batch"), result.batchId},
         {QStringLiteral("imported"), result.imported}});
}

template<typename Write>
void StressWriter::withFreshCopy(qint64 id, const Write &write)
{
    for (;;) {
        try {
            write(m_copies.at(id));
            return;
        } catch (const StorageError &error) {
            if (error.kind() != StorageError::Kind::StaleVersion)
                throw;
            log({{QStringLiteral("op"), QStringLiteral("conflict")},
                 {QStringLiteral("company"), id},
                 {QStringLiteral("version"), m_copies.at(id).version}});
            ++m_conflicts;
            reread(id);
        }
    }
}

void StressWriter::reread(qint64 id)
{
    const auto company = CompanyRepository(*m_context).find(id);
    if (!company)
        throw std::runtime_error("company " + std::to_string(id) + " is missing");
    m_copies[id] = *company;
}

void StressWriter::log(QJsonObject line)
{
    line.insert(QStringLiteral("writer"), m_options.writer);
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (m_log.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write the log");
}

} // namespace voronka::stress
