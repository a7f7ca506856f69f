#include "DefaultCallScripts.h"

#include "CallScriptRepository.h"
#include "SqlStatement.h"
#include "StorageError.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace voronka {

namespace {
const QString resourceFolder = QStringLiteral(":/voronka/scripts");

CallScript readScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Io, QStringLiteral("Cannot read the default script ") + path);
    const QByteArray text = file.readAll();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        throw StorageError(
            StorageError::Kind::InvalidData,
            QStringLiteral("The default script %1 is not a JSON object: %2").arg(path, error.errorString()));
    CallScript script;
    script.title = json.object().value(QLatin1String("title")).toString();
    script.language = json.object().value(QLatin1String("language")).toString();
    // The rest of the file is the document the repository stores: one reader for both.
    CallScriptRepository::fromDocument(QString::fromUtf8(text), script);
    const CallScriptCheck check = CallScriptRepository::check(script);
    if (!check.isValid())
        throw StorageError(StorageError::Kind::InvalidData,
                           QStringLiteral("The default script %1 cannot be used: %2").arg(path, check.errors.first()));
    return script;
}
} // namespace

QList<CallScript> DefaultCallScripts::load()
{
    QList<CallScript> scripts;
    const QStringList files = QDir(resourceFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        scripts.append(readScript(resourceFolder + QLatin1Char('/') + file));
    return scripts;
}

void DefaultCallScripts::seed(const QSqlDatabase &db)
{
    // The time as the schema's own seeds write it: the migrator has no clock, and a seed is not anyone's edit.
    for (const CallScript &script : load()) {
        SqlStatement::run(db,
                          QStringLiteral("INSERT INTO call_scripts (title, language, document, created_at, updated_at) "
                                         "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                                         "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"),
                          {script.title, script.language, CallScriptRepository::toDocument(script)});
    }
}

} // namespace voronka
