#include "CallScriptRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "VersionedTable.h"
#include "WriteTransaction.h"
#include "domain/CallOutcome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace voronka {

namespace {
VersionedTable scriptsTable(DataContext context)
{
    return {
        context,
        QStringLiteral("call_scripts"),
        {QCoreApplication::translate("CallScriptRepository", "The script no longer exists: someone deleted it."),
         QCoreApplication::translate("CallScriptRepository", "The script was changed by %1 at %2 since you opened it."),
         QCoreApplication::translate("CallScriptRepository", "The script was changed at %1 since you opened it.")}};
}

QString jsonText(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}
} // namespace

CallScriptRepository::CallScriptRepository(DataContext context)
    : m_context(context)
{
}

QStringList CallScriptRepository::outcomeKeys()
{
    QStringList keys;
    for (const CallOutcome outcome : scriptCallOutcomes())
        keys.append(callOutcomeKey(outcome));
    return keys;
}

CallScriptCheck CallScriptRepository::check(const CallScript &script)
{
    CallScriptCheck result;
    if (script.title.trimmed().isEmpty())
        result.errors.append(tr("A script needs a title."));
    if (script.language.trimmed().isEmpty())
        result.errors.append(tr("A script needs a language."));
    if (script.steps.isEmpty()) {
        result.errors.append(tr("A script needs at least one step."));
        return result;
    }
    if (script.startStepId.isEmpty())
        result.errors.append(tr("The script has no start step."));
    else if (!script.step(script.startStepId))
        result.errors.append(tr("The start step \"%1\" is not in the script.").arg(script.startStepId));

    const QStringList outcomes = outcomeKeys();
    QSet<QString> ids;
    for (int i = 0; i < script.steps.size(); ++i) {
        const CallScriptStep &step = script.steps.at(i);
        if (step.id.trimmed().isEmpty()) {
            result.errors.append(tr("Step %1 has no name.").arg(i + 1));
            continue;
        }
        if (ids.contains(step.id))
            result.errors.append(tr("Two steps are named \"%1\".").arg(step.id));
        ids.insert(step.id);
        if (step.text.trimmed().isEmpty())
            result.errors.append(tr("Step \"%1\" has no text to say.").arg(step.id));
        if (step.answers.isEmpty())
            result.errors.append(tr("Step \"%1\" has no answers: the call could not go on.").arg(step.id));
        for (int a = 0; a < step.answers.size(); ++a) {
            const CallScriptAnswer &answer = step.answers.at(a);
            if (answer.text.trimmed().isEmpty())
                result.errors.append(tr("Answer %1 of step \"%2\" has no text.").arg(a + 1).arg(step.id));
            const bool toStep = !answer.nextStepId.isEmpty();
            const bool toOutcome = !answer.outcomeKey.isEmpty();
            if (toStep == toOutcome) {
                result.errors.append(tr("Answer %1 of step \"%2\" must lead either to a step or to an outcome.")
                                         .arg(a + 1)
                                         .arg(step.id));
            } else if (toStep && !script.step(answer.nextStepId)) {
                result.errors.append(tr("Answer %1 of step \"%2\" leads to step \"%3\", which is not in the script.")
                                         .arg(a + 1)
                                         .arg(step.id, answer.nextStepId));
            } else if (toOutcome && !outcomes.contains(answer.outcomeKey)) {
                result.errors.append(tr("Answer %1 of step \"%2\" ends in an unknown outcome \"%3\".")
                                         .arg(a + 1)
                                         .arg(step.id, answer.outcomeKey));
            }
        }
    }

    // Reachability from the start: an unreachable step is a draft, not a danger to a caller.
    if (const CallScriptStep *start = script.step(script.startStepId)) {
        QSet<QString> reached{start->id};
        QStringList pending{start->id};
        while (!pending.isEmpty()) {
            const CallScriptStep *step = script.step(pending.takeLast());
            for (const auto &answer : step->answers) {
                if (!answer.nextStepId.isEmpty() && script.step(answer.nextStepId)
                    && !reached.contains(answer.nextStepId)) {
                    reached.insert(answer.nextStepId);
                    pending.append(answer.nextStepId);
                }
            }
        }
        for (const auto &step : script.steps) {
            if (!step.id.isEmpty() && !reached.contains(step.id))
                result.warnings.append(tr("No answer leads to step \"%1\" from the start.").arg(step.id));
        }
    }
    return result;
}

QString CallScriptRepository::toDocument(const CallScript &script)
{
    QJsonArray steps;
    for (const auto &step : script.steps) {
        QJsonArray answers;
        for (const auto &answer : step.answers) {
            QJsonObject object{{QStringLiteral("text"), answer.text}};
            if (!answer.nextStepId.isEmpty())
                object.insert(QStringLiteral("next"), answer.nextStepId);
            if (!answer.outcomeKey.isEmpty())
                object.insert(QStringLiteral("outcome"), answer.outcomeKey);
            answers.append(object);
        }
        steps.append(QJsonObject{{QStringLiteral("id"), step.id},
                                 {QStringLiteral("title"), step.title},
                                 {QStringLiteral("text"), step.text},
                                 {QStringLiteral("answers"), answers}});
    }
    const QJsonObject root{{QStringLiteral("start"), script.startStepId}, {QStringLiteral("steps"), steps}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void CallScriptRepository::fromDocument(const QString &document, CallScript &script)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(document.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        throw StorageError(StorageError::Kind::Damaged,
                           tr("The steps of script \"%1\" cannot be read: %2").arg(script.title, error.errorString()));
    const QJsonObject root = json.object();
    script.startStepId = jsonText(root, "start");
    script.steps.clear();
    const QJsonArray steps = root.value(QLatin1String("steps")).toArray();
    for (const auto &stepValue : steps) {
        const QJsonObject stepObject = stepValue.toObject();
        CallScriptStep step;
        step.id = jsonText(stepObject, "id");
        step.title = jsonText(stepObject, "title");
        step.text = jsonText(stepObject, "text");
        const QJsonArray answers = stepObject.value(QLatin1String("answers")).toArray();
        for (const auto &answerValue : answers) {
            const QJsonObject answerObject = answerValue.toObject();
            step.answers.append(CallScriptAnswer{jsonText(answerObject, "text"), jsonText(answerObject, "next"),
                                                 jsonText(answerObject, "outcome")});
        }
        script.steps.append(step);
    }
}

void CallScriptRepository::validate(const CallScript &script) const
{
    const CallScriptCheck result = check(script);
    if (!result.isValid())
        throw StorageError(StorageError::Kind::InvalidData, result.errors.first());
    // The column is NOCASE; asking first gives a clear message instead of a constraint error.
    const QVariant other = SqlStatement::scalar(
        m_context.db.connection(), QStringLiteral("SELECT id FROM call_scripts WHERE title = ? AND id <> ?"),
        {script.title.trimmed(), script.id});
    if (!other.isNull())
        throw StorageError(StorageError::Kind::InvalidData,
                           tr("There is already a script called \"%1\".").arg(script.title.trimmed()));
}

void CallScriptRepository::create(CallScript &script)
{
    WriteTransaction transaction(m_context.db);
    validate(script);
    SqlStatement insert(m_context.db.connection(),
                        QStringLiteral("INSERT INTO call_scripts (title, language, document, created_at, updated_at, "
                                       "updated_by) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind({script.title.trimmed(), script.language.trimmed(), toDocument(script)});
    for (const auto &value : scriptsTable(m_context).creationStamp())
        insert.bind(value);
    insert.exec();
    const qint64 id = insert.lastInsertId();
    transaction.commit();
    script.id = id;
    script.title = script.title.trimmed();
    script.language = script.language.trimmed();
    script.version = 1;
}

void CallScriptRepository::update(CallScript &script)
{
    WriteTransaction transaction(m_context.db);
    validate(script);
    const qint64 version = scriptsTable(m_context).update(
        script.id, script.version, QStringLiteral("title = ?, language = ?, document = ?"),
        {script.title.trimmed(), script.language.trimmed(), toDocument(script)});
    transaction.commit();
    script.version = version;
    script.title = script.title.trimmed();
    script.language = script.language.trimmed();
}

void CallScriptRepository::remove(const CallScript &script)
{
    WriteTransaction transaction(m_context.db);
    scriptsTable(m_context).remove(script.id, script.version);
    transaction.commit();
}

QList<CallScript> CallScriptRepository::list(const QString &language) const
{
    SqlStatement statement(m_context.db.connection(),
                           QStringLiteral("SELECT id, title, language, version FROM call_scripts "
                                          "WHERE coalesce(?, '') = '' OR language = ? ORDER BY title, id"));
    statement.bind({language, language}).exec();
    QList<CallScript> scripts;
    while (statement.next()) {
        CallScript script;
        script.id = statement.value(0).toLongLong();
        script.title = statement.value(1).toString();
        script.language = statement.value(2).toString();
        script.version = statement.value(3).toLongLong();
        scripts.append(script);
    }
    return scripts;
}

std::optional<CallScript> CallScriptRepository::load(qint64 id) const
{
    SqlStatement statement(
        m_context.db.connection(),
        QStringLiteral("SELECT id, title, language, document, version FROM call_scripts WHERE id = ?"));
    statement.bind(id).exec();
    if (!statement.next())
        return std::nullopt;
    CallScript script;
    script.id = statement.value(0).toLongLong();
    script.title = statement.value(1).toString();
    script.language = statement.value(2).toString();
    const QString document = statement.value(3).toString();
    script.version = statement.value(4).toLongLong();
    statement.done();
    fromDocument(document, script);
    return script;
}

} // namespace voronka
