#pragma once

#include "domain/CallOutcome.h"
#include "domain/CallScript.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace voronka {

// Follows a call script during a call: the current step's text, the answers on offer, and where the
// answer clicked leads (the next step, or the outcome that ends the call). Back returns to the step before,
// so a mis-click costs nothing. Holds no base: the caller records the outcome through CallOutcomes.
class ScriptRunner
{
    Q_DECLARE_TR_FUNCTIONS(ScriptRunner)

public:
    // Throws FunnelError MissingData when the script has errors (CallScriptRepository::check): a caller
    // must never be left at a step with nowhere to go. Starts at the start step.
    explicit ScriptRunner(CallScript script);

    // Back to the start step, history and outcome cleared.
    void restart();

    const CallScript &script() const { return m_script; }
    const CallScriptStep &currentStep() const;
    QString currentText() const { return currentStep().text; }
    // The answers on offer at the current step, in order; none once the call has ended.
    QStringList answers() const;

    // Follows answer answerIndex of the current step. Returns the outcome when it ends the call, else
    // std::nullopt (the runner is then at the next step). Throws FunnelError ForbiddenMove for an index
    // out of range or once the call has ended.
    std::optional<CallOutcome> choose(int answerIndex);

    bool isFinished() const { return m_outcome.has_value(); }
    std::optional<CallOutcome> outcome() const { return m_outcome; }

    // Undoes the last choice (also one that ended the call); false when there is nothing to undo.
    bool canGoBack() const { return !m_history.isEmpty(); }
    bool back();

    // The ids of the steps passed, from the start to the current one.
    QStringList path() const;

private:
    CallScript m_script;
    QString m_current;
    QStringList m_history; // steps left, most recent last
    std::optional<CallOutcome> m_outcome;
};

} // namespace voronka
