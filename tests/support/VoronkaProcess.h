#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace voronka::test {

// One run of the real voronka executable, as a script would run it: no display, English messages, UTF-8.
struct VoronkaRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QString outText() const { return QString::fromUtf8(out); }
    QJsonObject json() const;
};

// The environment a script runs voronka (or another program of the tests) in: no display, English messages, UTF-8,
// and no password of the person running the tests (VORONKA_PASSWORD, VORONKA_NEW_PASSWORD).
QProcessEnvironment scriptEnvironment();

// Starts the real voronka executable in scriptEnvironment() and REQUIREs that it started; the caller waits for it,
// kills it or runs other processes beside it.
std::unique_ptr<QProcess> startVoronka(const QStringList &arguments);

// Runs the real voronka executable to its end (at most a minute).
VoronkaRun runVoronka(const QStringList &arguments);
// The same with these variables added to scriptEnvironment() (a password for --as ...).
VoronkaRun runVoronka(const QStringList &arguments, const QHash<QString, QString> &variables);

} // namespace voronka::test
