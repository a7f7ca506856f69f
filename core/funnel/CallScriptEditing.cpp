#include "CallScriptEditing.h"

#include "storage/CallScriptRepository.h"

namespace voronka {

QString CallScriptEditing::renameStep(CallScript &script, int stepIndex, const QString &newId)
{
    const QString id = newId.trimmed();
    const QString oldId = script.steps.at(stepIndex).id;
    if (id == oldId)
        return {};
    if (id.isEmpty())
        return tr("A step needs a name.");
    if (script.step(id))
        return tr("There is already a step named \"%1\".").arg(id);
    script.steps[stepIndex].id = id;
    // An empty old id is a step nothing could name: empty links are unset, not links to it.
    if (oldId.isEmpty())
        return {};
    if (script.startStepId == oldId)
        script.startStepId = id;
    for (auto &step : script.steps) {
        for (auto &answer : step.answers) {
            if (answer.nextStepId == oldId)
                answer.nextStepId = id;
        }
    }
    return {};
}

void CallScriptEditing::removeStep(CallScript &script, int stepIndex)
{
    const QString id = script.steps.takeAt(stepIndex).id;
    if (id.isEmpty() || script.step(id)) // a repeated id still names the other step
        return;
    if (script.startStepId == id)
        script.startStepId.clear();
    for (auto &step : script.steps) {
        for (auto &answer : step.answers) {
            if (answer.nextStepId == id)
                answer.nextStepId.clear();
        }
    }
}

void CallScriptEditing::moveStep(CallScript &script, int from, int to)
{
    script.steps.move(from, to);
}

int CallScriptEditing::addStep(CallScript &script)
{
    int number = int(script.steps.size()) + 1;
    QString id;
    do
        id = QStringLiteral("step_%1").arg(number++);
    while (script.step(id));
    CallScriptStep step;
    step.id = id;
    script.steps.append(step);
    if (script.startStepId.isEmpty())
        script.startStepId = id;
    return int(script.steps.size()) - 1;
}

CallScript CallScriptEditing::duplicate(const CallScript &script, const QStringList &takenTitles)
{
    CallScript copy = script;
    copy.id = 0;
    copy.version = 0;
    const QString base = script.title.trimmed();
    copy.title = tr("%1 (copy)").arg(base);
    for (int number = 2; takenTitles.contains(copy.title, Qt::CaseInsensitive); ++number)
        copy.title = tr("%1 (copy %2)").arg(base).arg(number);
    return copy;
}

bool CallScriptEditing::sameContent(const CallScript &a, const CallScript &b)
{
    return a.title == b.title && a.language == b.language
        && CallScriptRepository::toDocument(a) == CallScriptRepository::toDocument(b);
}

} // namespace voronka
