#include "CommandLineOutput.h"

#include "ExitCode.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace voronka {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &message)
{
    const QByteArray bytes = (QStringLiteral("voronka: ") + message.simplified() + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

int usageError(const QString &message)
{
    printError(message + QStringLiteral(" (see voronka --help)"));
    return ExitUsage;
}

int failure(const QString &message, int code, bool json)
{
    printError(message);
    if (json) {
        const QJsonObject object{{QStringLiteral("error"), message.simplified()}, {QStringLiteral("exit_code"), code}};
        printJson(object);
    }
    return code;
}

} // namespace voronka
