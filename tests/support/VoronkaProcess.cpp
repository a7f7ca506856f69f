#include "VoronkaProcess.h"

#include <QJsonDocument>
#include <QProcess>

#include <catch2/catch.hpp>

namespace voronka::test {

QJsonObject VoronkaRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QProcessEnvironment scriptEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.remove(QStringLiteral("VORONKA_PASSWORD"));
    environment.remove(QStringLiteral("VORONKA_NEW_PASSWORD"));
    return environment;
}

namespace {
std::unique_ptr<QProcess> startVoronka(const QStringList &arguments, const QProcessEnvironment &environment)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(VORONKA_BINARY), arguments);
    REQUIRE(process->waitForStarted(10000));
    return process;
}
} // namespace

std::unique_ptr<QProcess> startVoronka(const QStringList &arguments)
{
    return startVoronka(arguments, scriptEnvironment());
}

VoronkaRun runVoronka(const QStringList &arguments)
{
    return runVoronka(arguments, {});
}

VoronkaRun runVoronka(const QStringList &arguments, const QHash<QString, QString> &variables)
{
    QProcessEnvironment environment = scriptEnvironment();
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    const std::unique_ptr<QProcess> process = startVoronka(arguments, environment);
    // The process's stdin is a pipe, never a terminal: nothing is asked, and nothing typed.
    process->closeWriteChannel();
    REQUIRE(process->waitForFinished(60000));
    REQUIRE(process->exitStatus() == QProcess::NormalExit);
    return {process->exitCode(), process->readAllStandardOutput(), QString::fromUtf8(process->readAllStandardError())};
}

} // namespace voronka::test
