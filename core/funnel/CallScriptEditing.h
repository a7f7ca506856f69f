#pragma once

#include "domain/CallScript.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace voronka {

// The edits of the script editor that must keep the script's links whole: a step renamed or removed
// changes the answers (and the start) that named it. Pure functions on a script in memory; saving is
// CallScriptRepository's job, and its check() judges the result.
class CallScriptEditing
{
    Q_DECLARE_TR_FUNCTIONS(CallScriptEditing)

public:
    // Renames step stepIndex to newId (trimmed) and points the answers and the start step that named the old id
    // at the new one. Returns why it was refused (an empty id, or one another step has) with nothing changed,
    // or an empty string when done.
    static QString renameStep(CallScript &script, int stepIndex, const QString &newId);
    // Removes step stepIndex. Answers that led to it lead nowhere afterwards, and the start is cleared when it
    // was the start, so that check() points the user at each link to mend instead of guessing a new target.
    static void removeStep(CallScript &script, int stepIndex);
    // Moves step from to position to (both in range; the order is only how the editor lists the steps).
    static void moveStep(CallScript &script, int from, int to);
    // Appends an empty step with an id no step has yet ("step_2", "step_3", ...) and returns its index; it
    // becomes the start step of a script without one.
    static int addStep(CallScript &script);

    // A copy of the script to be created as a new one: no id or version, titled "<title> (copy)" (or
    // "(copy 2)", ...) so that the title is not one of takenTitles (compared ignoring case, as the base does).
    static CallScript duplicate(const CallScript &script, const QStringList &takenTitles);
    // Whether two versions of a script say the same: title, language, start and steps (not id or version).
    static bool sameContent(const CallScript &a, const CallScript &b);
};

} // namespace voronka
