#include "ScriptStepEditor.h"

#include "ScriptAnswerTable.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace voronka {

ScriptStepEditor::ScriptStepEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepEditor"));
    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("stepIdEdit"));
    m_id->setToolTip(tr("How answers name this step; renaming it keeps the answers that lead here."));
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("stepTitleEdit"));
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("stepTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(130); // the answers below need the room more: a step has several
    m_answers = new ScriptAnswerTable;
    m_addAnswer = new QPushButton(tr("Add &answer"));
    m_addAnswer->setObjectName(QStringLiteral("addAnswerButton"));
    m_removeAnswer = new QPushButton(tr("Remove answer"));
    m_removeAnswer->setObjectName(QStringLiteral("removeAnswerButton"));
    for (QPushButton *button : {m_addAnswer, m_removeAnswer})
        button->setAutoDefault(false);

    connect(m_id, &QLineEdit::editingFinished, this, &ScriptStepEditor::finishEditing);
    connect(m_title, &QLineEdit::textEdited, this, &ScriptStepEditor::edited);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ScriptStepEditor::edited);
    connect(m_answers, &ScriptAnswerTable::edited, this, &ScriptStepEditor::edited);
    connect(m_addAnswer, &QPushButton::clicked, m_answers, &ScriptAnswerTable::addAnswer);
    connect(m_removeAnswer, &QPushButton::clicked, m_answers, &ScriptAnswerTable::removeCurrentAnswer);

    auto *form = new QFormLayout;
    form->addRow(tr("Step &id:"), m_id);
    form->addRow(tr("Step t&itle:"), m_title);
    form->addRow(tr("Te&xt to say:"), m_text);
    auto *answerButtons = new QHBoxLayout;
    answerButtons->addWidget(m_addAnswer);
    answerButtons->addWidget(m_removeAnswer);
    answerButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_answers, 1);
    layout->addLayout(answerButtons);
    clear();
}

void ScriptStepEditor::setStep(const CallScriptStep &step, const QList<CallScriptStep> &steps)
{
    m_step = step;
    const QSignalBlocker titleBlocker(m_title);
    const QSignalBlocker textBlocker(m_text);
    m_id->setText(step.id);
    m_title->setText(step.title);
    m_text->setPlainText(step.text);
    m_answers->setAnswers(step.answers, steps);
    setEnabled(true);
}

void ScriptStepEditor::clear()
{
    setStep(CallScriptStep(), {});
    setEnabled(false);
}

void ScriptStepEditor::setTargets(const QList<CallScriptStep> &steps)
{
    m_answers->setTargets(steps);
}

void ScriptStepEditor::resetId(const QString &id)
{
    m_step.id = id;
    m_id->setText(id);
}

void ScriptStepEditor::finishEditing()
{
    m_answers->commitOpenEditor();
    if (isEnabled() && m_id->text() != m_step.id)
        emit idEdited(m_id->text());
}

CallScriptStep ScriptStepEditor::step() const
{
    CallScriptStep step = m_step;
    step.title = m_title->text();
    step.text = m_text->toPlainText();
    step.answers = m_answers->answers();
    return step;
}

} // namespace voronka
