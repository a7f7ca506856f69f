#include "BaseCommandLine.h"

#include "CommandLineOutput.h"
#include "ExitCode.h"

namespace voronka {

QCommandLineOption busyTimeoutOption()
{
    return QCommandLineOption(QStringLiteral("busy-timeout"),
                              QObject::tr("How long to wait for another program's lock (ms)."), QStringLiteral("MS"),
                              QStringLiteral("5000"));
}

DatabaseOptions readingOptions(const QCommandLineParser &parser, const QCommandLineOption &timeoutOption)
{
    DatabaseOptions options;
    options.readOnly = true;
    options.createIfMissing = false;
    options.busyTimeoutMs = parser.value(timeoutOption).toInt();
    return options;
}

std::optional<int> checkBaseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                        const QCommandLineOption &dbOption, const QCommandLineOption &timeoutOption,
                                        qsizetype words)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > words)
        return usageError(QObject::tr("Unexpected argument: %1").arg(positional.at(words)));
    if (!parser.isSet(dbOption))
        return usageError(QObject::tr("%1 needs --db PATH.").arg(positional.value(0)));
    bool timeoutOk = false;
    const int timeout = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || timeout < 0)
        return usageError(QObject::tr("--busy-timeout needs a number of milliseconds."));
    return std::nullopt;
}

} // namespace voronka
