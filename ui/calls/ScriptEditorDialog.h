#pragma once

#include "domain/CallScript.h"
#include "storage/DataContext.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace voronka {

class ScriptCheckPanel;
class ScriptStepEditor;

// Edits the call scripts: the list of scripts on the left; on the right the chosen script's title, language,
// start step, steps and, for the step chosen, its text and answers, with what check() finds kept in view.
// Works on a copy (the draft) that is written only on Save, as one new version of the script; leaving a changed
// draft asks first. Meant to stay open beside the call mode (show(), not exec()).
class ScriptEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScriptEditorDialog(DataContext context, QWidget *parent = nullptr);

    // The script being edited, as edited so far (id 0 for a new one not yet saved).
    const CallScript &draft() const { return m_draft; }
    bool hasUnsavedChanges() const;

    // Saves the draft; false (after telling the user why) when it is refused, with the draft left as it is.
    bool save();
    // Shows the stored script with this id (asking first about unsaved changes); false when the user cancels.
    bool openScript(qint64 id);

public slots:
    // Asks about unsaved changes before the dialog closes (Esc, Close, the window's close button).
    void reject() override;

signals:
    // A script was created, changed or deleted in the base: whoever lists or follows scripts reloads them.
    void scriptsChanged();

private:
    QWidget *createScriptList();
    QWidget *createScriptForm();
    QWidget *createStepList();

    QString draftTitle() const;
    // Asks what to do with unsaved changes: true when they were saved or discarded (or there were none).
    bool settleChanges();
    // Edits script; baseline is what it is compared with to tell unsaved changes.
    void startDraft(const CallScript &script, const CallScript &baseline, int stepRow = 0);
    void showDraft(int stepRow = 0);
    void reloadScriptList();
    void scriptChosen();
    void newScript();
    void duplicateScript();
    void deleteScript();
    void refreshSteps(int selectRow);
    // Step ids and titles changed, not their number or order.
    void refreshStepLabels();
    void showStep(int row);
    void refreshState();
    void stepEdited();
    void stepIdEdited(const QString &newId);
    void addStep();
    void removeStep();
    void moveStep(int by);

    DataContext m_context;
    CallScript m_draft;
    CallScript m_saved; // the draft as last loaded or saved, to tell whether anything changed
    bool m_hasScript = false; // false only when the base has no script and none is being written
    int m_editedRow = -1; // the step shown in m_stepEditor

    QListWidget *m_scripts = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QWidget *m_scriptForm = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_startStep = nullptr;
    QListWidget *m_steps = nullptr;
    QPushButton *m_removeStepButton = nullptr;
    QPushButton *m_stepUpButton = nullptr;
    QPushButton *m_stepDownButton = nullptr;
    ScriptStepEditor *m_stepEditor = nullptr;
    ScriptCheckPanel *m_checkPanel = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace voronka
