#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace voronka {

// One answer the other side may give at a step. It leads either to another step of the same script
// (nextStepId) or ends the call with an outcome (outcomeKey, a call outcome key such as "meeting_booked");
// exactly one of the two is set.
struct CallScriptAnswer
{
    QString text;
    QString nextStepId;
    QString outcomeKey;
};

// One step of a call script: what the caller says and the answers on offer.
struct CallScriptStep
{
    QString id; // unique within the script, stable across edits ("greeting", "objection_price")
    QString title; // short name for the editor; may be empty
    QString text; // what to say
    QList<CallScriptAnswer> answers;
};

// A call script: steps with answers leading to steps or to call outcomes (objection handling).
struct CallScript
{
    qint64 id = 0;
    QString title;
    QString language; // ISO 639-1 code of the language it is written in ("ru", "en")
    QString startStepId;
    QList<CallScriptStep> steps;
    qint64 version = 0;

    const CallScriptStep *step(const QString &stepId) const
    {
        for (const auto &candidate : steps) {
            if (candidate.id == stepId)
                return &candidate;
        }
        return nullptr;
    }
};

// What a check of a script found: errors make it unusable (it is refused), warnings do not
// (a step no answer leads to yet is a draft in progress, harmless to a caller).
struct CallScriptCheck
{
    QStringList errors;
    QStringList warnings;

    bool isValid() const { return errors.isEmpty(); }
};

} // namespace voronka
