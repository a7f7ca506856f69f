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
    return environment;
}

std::unique_ptr<QProcess> startVoronka(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(scriptEnvironment());
    process->start(QStringLiteral(VORONKA_BINARY), arguments);
    REQUIRE(process->waitForStarted(10000));
    return process;
}

VoronkaRun runVoronka(const QStringList &arguments)
{
    const std::unique_ptr<QProcess> process = startVoronka(arguments);
    REQUIRE(process->waitForFinished(60000));
    REQUIRE(process->exitStatus() == QProcess::NormalExit);
    return {process->exitCode(), process->readAllStandardOutput(), QString::fromUtf8(process->readAllStandardError())};
}

} // namespace voronka::test
