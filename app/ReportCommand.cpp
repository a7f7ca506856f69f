#include "ReportCommand.h"

#include "BaseCommandLine.h"
#include "CommandLineOutput.h"
#include "CommandLineSignIn.h"
#include "ExitCode.h"
#include "HistoryPreparation.h"
#include "domain/Clock.h"
#include "domain/RegionOfCity.h"
#include "reports/ActivityReport.h"
#include "reports/FunnelReport.h"
#include "reports/PayrollReport.h"
#include "reports/PlanReport.h"
#include "reports/ReportError.h"
#include "reports/ReportJson.h"
#include "reports/ReportTables.h"
#include "storage/Database.h"
#include "storage/FunnelSpanBackfill.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QCommandLineParser>
#include <QFile>

#include <algorithm>

namespace voronka {

namespace {

// The table as aligned columns for a terminal.
QString plainText(const ReportTable &table)
{
    QList<QStringList> cells{table.columns};
    for (const QVariantList &row : table.rows) {
        QStringList line;
        for (const QVariant &value : row)
            line.append(ReportTable::displayText(value));
        cells.append(line);
    }
    QList<qsizetype> widths(table.columns.size(), 0);
    for (const QStringList &line : cells) {
        for (qsizetype column = 0; column < line.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], line.at(column).size());
    }
    QStringList lines{table.title};
    for (const QStringList &line : cells) {
        QStringList padded;
        for (qsizetype column = 0; column < line.size(); ++column)
            padded.append(column == 0 ? line.at(column).leftJustified(widths.at(column))
                                      : line.at(column).rightJustified(widths.at(column)));
        lines.append(padded.join(QStringLiteral("  ")));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option, QString &error)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date.isValid())
        error = ReportCommand::tr("--%1 needs a date as YYYY-MM-DD, not \"%2\".")
                    .arg(option.names().constFirst(), parser.value(option));
    return date;
}

} // namespace

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints a report of a Voronka base: funnel (from the stage history), "
                                        "activity (each person's calls, meetings, deals and payments), plan (against "
                                        "each role's norm) or payroll (pay for results)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), tr("The report command."));
    parser.addPositionalArgument(QStringLiteral("kind"), tr("funnel, activity, plan or payroll."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The base to read."), QStringLiteral("PATH"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("The period's first day (default: the first of "
                                           "this month)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The period's last day (default: the month's last)."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("One person's figures."), QStringLiteral("LOGIN"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        tr("cohort (companies created in the period, followed to today) or period "
                                           "(what happened in the period; the default)."),
                                        QStringLiteral("VIEW"), QStringLiteral("period"));
    const QCommandLineOption regionOption(QStringLiteral("region"), tr("The companies of one region only."),
                                          QStringLiteral("REGION"));
    const QCommandLineOption sourceOption(QStringLiteral("source"), tr("The companies of one source only."),
                                          QStringLiteral("SOURCE"));
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"),
                                        tr("The time zone the days are in (default: the computer's)."),
                                        QStringLiteral("ZONE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object (keys: docs/reports.md)."));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("Print CSV (UTF-8, ';', as Excel opens it)."));
    const QCommandLineOption timeoutOption = busyTimeoutOption();
    const QCommandLineOption asOption = CommandLineSignIn::option();
    parser.addOptions({dbOption, fromOption, toOption, userOption, viewOption, regionOption, sourceOption, zoneOption,
                       jsonOption, csvOption, timeoutOption, asOption});
    if (const auto stop = checkBaseCommandLine(parser, arguments, dbOption, timeoutOption, 2))
        return *stop;
    const bool json = parser.isSet(jsonOption);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(tr("Say which report: voronka report funnel|activity|plan|payroll --db PATH."));
    const QString kind = positional.at(1);
    const QStringList kinds{QStringLiteral("funnel"), QStringLiteral("activity"), QStringLiteral("plan"),
                            QStringLiteral("payroll")};
    if (!kinds.contains(kind))
        return usageError(tr("Unknown report \"%1\": funnel, activity, plan or payroll.").arg(kind));
    if (json && parser.isSet(csvOption))
        return usageError(tr("--json and --csv do not go together."));
    const std::optional<FunnelView> view = funnelViewFromKey(parser.value(viewOption));
    if (!view)
        return usageError(tr("--view must be cohort or period."));
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (parser.isSet(zoneOption)) {
        zone = QTimeZone(parser.value(zoneOption).toUtf8());
        if (!zone.isValid())
            return usageError(tr("Unknown time zone \"%1\" (e.g. Europe/Moscow).").arg(parser.value(zoneOption)));
    }
    QString dateError;
    const std::optional<QDate> from = dateOption(parser, fromOption, dateError);
    const std::optional<QDate> to = dateOption(parser, toOption, dateError);
    if (!dateError.isEmpty())
        return usageError(dateError);
    QString region;
    if (parser.isSet(regionOption)) {
        region = RegionOfCity::canonical(parser.value(regionOption));
        if (region.isEmpty())
            return usageError(tr("Unknown region \"%1\".").arg(parser.value(regionOption)));
    }

    try {
        auto db = Database::open(parser.value(dbOption), readingOptions(parser, timeoutOption));
        if (kind == QLatin1String("funnel") && !FunnelSpanBackfill(*db).isFinished()) {
            // The funnel reads what a base upgraded from before schema step 20 still has to fill: fill it first, on
            // a connection of its own that writes, in short steps. A file this person may only read is reported on
            // as it is: the report then says it is not ready.
            DatabaseOptions writing = readingOptions(parser, timeoutOption);
            writing.readOnly = false;
            try {
                HistoryPreparation::run(*Database::open(parser.value(dbOption), writing));
            } catch (const StorageError &error) {
                printError(error.message());
            }
        }
        SystemClock clock;
        CommandLineSignIn signIn(parser.value(asOption));
        if (const auto stop = signIn.signIn(*db, clock, json))
            return *stop;
        const DataContext context{*db, clock, signIn.userId()};

        const ReportPeriod month = ReportPeriod::month(clock.nowUtc().toTimeZone(zone).date(), zone);
        const ReportPeriod period(from.value_or(to ? QDate(to->year(), to->month(), 1) : month.first()),
                                  to.value_or(from ? from->addMonths(1).addDays(-1) : month.last()), zone);
        if (!period.isValid())
            return usageError(tr("The period ends before it starts."));

        ReportSlice slice = ReportScope(db->viewer()).defaultSlice();
        if (parser.isSet(userOption)) {
            const auto user = UserRepository(context).findByLogin(parser.value(userOption));
            if (!user)
                return usageError(tr("No person with the login \"%1\".").arg(parser.value(userOption)));
            slice = ReportSlice::person(user->id);
        } else if (!region.isEmpty()) {
            slice = ReportSlice::region(region);
        } else if (parser.isSet(sourceOption)) {
            slice = ReportSlice::source(parser.value(sourceOption));
        }

        QList<ReportTable> tables;
        QJsonObject object;
        if (kind == QLatin1String("funnel")) {
            const FunnelComparison comparison = FunnelReport(context).compare(period, *view, slice);
            object = ReportJson::funnel(comparison);
            tables = {ReportTables::stages(comparison), ReportTables::conversions(comparison.current),
                      ReportTables::lostReasons(comparison.current)};
        } else if (slice.kind != ReportSlice::Kind::Everyone && slice.kind != ReportSlice::Kind::Person) {
            return usageError(tr("The %1 report is by person: --region and --source do not apply.").arg(kind));
        } else if (kind == QLatin1String("payroll")) {
            const PayrollStatement statement = PayrollReport(context).compute(period, slice);
            QHash<qint64, QString> logins;
            QHash<qint64, QString> names;
            for (const User &user : UserRepository(context).list(false)) {
                logins.insert(user.id, user.login);
                names.insert(user.id, user.fullName);
            }
            object = ReportJson::payroll(period, statement, logins);
            tables = {ReportTables::payroll(statement, names)};
        } else if (kind == QLatin1String("plan")) {
            const QList<PersonPlan> plans = PlanReport(context).compute(period, slice);
            object = ReportJson::plan(period, plans);
            tables = {ReportTables::plan(plans)};
        } else {
            const QList<PersonActuals> lines = ActivityReport(context).compute(period, slice);
            object = ReportJson::activity(period, lines);
            tables = {ReportTables::activity(lines)};
        }

        if (json) {
            printJson(object);
        } else if (parser.isSet(csvOption)) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly))
                return failure(tr("Cannot write to standard output."), ExitFailure, false);
            // The first table only: a CSV file is one table (the funnel's stages, or the people).
            if (!tables.constFirst().writeCsv(&out))
                return failure(tr("Cannot write to standard output."), ExitFailure, false);
        } else {
            QStringList text{tr("%1 to %2 (%3)")
                                 .arg(period.first().toString(Qt::ISODate), period.last().toString(Qt::ISODate),
                                      QString::fromUtf8(zone.id()))};
            if (kind == QLatin1String("funnel"))
                text.append(funnelViewTitle(*view) + QStringLiteral(": ") + funnelViewExplanation(*view));
            for (const ReportTable &table : tables)
                text.append(plainText(table));
            printOut(text.join(QLatin1Char('\n')));
        }
        return ExitOk;
    } catch (const ReportError &error) {
        const ReportError::Kind why = error.kind();
        return failure(error.message(),
                       why == ReportError::Kind::NotAllowed     ? ExitNotSignedIn
                           : why == ReportError::Kind::NotReady ? ExitFailure
                                                                : ExitUsage,
                       json);
    } catch (const StorageError &error) {
        return failure(error.message(), exitCodeFor(error.kind()), json);
    }
}

} // namespace voronka
