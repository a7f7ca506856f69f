// voronka_bench_generate: makes a benchmark base of N deterministic companies (DemoCompanyGenerator, with the
// demo department as owners) through the bulk writer an import uses, committing every 50,000 companies.
// Each company also gets one or two contacts, one to three phones and its search index entry.
//
// With --history the base gets two years of the department's work ending on --until (default today, in the office's
// zone): the companies arrive in import batches of about 50,000 (and one in 250 by hand), and each has its story along
// the conveyor, with deals, payments, calls and meetings (bench/history: HistoryStories, HistoryBaseWriter). The same
// seed and last day give the same base.
//
//   voronka_bench_generate --out PATH --companies N [--seed S] [--callers N] [--history [--until YYYY-MM-DD]]

#include "demo/DemoBase.h"
#include "demo/DemoCompanyGenerator.h"
#include "demo/DemoDepartment.h"
#include "domain/Clock.h"
#include "history/HistoryBaseWriter.h"
#include "history/HistoryStories.h"
#include "storage/CompanyBulkWriter.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

constexpr qint64 rowsPerCommit = 50000;

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    const QByteArray bytes = (QStringLiteral("voronka_bench_generate: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return 1;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

// The funnel shape of the demo base: most companies cold with a caller, fewer at every later stage.
void placeInFunnel(voronka::Company &company, qint64 serial, const QList<voronka::User> &callers,
                   const QList<voronka::User> &others, const QDateTime &now)
{
    using voronka::CompanyStage;
    const qint64 slot = serial % 20;
    if (slot < 13 && !callers.isEmpty())
        company.ownerId = callers.at(int(serial % callers.size())).id;
    else if (!others.isEmpty())
        company.ownerId = others.at(int(serial % others.size())).id;
    if (slot < 9) {
        company.stage = CompanyStage::Cold;
    } else if (slot < 13) {
        company.stage = CompanyStage::Calling;
        company.nextActionAt = now.addSecs(3600 * (serial % 72 - 12));
    } else if (slot < 15) {
        company.stage = CompanyStage::Meeting;
        company.nextActionAt = now.addDays(1 + serial % 7);
    } else if (slot < 16) {
        company.stage = CompanyStage::Deal;
        company.nextActionAt = now.addDays(2 + serial % 5);
    } else if (slot < 18) {
        company.stage = CompanyStage::Client;
    } else if (slot < 19) {
        company.stage = CompanyStage::Lost;
        company.ownerId = 0;
    } else {
        company.stage = CompanyStage::Reactivation;
        company.nextActionAt = now.addDays(serial % 30);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("voronka_bench_generate"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Makes a Voronka base of N generated companies for benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The new base (must not exist)."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption countOption(QStringLiteral("companies"), QStringLiteral("How many companies."),
                                         QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed (default 2026)."),
                                        QStringLiteral("S"), QStringLiteral("2026"));
    const QCommandLineOption callersOption(
        QStringLiteral("callers"),
        QStringLiteral("How many callers share the cold and calling companies (default 2, the demo's; more are hired "
                       "as caller3, caller4 ...)."),
        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        QStringLiteral("Two years of the department's work: import batches, stage history, deals, payments, calls."));
    const QCommandLineOption untilOption(QStringLiteral("until"),
                                         QStringLiteral("The history's last day (default today)."),
                                         QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({outOption, countOption, seedOption, callersOption, historyOption, untilOption});
    parser.process(app);

    if (!parser.isSet(outOption) || !parser.isSet(countOption))
        return fail(QStringLiteral("--out and --companies are required (see --help)"));
    const QString path = parser.value(outOption);
    bool countOk = false;
    const qint64 count = parser.value(countOption).toLongLong(&countOk);
    bool seedOk = false;
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    if (!countOk || count <= 0)
        return fail(QStringLiteral("--companies must be a positive number"));
    if (!seedOk)
        return fail(QStringLiteral("--seed must be a non-negative number"));
    bool callersOk = false;
    const int callerCount = parser.value(callersOption).toInt(&callersOk);
    if (!callersOk || callerCount < 1)
        return fail(QStringLiteral("--callers must be a positive number"));
    QDate until = QDateTime::currentDateTimeUtc().toTimeZone(voronka::DemoDepartment::officeZone()).date();
    if (parser.isSet(untilOption)) {
        until = QDate::fromString(parser.value(untilOption), Qt::ISODate);
        if (!until.isValid())
            return fail(QStringLiteral("--until must be a day written YYYY-MM-DD"));
    }
    if (QFileInfo::exists(path))
        return fail(QStringLiteral("%1 already exists; it is not overwritten").arg(path));

    try {
        QElapsedTimer total;
        total.start();
        auto db = voronka::Database::open(path);
        voronka::SystemClock clock;
        const voronka::DataContext context{*db, clock, 0};

        // The demo department (no companies), so that companies have owners as in real use.
        voronka::DemoBase::fill(context, 0);
        for (int extra = 3; extra <= callerCount; ++extra) {
            voronka::User caller;
            caller.login = QStringLiteral("caller%1").arg(extra);
            caller.fullName = QStringLiteral("Caller %1").arg(extra);
            caller.role = voronka::UserRole::Caller;
            voronka::UserRepository(context).create(caller);
        }
        QList<voronka::User> callers;
        QList<voronka::User> others;
        for (const voronka::User &user : voronka::UserRepository(context).list()) {
            if (user.role == voronka::UserRole::Caller && callers.size() < callerCount)
                callers.append(user);
            else if (user.role != voronka::UserRole::Head)
                others.append(user);
        }

        if (parser.isSet(historyOption)) {
            voronka::bench::HistoryOptions options;
            options.companies = count;
            options.seed = seed;
            options.until = until;
            voronka::bench::HistoryStories stories(options,
                                                   voronka::bench::HistoryBaseWriter::department(context, callerCount));
            stories.plan();
            print(QStringLiteral("planned %1 companies, %2 deals, %3 events up to %4 (%5 s)\n")
                      .arg(stories.companies().size())
                      .arg(stories.deals().size())
                      .arg(stories.events().size())
                      .arg(until.toString(Qt::ISODate))
                      .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1));
            voronka::bench::HistoryBaseWriter(*db, stories).write(print);
            db.reset();
            const double seconds = double(total.elapsed()) / 1000.0;
            print(QStringLiteral("done: %1 companies with two years of history in %2 s; %3 is %4\n")
                      .arg(count)
                      .arg(seconds, 0, 'f', 1)
                      .arg(path, megabytes(QFileInfo(path).size())));
            return 0;
        }

        voronka::DemoCompanyGenerator generator(seed);
        // Gone before the base closes: it gives the connection its page cache back.
        auto writer = std::make_unique<voronka::CompanyBulkWriter>(context);
        const QDateTime clockNow = clock.nowUtc();
        const QDateTime now(clockNow.date(), QTime(clockNow.time().hour(), 0), Qt::UTC);
        QElapsedTimer chunk;
        chunk.start();
        qint64 written = 0;
        while (written < count) {
            voronka::WriteTransaction transaction(*db);
            // The import's page cache and search-index hash (no index is dropped for a batch of unknown size).
            writer->beginBatch(0);
            const qint64 start = written;
            const qint64 end = std::min(count, written + rowsPerCommit);
            for (; written < end; ++written) {
                voronka::CompanyRecord record = generator.next();
                placeInFunnel(record.company, written, callers, others, now);
                writer->insert(record);
            }
            writer->finishBatch();
            transaction.commit();
            const double chunkSeconds = double(chunk.restart()) / 1000.0;
            print(QStringLiteral("%1 / %2 companies, %3 companies/s, %4 s elapsed\n")
                      .arg(written)
                      .arg(count)
                      .arg(qint64(double(end - start) / std::max(chunkSeconds, 0.001)))
                      .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1));
        }
        writer.reset();
        db.reset();
        const double seconds = double(total.elapsed()) / 1000.0;
        print(QStringLiteral("done: %1 companies in %2 s (%3 companies/s); %4 is %5\n")
                  .arg(count)
                  .arg(seconds, 0, 'f', 1)
                  .arg(qint64(double(count) / std::max(seconds, 0.001)))
                  .arg(path, megabytes(QFileInfo(path).size())));
    } catch (const voronka::StorageError &error) {
        return fail(error.message() + QStringLiteral(" (what was written so far stays in %1)").arg(path));
    }
    return 0;
}
