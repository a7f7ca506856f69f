#include "IndexCommand.h"

#include "BaseCommandLine.h"
#include "CommandLineOutput.h"
#include "ExitCode.h"
#include "HistoryPreparation.h"
#include "storage/Database.h"
#include "storage/SearchBacklog.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>

namespace voronka {

int IndexCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Fills the search index with the imported companies still waiting for it, and prepares the "
                    "history of a base upgraded from an older Voronka for the reports (an open Voronka window does "
                    "both by itself)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("index"), QObject::tr("The index command."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("The base whose index to fill."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption timeoutOption = busyTimeoutOption();
    parser.addOptions({dbOption, timeoutOption});
    const std::optional<int> refused = checkBaseCommandLine(parser, arguments, dbOption, timeoutOption);
    if (refused)
        return *refused;

    DatabaseOptions options = readingOptions(parser, timeoutOption);
    options.readOnly = false;
    try {
        const auto db = Database::open(parser.value(dbOption), options);
        const qint64 moved = SearchBacklog(*db).fill();
        printOut(QObject::tr("Indexed %n companies for search.\n", nullptr, int(moved)));
        HistoryPreparation::run(*db);
        return ExitOk;
    } catch (const StorageError &error) {
        return failure(error.message(), exitCodeFor(error.kind()), false);
    }
}

} // namespace voronka
