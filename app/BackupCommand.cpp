#include "BackupCommand.h"

#include "BaseCommandLine.h"
#include "CommandLineOutput.h"
#include "ExitCode.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace voronka {

namespace {
bool samePath(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    return first.absoluteFilePath() == second.absoluteFilePath()
        || (first.exists() && second.exists() && first.canonicalFilePath() == second.canonicalFilePath());
}
} // namespace

int BackupCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Writes a consistent copy of a Voronka base; it may be in use by others meanwhile."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("backup"), QObject::tr("The backup command."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("The base to back up."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption outOption(QStringLiteral("out"), QObject::tr("The backup file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption forceOption(QStringLiteral("force"), QObject::tr("Replace FILE when it exists."));
    const QCommandLineOption timeoutOption = busyTimeoutOption();
    parser.addOptions({dbOption, outOption, forceOption, timeoutOption});
    const std::optional<int> refused = checkBaseCommandLine(parser, arguments, dbOption, timeoutOption);
    if (refused)
        return *refused;
    if (!parser.isSet(outOption))
        return usageError(QObject::tr("backup needs --out FILE."));
    const QString out = parser.value(outOption);
    if (samePath(out, parser.value(dbOption)))
        return usageError(QObject::tr("--out must not be the base itself."));
    if (QFileInfo(out).isDir())
        return usageError(QObject::tr("%1 is a folder; --out needs a file name.").arg(out));
    if (QFileInfo::exists(out) && !parser.isSet(forceOption))
        return usageError(QObject::tr("%1 already exists; add --force to replace it.").arg(out));

    const DatabaseOptions options = readingOptions(parser, timeoutOption);
    try {
        const auto db = Database::open(parser.value(dbOption), options);
        // Copied in short steps that let colleagues save meanwhile; the copy is checked before it is kept, so a
        // damaged base exits ExitDamaged with what the check found and leaves no file.
        BackupService::writeCopy(*db, out, true);
        printOut(QObject::tr("Backed up %1 to %2 (%3).\n")
                     .arg(db->path(), QFileInfo(out).absoluteFilePath(),
                          QLocale().formattedDataSize(QFileInfo(out).size())));
        return ExitOk;
    } catch (const StorageError &error) {
        return failure(error.message(), exitCodeFor(error.kind()), false);
    }
}

} // namespace voronka
