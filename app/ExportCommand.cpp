#include "ExportCommand.h"

#include "CommandLineOutput.h"
#include "CommandLineSignIn.h"
#include "ExitCode.h"
#include "domain/Clock.h"
#include "domain/RegionOfCity.h"
#include "import/CompanyExporter.h"
#include "import/ImportError.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace voronka {

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Writes the companies of a Voronka base as CSV (UTF-8)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), QObject::tr("The export command."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("The base to export."), QStringLiteral("PATH"));
    const QCommandLineOption outOption(QStringLiteral("out"), QObject::tr("The CSV file to write (default: stdout)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"), QObject::tr("; or ,"), QStringLiteral("CHAR"),
                                             QStringLiteral(";"));
    const QCommandLineOption searchOption(QStringLiteral("search"), QObject::tr("Only companies matching this search."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption stageOption(QStringLiteral("stage"), QObject::tr("Only companies at this stage."),
                                         QStringLiteral("STAGE"));
    const QCommandLineOption regionOption(QStringLiteral("region"),
                                          QObject::tr("Only companies of this region (\"Свердловская обл\" or a city "
                                                      "of it will do)."),
                                          QStringLiteral("REGION"));
    const QCommandLineOption asOption = CommandLineSignIn::option();
    parser.addOptions({dbOption, outOption, delimiterOption, searchOption, stageOption, regionOption, asOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.isSet(dbOption))
        return usageError(QObject::tr("export needs --db PATH."));
    if (parser.positionalArguments().size() > 1)
        return usageError(QObject::tr("Unexpected argument: %1").arg(parser.positionalArguments().at(1)));
    const QString delimiter = parser.value(delimiterOption);
    if (delimiter != QLatin1String(";") && delimiter != QLatin1String(","))
        return usageError(QObject::tr("--delimiter must be ; or ,"));
    CompanyFilter filter;
    filter.search = parser.value(searchOption);
    if (parser.isSet(stageOption)) {
        filter.stage = companyStageFromKey(parser.value(stageOption));
        if (!filter.stage)
            return usageError(QObject::tr("Unknown stage: %1").arg(parser.value(stageOption)));
    }

    if (parser.isSet(regionOption)) {
        filter.region = RegionOfCity::canonical(parser.value(regionOption));
        if (filter.region.isEmpty())
            return usageError(QObject::tr("--region needs a region."));
    }

    DatabaseOptions options;
    options.readOnly = true;
    options.createIfMissing = false;
    try {
        auto db = Database::open(parser.value(dbOption), options);
        // Before the output is opened: a refused sign-in writes no file and no record.
        SystemClock clock;
        CommandLineSignIn signIn(parser.value(asOption));
        if (const auto stop = signIn.signIn(*db, clock))
            return *stop;
        QFile out;
        if (parser.isSet(outOption)) {
            out.setFileName(parser.value(outOption));
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return failure(QObject::tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()), ExitFailure,
                               false);
        } else if (!out.open(stdout, QIODevice::WriteOnly)) {
            return failure(QObject::tr("Cannot write to standard output."), ExitFailure, false);
        }
        const qint64 written = CompanyExporter(*db).write(&out, filter, delimiter.front());
        out.close();
        if (parser.isSet(outOption))
            printError(QObject::tr("%n companies written to %1.", nullptr, int(written)).arg(out.fileName()));
        return ExitOk;
    } catch (const ImportError &error) {
        return failure(error.message(), ExitFailure, false);
    } catch (const StorageError &error) {
        return failure(error.message(), exitCodeFor(error.kind()), false);
    }
}

} // namespace voronka
