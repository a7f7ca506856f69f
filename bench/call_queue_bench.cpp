// Times call mode's reads on a big base: the caller's next company, the due callbacks count, the day's counter,
// and a whole call (record "no answer", then read the next company), against the same statements run by the
// sqlite3 shell on the same file in the same run.
//
//   voronka_bench_call_queue --db PATH [--rounds N] [--sqlite3 PROGRAM]
//
// The base must be a copy made for benchmarking: the calls it records are written to it.

#include "domain/Clock.h"
#include "funnel/CallOutcomes.h"
#include "storage/CallQueueQuery.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/Timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace voronka;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The median time of rounds runs of step, in ms.
double timeMs(int rounds, const std::function<void()> &step)
{
    QList<double> times;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        step();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

// The sqlite3 shell's ".timer on" figure for each labelled statement (the median of rounds runs).
QList<QPair<QString, double>> reference(const QString &program, const QString &path,
                                        const QList<QPair<QString, QString>> &statements, int rounds)
{
    QString script = QStringLiteral(".timer on\n");
    for (int round = 0; round < rounds; ++round) {
        for (const auto &[label, sql] : statements)
            script += QStringLiteral(".print @%1\n.once /dev/null\n%2;\n").arg(label, sql);
    }
    QProcess shell;
    shell.start(program, {QStringLiteral("-batch"), QStringLiteral("-readonly"), path});
    if (!shell.waitForStarted())
        return {};
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    QHash<QString, QList<double>> times;
    QString label;
    for (const QString &line : QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('@')))
            label = line.mid(1);
        else if (line.startsWith(QLatin1String("Run Time: real ")))
            times[label].append(line.mid(15).section(QLatin1Char(' '), 0, 0).toDouble() * 1000.0);
    }
    QList<QPair<QString, double>> result;
    for (const auto &[statementLabel, sql] : statements)
        result.append({statementLabel, median(times.value(statementLabel))});
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times call mode's queue reads on a big base."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The benchmark base (a copy)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Runs of each step (default 21)."),
                                          QStringLiteral("N"), QStringLiteral("21"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."),
                                          QStringLiteral("PROGRAM"), QStringLiteral("sqlite3"));
    parser.addOptions({dbOption, roundsOption, sqliteOption});
    parser.process(app);
    QTextStream out(stdout);
    if (!parser.isSet(dbOption)) {
        out << "--db PATH is required\n";
        return 2;
    }
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    try {
        std::unique_ptr<Database> db = Database::open(parser.value(dbOption));
        SystemClock clock;
        const qint64 callerId = SqlStatement::scalar(db->connection(),
                                                     QStringLiteral("SELECT id FROM users WHERE role = 'caller' "
                                                                    "ORDER BY id LIMIT 1"))
                                    .toLongLong();
        DataContext context{*db, clock, callerId};
        CallQueueQuery queue(context);
        const QDateTime dayStart(clock.nowUtc().toLocalTime().date(), QTime(0, 0));
        QList<QPair<QString, double>> ours;
        ours.append({QStringLiteral("next company"), timeMs(rounds, [&] { queue.next(callerId, 1); })});
        ours.append({QStringLiteral("next 50 companies"), timeMs(rounds, [&] { queue.next(callerId, 50); })});
        ours.append({QStringLiteral("due callbacks count"), timeMs(rounds, [&] { queue.dueCallbacks(callerId); })});
        ours.append({QStringLiteral("the day's counter"),
                     timeMs(rounds, [&] { queue.callOutcomesSince(callerId, dayStart.toUTC()); })});
        // A whole call as the caller lives it: record the outcome, then the next company comes up.
        CallOutcomes calls(context);
        ours.append({QStringLiteral("record no answer + next company"), timeMs(rounds, [&] {
                         const QList<CallQueueEntry> next = queue.next(callerId, 1);
                         if (!next.isEmpty())
                             calls.noAnswer(next.first().companyId, next.first().version);
                         queue.next(callerId, 1);
                     })});
        const QString caller = QString::number(callerId);
        const QString now = toStoredTime(clock.nowUtc()).toString();
        const QString select
            = QStringLiteral("SELECT c.id, c.name, c.city, c.stage, c.next_action_at, c.call_attempts, "
                             "c.version FROM companies c WHERE ");
        const QList<QPair<QString, QString>> statements{
            {QStringLiteral("due callbacks, first"),
             select
                 + QStringLiteral("c.owner_id = %1 AND c.next_action_at <= '%2' AND c.parked_at IS NULL AND "
                                  "c.stage IN ('cold', 'calling') AND %3 ORDER BY c.next_action_at, c.id LIMIT 1")
                       .arg(caller, now, CallQueueQuery::hasNumberCondition())},
            {QStringLiteral("fresh companies, first"),
             select
                 + QStringLiteral("c.owner_id = %1 AND c.next_action_at IS NULL AND c.parked_at IS NULL AND "
                                  "c.stage = 'cold' AND %2 ORDER BY c.id LIMIT 1")
                       .arg(caller, CallQueueQuery::hasNumberCondition())},
            {QStringLiteral("due callbacks count"),
             CallQueueQuery::dueCallbacksStatement()
                 .replace(QStringLiteral("owner_id = ?"), QStringLiteral("owner_id = ") + caller)
                 .replace(QStringLiteral("c.stage IN (?, ?)"), QStringLiteral("c.stage IN ('cold', 'calling')"))
                 .replace(QStringLiteral("next_action_at <= ?"), QStringLiteral("next_action_at <= '%1'").arg(now))
                 .replace(QStringLiteral("LIMIT ?"), QStringLiteral("LIMIT %1").arg(CallQueueQuery::dueCallbacksCap))}};
        out << "Voronka (median of " << rounds << " runs, ms)\n";
        for (const auto &[label, ms] : ours)
            out << QStringLiteral("  %1: %2\n").arg(label, -34).arg(ms, 0, 'f', 2);
        out << "sqlite3 shell, same statements (median, ms)\n";
        for (const auto &[label, ms] : reference(parser.value(sqliteOption), db->path(), statements, rounds))
            out << QStringLiteral("  %1: %2\n").arg(label, -34).arg(ms, 0, 'f', 2);
    } catch (const StorageError &error) {
        out << error.message() << '\n';
        return 1;
    }
    return 0;
}
