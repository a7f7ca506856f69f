#pragma once

#include "domain/CallScript.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace voronka {

class ScriptAnswerTable;

// Edits one step of a call script: its id, title, the text to say and its answers. The script itself stays
// with the caller: a new id is only proposed (idEdited), since renaming must also mend the links to the step.
class ScriptStepEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScriptStepEditor(QWidget *parent = nullptr);

    // Shows the step; steps are the script's steps, the places its answers may lead to.
    void setStep(const CallScriptStep &step, const QList<CallScriptStep> &steps);
    // No step to edit: the fields are emptied and disabled.
    void clear();
    // Refreshes where answers may lead after the script's steps changed.
    void setTargets(const QList<CallScriptStep> &steps);
    // Shows this id again after a proposed one was refused.
    void resetId(const QString &id);
    // Takes what is typed but not yet confirmed: proposes a new id, commits an answer being typed (before a save
    // the user need not leave the field first).
    void finishEditing();

    // The step as edited, with the id it was shown with.
    CallScriptStep step() const;

signals:
    // Title, text or answers changed.
    void edited();
    void idEdited(const QString &newId);

private:
    CallScriptStep m_step;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_text = nullptr;
    ScriptAnswerTable *m_answers = nullptr;
    QPushButton *m_addAnswer = nullptr;
    QPushButton *m_removeAnswer = nullptr;
};

} // namespace voronka
