#include "CheckCommand.h"

#include "BaseCommandLine.h"
#include "CommandLineOutput.h"
#include "ExitCode.h"
#include "UnfinishedImportText.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/DatabaseInfo.h"
#include "storage/ImportBatchRepository.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace voronka {

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Runs the full integrity check of a Voronka base."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("check"), QObject::tr("The check command."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("The base to check."), QStringLiteral("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QObject::tr("Print one JSON object."));
    const QCommandLineOption timeoutOption = busyTimeoutOption();
    parser.addOptions({dbOption, jsonOption, timeoutOption});
    const std::optional<int> refused = checkBaseCommandLine(parser, arguments, dbOption, timeoutOption);
    if (refused)
        return *refused;
    const bool json = parser.isSet(jsonOption);

    DatabaseOptions options = readingOptions(parser, timeoutOption);
    options.acceptOlderSchema = true;
    try {
        const auto db = Database::open(parser.value(dbOption), options);
        const QStringList problems = db->integrityProblems();
        // An unfinished import does not make the file damaged (exit 0): it is said, and removed at the next
        // import or window start once its process is gone.
        QList<UnfinishedImport> pending;
        if (problems.isEmpty()) {
            SystemClock clock;
            const ImportBatchRepository batches(DataContext{*db, clock, 0});
            for (const ImportBatch &batch : batches.unfinished())
                pending.append({batch, batches.companyCount(batch.id)});
        }
        if (json) {
            QJsonArray unfinished;
            for (const UnfinishedImport &each : std::as_const(pending))
                unfinished.append(UnfinishedImportText::json(each));
            const QJsonObject object{
                {QStringLiteral("path"), db->path()},
                {QStringLiteral("integrity"),
                 problems.isEmpty() ? QJsonValue(QStringLiteral("ok"))
                                    : QJsonValue(QJsonArray::fromStringList(problems))},
                {QStringLiteral("unfinished_imports"), unfinished},
            };
            printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        } else {
            printOut(problems.isEmpty()
                         ? QObject::tr("%1: ok\n").arg(db->path())
                         : QObject::tr("%1: DAMAGED\n  %2\n").arg(db->path(), problems.join(QStringLiteral("\n  "))));
            for (const UnfinishedImport &each : std::as_const(pending))
                printOut(QObject::tr("  pending: %1\n").arg(UnfinishedImportText::line(each)));
        }
        if (problems.isEmpty())
            return ExitOk;
        printError(QObject::tr("%1 is damaged; restore the latest good backup (File → Restore from backup…).")
                       .arg(db->path()));
        return ExitDamaged;
    } catch (const StorageError &error) {
        return failure(error.message(), exitCodeFor(error.kind()), json);
    }
}

} // namespace voronka
