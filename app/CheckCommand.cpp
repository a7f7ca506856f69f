#include "CheckCommand.h"

#include "BaseCommandLine.h"
#include "CommandLineOutput.h"
#include "ExitCode.h"
#include "UnfinishedImportText.h"
#include "domain/Clock.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/DatabaseInfo.h"
#include "storage/ImportBatchRepository.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace voronka {

namespace {
// The full check, on a private copy in the temporary folder that is made in steps as a backup is: a check of the base
// itself would keep every colleague from saving while it reads the whole file. Throws StorageError when the base
// cannot be copied.
QStringList problemsOf(const QString &path)
{
    const QString folder = QDir::tempPath();
    try {
        return BackupService::checkThroughCopy(path, folder).value_or(QStringList());
    } catch (const StorageError &error) {
        switch (error.kind()) {
        case StorageError::Kind::Damaged: // pages of the base cannot even be read to be copied
            return {error.message()};
        case StorageError::Kind::Locked:
            throw StorageError(StorageError::Kind::Locked,
                               QObject::tr("%1 is too busy to check: others saved to it at every step of copying it, "
                                           "or another program holds it. Try again when fewer people are saving.")
                                   .arg(path));
        case StorageError::Kind::DiskFull:
            throw StorageError(StorageError::Kind::DiskFull,
                               QObject::tr("There is no room in %1 for the copy of the base that the check reads. Set "
                                           "TMPDIR to a folder with room for a copy of the base and try again.")
                                   .arg(QDir::toNativeSeparators(folder)));
        default:
            throw;
        }
    }
}
} // namespace

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Runs the full integrity check of a Voronka base, on a copy in the temporary folder (TMPDIR) "
                    "made in steps, so that others can save meanwhile."));
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
        const QStringList problems = problemsOf(db->path());
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
