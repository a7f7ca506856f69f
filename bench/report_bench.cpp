// voronka_bench_reports: times the reports on a big base with history (voronka_bench_generate --history): the funnel in
// both views (period activity and cohort), the funnel against the previous period, the activity report and the weekly
// trends, for a month and for the year ending with it (plan against actual and pay for the month), for everyone and for
// one person (a caller and a closer). Then the reference: the very statements each report ran (caught with SQLite's
// statement trace, their parameters written in) are run and timed by the sqlite3 shell on the same file in the same
// run. The shell runs them one after the other, where a report reads some at the same time on a second connection (the
// funnel's previous period, the activity's look-ups; storage/ParallelRead).
//
//   voronka_bench_reports --db PATH [--month YYYY-MM] [--as LOGIN] [--rounds N] [--sqlite3 PROGRAM] [--no-reference]
//
// --as: who looks (default the head, who sees everyone's, a caller's and a closer's figures; anyone else sees their
// own). --month: the month (default the last whole month of the history). The base is only read.

#include "demo/DemoDepartment.h"
#include "reports/ActivityReport.h"
#include "reports/FunnelReport.h"
#include "reports/PayrollReport.h"
#include "reports/PlanReport.h"
#include "reports/ReportError.h"
#include "reports/ReportJson.h"
#include "reports/TrendReport.h"
#include "storage/Database.h"
#include "storage/ParallelRead.h"
#include "storage/SqlStatement.h"
#include "storage/SqliteHandle.h"
#include "storage/StorageError.h"
#include "storage/Timestamps.h"
#include "storage/UserRepository.h"
#include "support/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <functional>

using namespace voronka;
using namespace voronka::bench;

namespace {

const QString program = QStringLiteral("voronka_bench_reports");

struct Case
{
    Case(QString caseName, std::function<qint64()> caseRun)
        : name(std::move(caseName))
        , run(std::move(caseRun))
    {
    }

    QString name;
    std::function<qint64()> run; // returns a figure of the result, printed so that a wrong base shows
    QStringList statements; // what one run executes, with its parameters written in
    QList<double> ours;
    QList<double> shell;
    qint64 figure = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double minimum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end());
}

// The statements caught while a case runs: on the report's connection and on the second ones of its parallel reads.
struct CaughtStatements
{
    QMutex mutex;
    QStringList statements;
};

// Every statement SQLite starts on a connection while a trace is on, as the shell can run it.
int traceStatement(unsigned kind, void *context, void *statement, void *)
{
    if (kind != SQLITE_TRACE_STMT)
        return 0;
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    if (sql) {
        const QString text = QString::fromUtf8(sql);
        if (!text.startsWith(QLatin1String("--"))) { // a trigger's statement: part of the one that fired it
            auto *caught = static_cast<CaughtStatements *>(context);
            const QMutexLocker lock(&caught->mutex);
            caught->statements.append(text);
        }
        sqlite3_free(sql);
    }
    return 0;
}

std::atomic<CaughtStatements *> catching = nullptr;

// The statements run() executes, on the connection and on any second one a ParallelRead opens meanwhile (the shell runs
// them one after the other, where the report reads them at the same time).
QStringList statementsOf(sqlite3 *handle, const std::function<qint64()> &run)
{
    CaughtStatements caught;
    catching = &caught;
    sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, traceStatement, &caught);
    run();
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    catching = nullptr;
    return caught.statements;
}

// Runs every case's statements rounds times in one sqlite3 shell, its ".timer on" figures summed per case and round.
bool runReference(const QString &shellProgram, const QString &path, QList<Case> &cases, int rounds, QString *error)
{
    QString script = QStringLiteral(".timer on\n");
    for (int round = 0; round < rounds; ++round) {
        for (int index = 0; index < cases.size(); ++index) {
            script += QStringLiteral(".print @%1\n").arg(index);
            for (const QString &statement : cases.at(index).statements)
                script += QStringLiteral(".once /dev/null\n%1;\n").arg(statement);
        }
    }
    QProcess shell;
    shell.start(shellProgram, {QStringLiteral("-batch"), QStringLiteral("-readonly"), path});
    if (!shell.waitForStarted()) {
        *error = QStringLiteral("%1 cannot be started: %2").arg(shellProgram, shell.errorString());
        return false;
    }
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(3600000) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(shellProgram, QString::fromUtf8(shell.readAllStandardError()));
        return false;
    }
    int current = -1;
    for (const QString &line : QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('@'))) {
            current = line.mid(1).toInt();
            cases[current].shell.append(0);
        } else if (line.startsWith(QLatin1String("Run Time: real ")) && current >= 0) {
            cases[current].shell.last() += line.mid(15).section(QLatin1Char(' '), 0, 0).toDouble() * 1000.0;
        }
    }
    return true;
}

qint64 funnelEntries(const FunnelFigures &figures)
{
    qint64 entries = 0;
    for (const StageFigures &stage : figures.stages)
        entries += stage.entered;
    return entries;
}

// The last whole month of the history: the month of the latest move, or the one before when it goes on after it.
QDate defaultMonth(Database &db, const QTimeZone &zone)
{
    const QDateTime latest = fromStoredTime(
        SqlStatement::scalar(db.connection(), QStringLiteral("SELECT max(changed_at) FROM stage_history")));
    if (!latest.isValid())
        return {};
    const QDate day = latest.toTimeZone(zone).date();
    const QDate first(day.year(), day.month(), 1);
    return day == first.addMonths(1).addDays(-1) ? first : first.addMonths(-1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(program);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the funnel, activity and trends reports on a base with history, against the sqlite3 shell."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("The base (voronka_bench_generate --history)."), QStringLiteral("PATH"));
    const QCommandLineOption monthOption(QStringLiteral("month"),
                                         QStringLiteral("The month (default the last whole month of the history)."),
                                         QStringLiteral("YYYY-MM"));
    const QCommandLineOption asOption(QStringLiteral("as"), QStringLiteral("Who looks (default the head)."),
                                      QStringLiteral("LOGIN"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Runs of each report (default 5)."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."),
                                          QStringLiteral("PROGRAM"), QStringLiteral("sqlite3"));
    const QCommandLineOption noReferenceOption(QStringLiteral("no-reference"),
                                               QStringLiteral("Skip the sqlite3 shell reference."));
    const QCommandLineOption statementsOption(QStringLiteral("statements"),
                                              QStringLiteral("Write each case's statements to FILE (for EXPLAIN)."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption resultsOption(
        QStringLiteral("results"),
        QStringLiteral("Write every report's figures to FILE as JSON, to compare two builds' results."),
        QStringLiteral("FILE"));
    const QCommandLineOption casesOption(QStringLiteral("cases"),
                                         QStringLiteral("Only the cases whose name matches REGEX (e.g. \"^year\")."),
                                         QStringLiteral("REGEX"));
    parser.addOptions({dbOption, monthOption, asOption, roundsOption, sqliteOption, noReferenceOption, statementsOption,
                       resultsOption, casesOption});
    parser.process(app);
    if (!parser.isSet(dbOption))
        return fail(program, QStringLiteral("--db PATH is required (see --help)"));
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    try {
        std::unique_ptr<Database> db = Database::open(parser.value(dbOption));
        sqlite3 *handle = sqliteHandleOf(db->connection());
        if (!handle)
            return fail(program, QStringLiteral("Qt's SQLite driver runs another SQLite than Voronka links"));
        SystemClock clock;
        const QTimeZone zone = DemoDepartment::officeZone();
        const QString login = parser.isSet(asOption) ? parser.value(asOption) : QString();
        UserRepository users(DataContext{*db, clock, 0});
        std::optional<User> viewer;
        if (login.isEmpty()) {
            for (const User &user : users.list()) {
                if (user.role == UserRole::Head) {
                    viewer = user;
                    break;
                }
            }
        } else {
            viewer = users.findByLogin(login);
        }
        if (!viewer)
            return fail(program,
                        QStringLiteral("no user %1 in the base").arg(login.isEmpty() ? QStringLiteral("head") : login));
        db->setViewer(Viewer::of(*viewer, false));
        const DataContext context{*db, clock, viewer->id};

        QDate month;
        if (parser.isSet(monthOption)) {
            month = QDate::fromString(parser.value(monthOption) + QStringLiteral("-01"), Qt::ISODate);
            if (!month.isValid())
                return fail(program, QStringLiteral("--month must be written YYYY-MM"));
        } else {
            month = defaultMonth(*db, zone);
            if (!month.isValid())
                return fail(program,
                            QStringLiteral("the base has no stage history (voronka_bench_generate --history)"));
        }
        const ReportPeriod monthPeriod = ReportPeriod::month(month, zone);
        const ReportPeriod yearPeriod(month.addMonths(-11), monthPeriod.last(), zone);

        // The slices: everyone, a caller and a closer for the head; anyone else sees their own figures.
        QList<QPair<QString, ReportSlice>> slices;
        if (viewer->role == UserRole::Head) {
            slices.append({QStringLiteral("everyone"), ReportSlice::everyone()});
            for (const UserRole role : {UserRole::Caller, UserRole::Closer}) {
                for (const User &user : users.list()) {
                    if (user.role == role) {
                        slices.append({user.login, ReportSlice::person(user.id)});
                        break;
                    }
                }
            }
        } else {
            slices.append({viewer->login, ReportSlice::person(viewer->id)});
        }

        const FunnelReport funnel(context);
        const ActivityReport activity(context);
        const TrendReport trends(context);
        const PlanReport plans(context);
        const PayrollReport payroll(context);
        QList<Case> cases;
        for (const auto &[periodName, period] : {QPair<QString, ReportPeriod>{QStringLiteral("month"), monthPeriod},
                                                 QPair<QString, ReportPeriod>{QStringLiteral("year"), yearPeriod}}) {
            for (const auto &[sliceName, slice] : slices) {
                const QString prefix = periodName + QLatin1Char(' ') + sliceName + QLatin1Char(' ');
                for (const FunnelView view : {FunnelView::Period, FunnelView::Cohort}) {
                    const QString viewName = funnelViewKey(view);
                    cases.append(Case(prefix + QStringLiteral("funnel ") + viewName, [&funnel, period, view, slice] {
                        return funnelEntries(funnel.compute(period, view, slice));
                    }));
                    cases.append(Case(prefix + QStringLiteral("compare ") + viewName, [&funnel, period, view, slice] {
                        return funnelEntries(funnel.compare(period, view, slice).previous);
                    }));
                }
                cases.append(Case(prefix + QStringLiteral("activity"), [&activity, period, slice] {
                    qint64 calls = 0;
                    for (const PersonActuals &line : activity.compute(period, slice))
                        calls += line.work.calls;
                    return calls;
                }));
                if (periodName == QLatin1String("month")) {
                    // Plans and pay are a month's (figure: the plan lines; the pay in roubles).
                    cases.append(Case(prefix + QStringLiteral("plan"), [&plans, period, slice] {
                        qint64 lines = 0;
                        for (const PersonPlan &plan : plans.compute(period, slice))
                            lines += plan.lines.size();
                        return lines;
                    }));
                    cases.append(Case(prefix + QStringLiteral("payroll"), [&payroll, period, slice] {
                        qint64 kopecks = 0;
                        for (const PayrollLine &line : payroll.compute(period, slice).lines)
                            kopecks += line.amountKopecks;
                        return kopecks / 100;
                    }));
                }
                cases.append(Case(prefix + QStringLiteral("trends"), [&trends, period, slice] {
                    qint64 calls = 0;
                    for (const WeekTrend &week : trends.compute(period, slice))
                        calls += week.counts.calls;
                    return calls;
                }));
            }
        }

        if (parser.isSet(casesOption)) {
            const QRegularExpression only(parser.value(casesOption));
            if (!only.isValid())
                return fail(program, QStringLiteral("--cases: %1").arg(only.errorString()));
            cases.removeIf([&only](const Case &reportCase) { return !only.match(reportCase.name).hasMatch(); });
        }
        print(QStringLiteral("%1: %2 as %3; month %4, year %5 to %6; %7 rounds\n")
                  .arg(program, db->path(), viewer->login, monthPeriod.first().toString(QStringLiteral("yyyy-MM")),
                       yearPeriod.first().toString(Qt::ISODate), yearPeriod.last().toString(Qt::ISODate))
                  .arg(rounds));
        // A first run of each case (untimed) catches its statements and warms the page cache as the window's would be.
        ParallelRead::setOpenedHook([](Database &second) {
            if (CaughtStatements *caught = catching.load())
                sqlite3_trace_v2(sqliteHandleOf(second.connection()), SQLITE_TRACE_STMT, traceStatement, caught);
        });
        for (Case &reportCase : cases)
            reportCase.statements
                = statementsOf(handle, [&reportCase] { return reportCase.figure = reportCase.run(); });
        if (parser.isSet(resultsOption)) {
            // Everything the window shows, with the days behind the medians, for each period, slice and view.
            QJsonObject results;
            for (const auto &[periodName, period] :
                 {QPair<QString, ReportPeriod>{QStringLiteral("month"), monthPeriod},
                  QPair<QString, ReportPeriod>{QStringLiteral("year"), yearPeriod}}) {
                for (const auto &[sliceName, slice] : slices) {
                    const QString prefix = periodName + QLatin1Char(' ') + sliceName + QLatin1Char(' ');
                    for (const FunnelView view : {FunnelView::Period, FunnelView::Cohort}) {
                        const FunnelComparison comparison = funnel.compare(period, view, slice);
                        QJsonObject json = ReportJson::funnel(comparison);
                        QJsonArray days;
                        for (const FunnelFigures *figures : {&comparison.current, &comparison.previous}) {
                            for (const StageFigures &stage : figures->stages) {
                                for (auto it = stage.daysSpent.cbegin(); it != stage.daysSpent.cend(); ++it)
                                    days.append(
                                        QStringLiteral("%1 %2 %3").arg(int(stage.stage)).arg(it.key()).arg(it.value()));
                            }
                            QList<qint64> toPayment = figures->daysToFirstPayment;
                            std::sort(toPayment.begin(), toPayment.end());
                            for (const qint64 value : toPayment)
                                days.append(value);
                        }
                        json.insert(QStringLiteral("days"), days);
                        results.insert(prefix + funnelViewKey(view), json);
                    }
                    results.insert(prefix + QStringLiteral("activity"),
                                   ReportJson::activity(period, activity.compute(period, slice)));
                }
            }
            QFile file(parser.value(resultsOption));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return fail(program, QStringLiteral("cannot write %1").arg(file.fileName()));
            file.write(QJsonDocument(results).toJson());
        }
        if (parser.isSet(statementsOption)) {
            QFile file(parser.value(statementsOption));
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                for (const Case &reportCase : cases)
                    file.write((QStringLiteral("-- ") + reportCase.name + QLatin1Char('\n')
                                + reportCase.statements.join(QStringLiteral(";\n")) + QStringLiteral(";\n"))
                                   .toUtf8());
            }
        }
        for (int round = 0; round < rounds; ++round) {
            for (Case &reportCase : cases) {
                QElapsedTimer timer;
                timer.start();
                reportCase.run();
                reportCase.ours.append(elapsedMs(timer));
            }
        }

        QString referenceError;
        const bool reference = !parser.isSet(noReferenceOption)
            && runReference(parser.value(sqliteOption), db->path(), cases, rounds, &referenceError);
        QList<QStringList> rows;
        for (const Case &reportCase : cases) {
            const double ours = median(reportCase.ours);
            const double shell = median(reportCase.shell);
            rows.append({reportCase.name, QString::number(reportCase.figure),
                         QString::number(reportCase.statements.size()), formatMs(minimum(reportCase.ours)),
                         formatMs(ours), reference ? formatMs(minimum(reportCase.shell)) : QStringLiteral("-"),
                         reference ? formatMs(shell) : QStringLiteral("-"),
                         reference && shell > 0 ? QString::number(ours / shell, 'f', 2) : QStringLiteral("-"),
                         ours < 1000 ? QStringLiteral("met") : QStringLiteral("MISSED")});
        }
        printTable(QStringLiteral("Reports (ms; figure: entries counted, or calls for the activity report)"),
                   {QStringLiteral("case"), QStringLiteral("figure"), QStringLiteral("stmts"),
                    QStringLiteral("Voronka min"), QStringLiteral("Voronka median"), QStringLiteral("shell min"),
                    QStringLiteral("shell median"), QStringLiteral("ratio"), QStringLiteral("< 1 s")},
                   rows);
        if (!reference && !parser.isSet(noReferenceOption))
            print(QStringLiteral("\nsqlite3 reference skipped: %1\n").arg(referenceError));
    } catch (const StorageError &error) {
        return fail(program, error.message());
    } catch (const ReportError &error) {
        return fail(program, error.message());
    }
    return 0;
}
