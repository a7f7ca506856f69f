#include "ScriptEditorDialog.h"

#include "ScriptCheckPanel.h"
#include "ScriptStepEditor.h"
#include "common/MessageBox.h"
#include "funnel/CallScriptEditing.h"
#include "storage/CallScriptRepository.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

namespace voronka {

namespace {
constexpr int ScriptIdRole = Qt::UserRole;

// Return in a field must not press a button of the dialog: it confirms a step id, nothing more.
QPushButton *button(const QString &text, const char *objectName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAutoDefault(false);
    return button;
}

// A button's shortcut as a QShortcut of the dialog: it acts at once (a button's own shortcut animates a click
// and acts only when the animation ends).
void addShortcut(QPushButton *button, QKeySequence::StandardKey key, const QString &toolTip)
{
    auto *shortcut = new QShortcut(key, button);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(toolTip, shortcut->key().toString(QKeySequence::NativeText)));
}

// A captioned list with a row of buttons under it.
QWidget *listPanel(const QString &caption, QListWidget *list, std::initializer_list<QPushButton *> buttons)
{
    auto *buttonRow = new QHBoxLayout;
    for (QPushButton *button : buttons)
        buttonRow->addWidget(button);
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(caption));
    layout->addWidget(list, 1);
    layout->addLayout(buttonRow);
    return panel;
}

QString stepLabel(const CallScriptStep &step)
{
    return step.title.trimmed().isEmpty() ? step.id : ScriptEditorDialog::tr("%1 — %2").arg(step.id, step.title);
}
} // namespace

ScriptEditorDialog::ScriptEditorDialog(DataContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("scriptEditorDialog"));
    setWindowTitle(tr("Call scripts[*]"));

    auto *splitter = new QSplitter;
    splitter->addWidget(createScriptList());
    splitter->addWidget(createScriptForm());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 820}); // script titles are long: "Cold call: a meeting with the decision maker"

    m_saveButton = button(tr("Save"), "saveScriptButton");
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    addShortcut(m_saveButton, QKeySequence::Save, tr("Save the script"));
    QPushButton *close = button(tr("Close"), "closeButton");
    connect(close, &QPushButton::clicked, this, &ScriptEditorDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    resize(1100, 700);

    showDraft();
    reloadScriptList();
    if (m_scripts->count() > 0)
        openScript(m_scripts->item(0)->data(ScriptIdRole).toLongLong());
}

QWidget *ScriptEditorDialog::createScriptList()
{
    m_scripts = new QListWidget;
    m_scripts->setObjectName(QStringLiteral("scriptList"));
    connect(m_scripts, &QListWidget::currentItemChanged, this, &ScriptEditorDialog::scriptChosen);
    QPushButton *newButton = button(tr("New"), "newScriptButton");
    addShortcut(newButton, QKeySequence::New, tr("Write a new script"));
    m_duplicateButton = button(tr("Duplicate"), "duplicateScriptButton");
    m_duplicateButton->setToolTip(tr("Copy the script as shown, unsaved edits included, into a new script"));
    m_deleteButton = button(tr("Delete"), "deleteScriptButton");
    connect(newButton, &QPushButton::clicked, this, &ScriptEditorDialog::newScript);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ScriptEditorDialog::duplicateScript);
    connect(m_deleteButton, &QPushButton::clicked, this, &ScriptEditorDialog::deleteScript);
    return listPanel(tr("Scripts:"), m_scripts, {newButton, m_duplicateButton, m_deleteButton});
}

QWidget *ScriptEditorDialog::createScriptForm()
{
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("scriptTitleEdit"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("scriptLanguageCombo"));
    m_language->setEditable(true);
    m_language->addItems({QStringLiteral("ru"), QStringLiteral("en")});
    m_language->setToolTip(tr("The two-letter code of the language the script is written in"));
    m_startStep = new QComboBox;
    m_startStep->setObjectName(QStringLiteral("startStepCombo"));
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &title) {
        m_draft.title = title;
        refreshState();
    });
    connect(m_language, &QComboBox::currentTextChanged, this, [this](const QString &language) {
        m_draft.language = language;
        refreshState();
    });
    connect(m_startStep, &QComboBox::currentIndexChanged, this, [this] {
        m_draft.startStepId = m_startStep->currentData().toString();
        refreshState();
    });

    m_stepEditor = new ScriptStepEditor;
    connect(m_stepEditor, &ScriptStepEditor::edited, this, &ScriptEditorDialog::stepEdited);
    connect(m_stepEditor, &ScriptStepEditor::idEdited, this, &ScriptEditorDialog::stepIdEdited);
    auto *steps = new QSplitter;
    steps->addWidget(createStepList());
    steps->addWidget(m_stepEditor);
    steps->setStretchFactor(1, 1);
    steps->setSizes({300, 520});

    m_checkPanel = new ScriptCheckPanel;
    m_checkPanel->setMaximumHeight(90);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("S&tart step:"), m_startStep);
    m_scriptForm = new QWidget;
    auto *layout = new QVBoxLayout(m_scriptForm);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(steps, 1);
    layout->addWidget(new QLabel(tr("Check:")));
    layout->addWidget(m_checkPanel);
    return m_scriptForm;
}

QWidget *ScriptEditorDialog::createStepList()
{
    m_steps = new QListWidget;
    m_steps->setObjectName(QStringLiteral("stepList"));
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        // What is typed but not confirmed (a step id, an answer) belongs to the step shown so far.
        m_stepEditor->finishEditing();
        showStep(row);
    });
    QPushButton *addButton = button(tr("Add step"), "addStepButton");
    m_removeStepButton = button(tr("Remove step"), "removeStepButton");
    m_stepUpButton = button(tr("Up"), "stepUpButton");
    m_stepDownButton = button(tr("Down"), "stepDownButton");
    connect(addButton, &QPushButton::clicked, this, &ScriptEditorDialog::addStep);
    connect(m_removeStepButton, &QPushButton::clicked, this, &ScriptEditorDialog::removeStep);
    connect(m_stepUpButton, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_stepDownButton, &QPushButton::clicked, this, [this] { moveStep(1); });
    return listPanel(tr("Steps:"), m_steps, {addButton, m_removeStepButton, m_stepUpButton, m_stepDownButton});
}

bool ScriptEditorDialog::hasUnsavedChanges() const
{
    return m_hasScript && !CallScriptEditing::sameContent(m_draft, m_saved);
}

QString ScriptEditorDialog::draftTitle() const
{
    return m_draft.title.trimmed().isEmpty() ? tr("New script") : m_draft.title.trimmed();
}

bool ScriptEditorDialog::settleChanges()
{
    m_stepEditor->finishEditing();
    if (!hasUnsavedChanges())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("Save the changes to the script \"%1\"?").arg(draftTitle()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool ScriptEditorDialog::openScript(qint64 id)
{
    if (m_hasScript && m_draft.id == id)
        return true;
    if (!settleChanges()) {
        reloadScriptList(); // the list shows the script still being edited again
        return false;
    }
    std::optional<CallScript> script;
    try {
        script = CallScriptRepository(m_context).load(id);
        if (!script)
            throw StorageError(StorageError::Kind::NotFound, tr("The script no longer exists: someone deleted it."));
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("Open the script"), error.message());
        reloadScriptList();
        return false;
    }
    startDraft(*script, *script);
    return true;
}

void ScriptEditorDialog::startDraft(const CallScript &script, const CallScript &baseline, int stepRow)
{
    m_draft = script;
    m_saved = baseline;
    m_hasScript = true;
    reloadScriptList();
    showDraft(stepRow);
}

void ScriptEditorDialog::reloadScriptList()
{
    const QSignalBlocker blocker(m_scripts);
    m_scripts->clear();
    QList<CallScript> scripts;
    try {
        scripts = CallScriptRepository(m_context).list();
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("Call scripts"), error.message());
    }
    for (const auto &script : std::as_const(scripts)) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(script.title, script.language), m_scripts);
        item->setData(ScriptIdRole, script.id);
    }
    if (m_hasScript && m_draft.id == 0) {
        auto *item = new QListWidgetItem(tr("%1 (not saved)").arg(draftTitle()), m_scripts);
        item->setData(ScriptIdRole, qint64(0));
    }
    for (int row = 0; m_hasScript && row < m_scripts->count(); ++row) {
        if (m_scripts->item(row)->data(ScriptIdRole).toLongLong() == m_draft.id)
            m_scripts->setCurrentRow(row);
    }
}

void ScriptEditorDialog::scriptChosen()
{
    const QListWidgetItem *item = m_scripts->currentItem();
    if (!item)
        return;
    openScript(item->data(ScriptIdRole).toLongLong());
}

void ScriptEditorDialog::showDraft(int stepRow)
{
    {
        const QSignalBlocker titleBlocker(m_title);
        const QSignalBlocker languageBlocker(m_language);
        m_title->setText(m_draft.title);
        m_language->setCurrentText(m_draft.language);
    }
    m_scriptForm->setEnabled(m_hasScript);
    refreshSteps(stepRow);
}

void ScriptEditorDialog::refreshSteps(int selectRow)
{
    {
        const QSignalBlocker stepsBlocker(m_steps);
        const QSignalBlocker startBlocker(m_startStep);
        m_steps->clear();
        m_startStep->clear();
        for (const auto &step : std::as_const(m_draft.steps)) {
            m_steps->addItem(stepLabel(step));
            m_startStep->addItem(step.id, step.id);
        }
        m_startStep->setCurrentIndex(m_startStep->findData(m_draft.startStepId));
        if (!m_draft.steps.isEmpty())
            m_steps->setCurrentRow(std::clamp(selectRow, 0, int(m_draft.steps.size()) - 1));
    }
    showStep(m_steps->currentRow());
}

void ScriptEditorDialog::refreshStepLabels()
{
    for (int row = 0; row < m_draft.steps.size(); ++row) {
        const CallScriptStep &step = m_draft.steps.at(row);
        m_steps->item(row)->setText(stepLabel(step));
        const QSignalBlocker startBlocker(m_startStep);
        m_startStep->setItemText(row, step.id);
        m_startStep->setItemData(row, step.id);
    }
    const QSignalBlocker startBlocker(m_startStep);
    m_startStep->setCurrentIndex(m_startStep->findData(m_draft.startStepId));
}

void ScriptEditorDialog::showStep(int row)
{
    m_editedRow = row >= 0 && row < m_draft.steps.size() ? row : -1;
    if (m_editedRow < 0)
        m_stepEditor->clear();
    else
        m_stepEditor->setStep(m_draft.steps.at(m_editedRow), m_draft.steps);
    refreshState();
}

void ScriptEditorDialog::refreshState()
{
    if (m_hasScript)
        m_checkPanel->showCheck(CallScriptRepository::check(m_draft));
    else
        m_checkPanel->clear();
    setWindowModified(hasUnsavedChanges());
    m_duplicateButton->setEnabled(m_hasScript);
    m_deleteButton->setEnabled(m_hasScript);
    m_saveButton->setEnabled(m_hasScript);
    m_removeStepButton->setEnabled(m_editedRow >= 0);
    m_stepUpButton->setEnabled(m_editedRow > 0);
    m_stepDownButton->setEnabled(m_editedRow >= 0 && m_editedRow < m_draft.steps.size() - 1);
}

void ScriptEditorDialog::stepEdited()
{
    if (m_editedRow < 0)
        return;
    const QString oldTitle = m_draft.steps.at(m_editedRow).title;
    m_draft.steps[m_editedRow] = m_stepEditor->step();
    if (m_draft.steps.at(m_editedRow).title != oldTitle) {
        refreshStepLabels();
        m_stepEditor->setTargets(m_draft.steps);
    }
    refreshState();
}

void ScriptEditorDialog::stepIdEdited(const QString &newId)
{
    if (m_editedRow < 0)
        return;
    const QString refusal = CallScriptEditing::renameStep(m_draft, m_editedRow, newId);
    if (!refusal.isEmpty()) {
        m_stepEditor->resetId(m_draft.steps.at(m_editedRow).id);
        MessageBox::warning(this, tr("Rename the step"), refusal);
        return;
    }
    // The step's own answers may lead to itself: show them renamed too.
    m_stepEditor->setStep(m_draft.steps.at(m_editedRow), m_draft.steps);
    refreshStepLabels();
    refreshState();
}

void ScriptEditorDialog::addStep()
{
    m_stepEditor->finishEditing();
    refreshSteps(CallScriptEditing::addStep(m_draft));
}

void ScriptEditorDialog::removeStep()
{
    if (m_editedRow < 0)
        return;
    const int row = m_editedRow;
    CallScriptEditing::removeStep(m_draft, row);
    refreshSteps(row);
}

void ScriptEditorDialog::moveStep(int by)
{
    m_stepEditor->finishEditing();
    const int to = m_editedRow + by;
    if (m_editedRow < 0 || to < 0 || to >= m_draft.steps.size())
        return;
    CallScriptEditing::moveStep(m_draft, m_editedRow, to);
    refreshSteps(to);
}

bool ScriptEditorDialog::save()
{
    m_stepEditor->finishEditing();
    if (!m_hasScript)
        return false;
    const CallScriptCheck check = CallScriptRepository::check(m_draft);
    if (!check.isValid()) {
        MessageBox::warning(this, tr("Save the script"),
                            tr("The script cannot be saved yet: %1").arg(check.errors.first()));
        return false;
    }
    CallScript script = m_draft;
    try {
        CallScriptRepository scripts(m_context);
        if (script.id == 0)
            scripts.create(script);
        else
            scripts.update(script);
    } catch (const StorageError &error) {
        QString text = error.message();
        if (error.kind() == StorageError::Kind::StaleVersion || error.kind() == StorageError::Kind::NotFound)
            text += QLatin1Char(' ') + tr("Your edits are still here: Duplicate keeps them as a new script.");
        MessageBox::warning(this, tr("Save the script"), text);
        return false;
    }
    startDraft(script, script, m_editedRow);
    emit scriptsChanged();
    return true;
}

void ScriptEditorDialog::newScript()
{
    if (!settleChanges())
        return;
    CallScript script;
    script.language = m_hasScript ? m_draft.language : QStringLiteral("ru");
    CallScriptEditing::addStep(script);
    // An untouched new script is dropped without a question when the user moves on.
    startDraft(script, script);
    m_title->setFocus();
}

void ScriptEditorDialog::duplicateScript()
{
    if (!m_hasScript)
        return;
    m_stepEditor->finishEditing();
    QStringList titles;
    try {
        for (const auto &script : CallScriptRepository(m_context).list())
            titles.append(script.title);
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("Duplicate the script"), error.message());
        return;
    }
    // Compared with an empty baseline, the copy counts as unsaved until it is saved.
    startDraft(CallScriptEditing::duplicate(m_draft, titles), CallScript());
}

void ScriptEditorDialog::deleteScript()
{
    if (!m_hasScript)
        return;
    const bool stored = m_draft.id != 0;
    const QString question = stored
        ? tr("Delete the script \"%1\"? Callers will no longer be able to follow it.").arg(m_saved.title)
        : tr("Discard the new script? It was never saved.");
    if (MessageBox::question(this, tr("Delete the script"), question, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (stored) {
        try {
            CallScriptRepository(m_context).remove(m_saved);
        } catch (const StorageError &error) {
            MessageBox::warning(this, tr("Delete the script"), error.message());
            if (error.kind() != StorageError::Kind::NotFound)
                return; // a colleague's change: the user decides again after seeing it
        }
    }
    m_hasScript = false;
    m_draft = m_saved = CallScript();
    reloadScriptList();
    if (m_scripts->count() > 0)
        openScript(m_scripts->item(0)->data(ScriptIdRole).toLongLong());
    else
        showDraft();
    if (stored)
        emit scriptsChanged();
}

void ScriptEditorDialog::reject()
{
    if (settleChanges())
        QDialog::reject();
}

} // namespace voronka
