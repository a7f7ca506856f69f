#include "InfoCommand.h"

#include "BaseCommandLine.h"
#include "CommandLineOutput.h"
#include "ExitCode.h"
#include "UnfinishedImportText.h"
#include "storage/Database.h"
#include "storage/DatabaseInfo.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace voronka {

namespace {
QJsonObject toJson(const DatabaseInfo &info, bool newer)
{
    QJsonObject stages;
    for (auto it = info.companiesPerStage.constBegin(); it != info.companiesPerStage.constEnd(); ++it)
        stages.insert(companyStageKey(it.key()), it.value());
    QJsonObject json{
        {QStringLiteral("path"), info.path},
        {QStringLiteral("size_bytes"), info.fileSize},
        {QStringLiteral("schema_version"), info.schemaVersion},
        {QStringLiteral("schema_newer_than_app"), newer},
        {QStringLiteral("writable"), info.readOnlyReason.isEmpty()},
        // The whole file is not read (that is `voronka check`): "not checked" unless the counts found a problem.
        {QStringLiteral("integrity"),
         info.isIntact() ? QJsonValue(QStringLiteral("not checked"))
                         : QJsonValue(QJsonArray::fromStringList(info.integrityProblems))},
    };
    if (info.isIntact()) {
        json.insert(QStringLiteral("companies"), info.companies);
        json.insert(QStringLiteral("companies_by_stage"), stages);
        json.insert(QStringLiteral("contacts"), info.contacts);
        json.insert(QStringLiteral("phones"), info.phones);
        json.insert(QStringLiteral("open_tasks"), info.openTasks);
        json.insert(QStringLiteral("users"), info.users);
        json.insert(QStringLiteral("awaiting_search_index"), info.awaitingSearchIndex);
        QJsonArray unfinished;
        for (const UnfinishedImport &pending : info.unfinishedImports)
            unfinished.append(UnfinishedImportText::json(pending));
        json.insert(QStringLiteral("unfinished_imports"), unfinished);
    }
    return json;
}

QString toText(const DatabaseInfo &info)
{
    QStringList lines;
    const QLocale locale;
    lines << QObject::tr("Base:          %1").arg(info.path);
    lines << QObject::tr("Size:          %1").arg(locale.formattedDataSize(info.fileSize));
    lines << QObject::tr("Schema:        %1").arg(info.schemaVersion);
    lines << QObject::tr("Access:        %1")
                 .arg(info.readOnlyReason.isEmpty() ? QObject::tr("read-write")
                                                    : QObject::tr("read-only (%1)").arg(info.readOnlyReason));
    lines << QObject::tr("Integrity:     %1")
                 .arg(info.isIntact() ? QObject::tr("not checked (voronka check reads the whole file)")
                                      : QObject::tr("DAMAGED"));
    for (const QString &problem : info.integrityProblems)
        lines << QStringLiteral("  ") + problem;
    if (info.isIntact()) {
        lines << QObject::tr("Companies:     %1").arg(info.companies);
        // Stored but not shown: named apart, not counted above.
        for (const UnfinishedImport &pending : info.unfinishedImports)
            lines << QObject::tr("  plus %1").arg(UnfinishedImportText::line(pending));
        for (auto it = info.companiesPerStage.constBegin(); it != info.companiesPerStage.constEnd(); ++it)
            lines << QStringLiteral("  %1 %2").arg(companyStageTitle(it.key()) + QLatin1Char(':'), -12).arg(it.value());
        lines << QObject::tr("Contacts:      %1").arg(info.contacts);
        lines << QObject::tr("Phones:        %1").arg(info.phones);
        lines << QObject::tr("Open tasks:    %1").arg(info.openTasks);
        lines << QObject::tr("Users:         %1").arg(info.users);
        if (info.awaitingSearchIndex > 0) {
            // Found by searches all the same (scanned), only slower; a window or `voronka index` fills the index.
            lines << QObject::tr("Awaiting the search index: %1 imported companies (an open window fills it, or "
                                 "voronka index)")
                         .arg(info.awaitingSearchIndex);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
} // namespace

int InfoCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Shows what a Voronka base holds (voronka check checks that it is intact)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("info"), QObject::tr("The info command."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("The base to inspect."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QObject::tr("Print one JSON object."));
    const QCommandLineOption timeoutOption = busyTimeoutOption();
    parser.addOptions({dbOption, jsonOption, timeoutOption});
    const std::optional<int> refused = checkBaseCommandLine(parser, arguments, dbOption, timeoutOption);
    if (refused)
        return *refused;
    const bool json = parser.isSet(jsonOption);

    const DatabaseOptions options = readingOptions(parser, timeoutOption);
    try {
        auto db = Database::open(parser.value(dbOption), options);
        const DatabaseInfo info = DatabaseInfo::collect(*db);
        const bool newer = db->schemaVersion() > Database::latestSchemaVersion();
        printOut(json ? QString::fromUtf8(QJsonDocument(toJson(info, newer)).toJson(QJsonDocument::Compact))
                         + QLatin1Char('\n')
                      : toText(info));
        if (!info.isIntact()) {
            printError(QObject::tr("%1 is damaged: the integrity check found %n problem(s).", nullptr,
                                   int(info.integrityProblems.size()))
                           .arg(info.path));
            return ExitDamaged;
        }
        if (newer) {
            printError(db->readOnlyReason());
            return ExitNewerSchema;
        }
        return ExitOk;
    } catch (const StorageError &error) {
        return failure(error.message(), exitCodeFor(error.kind()), json);
    }
}

} // namespace voronka
