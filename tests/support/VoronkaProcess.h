#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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

VoronkaRun runVoronka(const QStringList &arguments);

} // namespace voronka::test
