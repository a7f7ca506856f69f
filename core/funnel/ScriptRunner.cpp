#include "ScriptRunner.h"

#include "FunnelError.h"
#include "storage/CallScriptRepository.h"

namespace voronka {

ScriptRunner::ScriptRunner(CallScript script)
    : m_script(std::move(script))
{
    const CallScriptCheck check = CallScriptRepository::check(m_script);
    if (!check.isValid())
        throw FunnelError(FunnelError::Kind::MissingData,
                          tr("The script \"%1\" cannot be followed: %2").arg(m_script.title, check.errors.first()));
    // check() accepts only keys listed in CallScriptRepository::outcomeKeys(); they must all be call outcomes.
    for (const auto &step : std::as_const(m_script.steps)) {
        for (const auto &answer : step.answers) {
            if (!answer.outcomeKey.isEmpty() && !callOutcomeFromKey(answer.outcomeKey))
                throw FunnelError(
                    FunnelError::Kind::MissingData,
                    tr("The script \"%1\" ends in an unknown outcome \"%2\".").arg(m_script.title, answer.outcomeKey));
        }
    }
    restart();
}

void ScriptRunner::restart()
{
    m_current = m_script.startStepId;
    m_history.clear();
    m_outcome.reset();
}

const CallScriptStep &ScriptRunner::currentStep() const
{
    // The constructor checked that every step an answer names exists.
    return *m_script.step(m_current);
}

QStringList ScriptRunner::answers() const
{
    QStringList texts;
    if (isFinished())
        return texts;
    for (const auto &answer : currentStep().answers)
        texts.append(answer.text);
    return texts;
}

std::optional<CallOutcome> ScriptRunner::choose(int answerIndex)
{
    if (isFinished())
        throw FunnelError(FunnelError::Kind::ForbiddenMove, tr("The call has already ended by the script."));
    const CallScriptStep &step = currentStep();
    if (answerIndex < 0 || answerIndex >= step.answers.size())
        throw FunnelError(FunnelError::Kind::ForbiddenMove,
                          tr("Step \"%1\" has no answer %2: choose one of 1 to %3.")
                              .arg(step.id)
                              .arg(answerIndex + 1)
                              .arg(step.answers.size()));
    const CallScriptAnswer &answer = step.answers.at(answerIndex);
    m_history.append(m_current);
    if (!answer.outcomeKey.isEmpty()) {
        m_outcome = callOutcomeFromKey(answer.outcomeKey);
        return m_outcome;
    }
    m_current = answer.nextStepId;
    return std::nullopt;
}

bool ScriptRunner::back()
{
    if (m_history.isEmpty())
        return false;
    if (m_outcome) {
        // The call ended at the current step; undoing the ending keeps the caller there.
        m_outcome.reset();
        m_history.removeLast();
        return true;
    }
    m_current = m_history.takeLast();
    return true;
}

QStringList ScriptRunner::path() const
{
    QStringList steps = m_history;
    if (!m_outcome)
        steps.append(m_current);
    return steps;
}

} // namespace voronka
