#include "ImportCommand.h"

#include "CommandLineOutput.h"
#include "CommandLineSignIn.h"
#include "ExitCode.h"
#include "domain/Clock.h"
#include "import/ImportError.h"
#include "import/ImportReport.h"
#include "import/ImportService.h"
#include "import/TextEncoding.h"
#include "import/UnfinishedBatchCleaner.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace voronka {

namespace {
// The step's range: below 50 ms every step is mostly its commit; above 5 s colleagues' saves give up waiting.
constexpr int shortestStepMs = 50;
constexpr int longestStepMs = 5000;

int undo(const DataContext &context, const StepPacing &pacing, const QString &batchText, bool json)
{
    bool ok = false;
    const qint64 batchId = batchText.toLongLong(&ok);
    if (!ok || batchId <= 0)
        return usageError(QObject::tr("--undo needs the number of an import."));
    ImportBatchRepository batches(context, pacing);
    const ImportUndoSummary summary = batches.undo(batchId);
    if (json) {
        const QJsonObject object{{QStringLiteral("batch"), batchId},
                                 {QStringLiteral("companies_removed"), summary.companiesRemoved},
                                 {QStringLiteral("rows_removed_from_others"), summary.rowsRemovedFromOthers},
                                 {QStringLiteral("fields_cleared"), summary.fieldsCleared},
                                 {QStringLiteral("fields_kept"), summary.fieldsKept}};
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    } else {
        printOut(QObject::tr("Import %1 undone: %2 companies removed, %3 added rows and %4 filled fields taken back "
                             "from other companies.\n")
                     .arg(batchId)
                     .arg(summary.companiesRemoved)
                     .arg(summary.rowsRemovedFromOthers)
                     .arg(summary.fieldsCleared));
    }
    return ExitOk;
}
} // namespace

int ImportCommand::run(const QStringList &arguments, const QString &baseLanguage)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Imports a cold-call list (CSV) into a Voronka base as one batch."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("import"), QObject::tr("The import command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The CSV file to import."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("The base to import into."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            QObject::tr("auto, utf-8, windows-1251, koi8-r or utf-16."),
                                            QStringLiteral("NAME"), QStringLiteral("auto"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"), QObject::tr("auto, ;, ,, tab or pipe."),
                                             QStringLiteral("CHAR"), QStringLiteral("auto"));
    const QCommandLineOption duplicateOption(QStringLiteral("on-duplicate"),
                                             QObject::tr("skip, merge or import a row that matches a company."),
                                             QStringLiteral("POLICY"), QStringLiteral("skip"));
    const QCommandLineOption regionOption(QStringLiteral("region"),
                                          QObject::tr("Country for national phone numbers (ISO code)."),
                                          QStringLiteral("CODE"), QStringLiteral("RU"));
    const QCommandLineOption ownerOption(
        QStringLiteral("owner"),
        QObject::tr(
            "Assign the companies to this user; left out, they are not assigned and go to every caller's queue."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption collectorOption(
        QStringLiteral("collector"),
        QObject::tr("Who collected the companies (paid per confirmed contact); left out, the user importing them."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), QObject::tr("Source to record on the companies."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption reportOption(QStringLiteral("report"),
                                          QObject::tr("Write rejected, duplicate and flagged rows to this CSV file."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption undoOption(QStringLiteral("undo"), QObject::tr("Undo the import with this number."),
                                        QStringLiteral("BATCH"));
    const QCommandLineOption stepOption(
        QStringLiteral("step-ms"),
        QObject::tr("How long each write step may hold the base's lock, in ms (default %1). Less on a busy share: "
                    "colleagues' saves wait less, the import takes longer.")
            .arg(StepPacing().stepMs),
        QStringLiteral("MS"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QObject::tr("Print one JSON object."));
    const QCommandLineOption asOption = CommandLineSignIn::option();
    parser.addOptions({dbOption, encodingOption, delimiterOption, duplicateOption, regionOption, ownerOption,
                       collectorOption, tagOption, reportOption, undoOption, stepOption, jsonOption, asOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const bool json = parser.isSet(jsonOption);
    if (!parser.isSet(dbOption))
        return usageError(QObject::tr("import needs --db PATH."));
    const QStringList positional = parser.positionalArguments();
    const bool undoing = parser.isSet(undoOption);
    if (undoing ? positional.size() != 1 : positional.size() != 2)
        return usageError(undoing ? QObject::tr("--undo takes no file.") : QObject::tr("import needs one FILE."));

    StepPacing pacing;
    if (parser.isSet(stepOption)) {
        bool ok = false;
        pacing.stepMs = parser.value(stepOption).toInt(&ok);
        if (!ok || pacing.stepMs < shortestStepMs || pacing.stepMs > longestStepMs)
            return usageError(QObject::tr("--step-ms needs a number of milliseconds from %1 to %2.")
                                  .arg(shortestStepMs)
                                  .arg(longestStepMs));
    }

    ImportOptions options;
    if (!undoing) {
        const auto encoding = TextEncoding::canonicalName(parser.value(encodingOption));
        if (!encoding)
            return usageError(QObject::tr("Unknown encoding: %1").arg(parser.value(encodingOption)));
        options.encoding = parser.value(encodingOption);
        const auto delimiter = delimiterFromKey(parser.value(delimiterOption));
        if (!delimiter)
            return usageError(QObject::tr("Unknown delimiter: %1").arg(parser.value(delimiterOption)));
        options.delimiter = *delimiter;
        const auto policy = duplicatePolicyFromKey(parser.value(duplicateOption));
        if (!policy)
            return usageError(QObject::tr("Unknown duplicate policy: %1").arg(parser.value(duplicateOption)));
        options.duplicates = *policy;
        options.region = parser.value(regionOption).toUpper();
        if (options.region.size() != 2)
            return usageError(QObject::tr("--region needs a two-letter country code."));
        options.tag = parser.value(tagOption);
    }

    try {
        DatabaseOptions databaseOptions;
        databaseOptions.language = baseLanguage;
        auto db = Database::open(parser.value(dbOption), databaseOptions);
        SystemClock clock;
        CommandLineSignIn signIn(parser.value(asOption));
        if (const auto stop = signIn.signIn(*db, clock, json))
            return *stop;
        DataContext context{*db, clock, signIn.userId()};
        // What an import or an undo killed half-way left behind goes first (its companies were never shown).
        for (const RemovedImport &removed : UnfinishedBatchCleaner(context).run())
            printError(UnfinishedBatchCleaner::message(removed));
        if (undoing)
            return undo(context, pacing, parser.value(undoOption), json);

        // Checked before the file is read: a typo should not leave a batch nobody is meant to have.
        for (const auto &[option, id] :
             {std::pair{&ownerOption, &options.ownerId}, std::pair{&collectorOption, &options.collectorId}}) {
            if (!parser.isSet(*option))
                continue;
            const auto user = UserRepository(context).findByLogin(parser.value(*option));
            if (!user)
                return usageError(QObject::tr("No user with the login %1.").arg(parser.value(*option)));
            if (!user->active)
                return usageError(QObject::tr("%1 is deactivated.").arg(user->fullName));
            *id = user->id;
        }
        QFile input(positional.at(1));
        if (QFileInfo(input.fileName()).isDir() || !input.open(QIODevice::ReadOnly))
            return failure(QObject::tr("Cannot read %1: %2").arg(input.fileName(), input.errorString()), ExitFailure,
                           json);
        options.fileName = QFileInfo(input.fileName()).fileName();

        std::unique_ptr<QFile> reportFile;
        std::unique_ptr<CsvImportReport> report;
        if (parser.isSet(reportOption)) {
            reportFile = std::make_unique<QFile>(parser.value(reportOption));
            if (!reportFile->open(QIODevice::WriteOnly | QIODevice::Truncate))
                return failure(QObject::tr("Cannot write the report %1: %2")
                                   .arg(reportFile->fileName(), reportFile->errorString()),
                               ExitFailure, json);
            report = std::make_unique<CsvImportReport>(reportFile.get());
        }

        QString lastWaiting;
        const ImportResult result = ImportService(context, pacing)
                                        .run(&input, options, report.get(), [&lastWaiting](const ImportProgress &step) {
                                            // Said once per import waited for, not at every poll.
                                            if (!step.waitingFor.isEmpty() && step.waitingFor != lastWaiting)
                                                printError(step.waitingFor);
                                            lastWaiting = step.waitingFor;
                                            return true;
                                        });
        if (report && !report->finish())
            printError(QObject::tr("The report %1 could not be written completely.").arg(reportFile->fileName()));
        if (json) {
            const QJsonObject object{{QStringLiteral("batch"), result.batchId},
                                     {QStringLiteral("rows"), result.rows},
                                     {QStringLiteral("imported"), result.imported},
                                     {QStringLiteral("duplicates"), result.duplicates()},
                                     {QStringLiteral("merged"), result.merged},
                                     {QStringLiteral("skipped"), result.skipped},
                                     {QStringLiteral("rejected"), result.rejected},
                                     {QStringLiteral("flagged"), result.flagged},
                                     {QStringLiteral("encoding"), result.encoding},
                                     {QStringLiteral("delimiter"), delimiterKey(result.delimiter)},
                                     {QStringLiteral("header"), result.headerFound}};
            printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        } else {
            printOut(QObject::tr("Import %1: %2 rows read, %3 imported, %4 duplicates (%5 merged, %6 skipped), "
                                 "%7 rejected, %8 flagged. Encoding %9, delimiter %10.\n")
                         .arg(result.batchId)
                         .arg(result.rows)
                         .arg(result.imported)
                         .arg(result.duplicates())
                         .arg(result.merged)
                         .arg(result.skipped)
                         .arg(result.rejected)
                         .arg(result.flagged)
                         .arg(result.encoding, delimiterKey(result.delimiter)));
        }
        return ExitOk;
    } catch (const ImportError &error) {
        // A base that refused the write exits as it would for any command (6 locked, 8 no permission, ...).
        const auto storageKind = error.storageKind();
        return failure(error.message(), storageKind ? exitCodeFor(*storageKind) : ExitFailure, json);
    } catch (const StorageError &error) {
        if (undoing
            && (error.kind() == StorageError::Kind::NotFound || error.kind() == StorageError::Kind::InvalidData))
            return failure(error.message(), ExitFailure, json);
        return failure(error.message(), exitCodeFor(error.kind()), json);
    }
}

} // namespace voronka
