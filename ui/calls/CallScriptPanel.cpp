#include "CallScriptPanel.h"

#include "common/CoreAttempt.h"
#include "common/MessageBox.h"
#include "funnel/FunnelError.h"
#include "storage/CallScriptRepository.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace voronka {

CallScriptPanel::CallScriptPanel(DataContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("callScriptPanel"));
    m_scripts = new QComboBox;
    m_scripts->setObjectName(QStringLiteral("scriptChoice"));
    auto *edit = new QPushButton(tr("Scripts…"));
    edit->setObjectName(QStringLiteral("editScripts"));
    edit->setToolTip(tr("Edit the call scripts"));
    connect(edit, &QPushButton::clicked, this, &CallScriptPanel::editScriptsRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Script:")));
    top->addWidget(m_scripts, 1);
    top->addWidget(edit);

    m_stepTitle = new QLabel;
    m_stepTitle->setObjectName(QStringLiteral("scriptStepTitle"));
    QFont titleFont = m_stepTitle->font();
    titleFont.setBold(true);
    m_stepTitle->setFont(titleFont);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("scriptText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.25);
    m_text->setFont(textFont);
    m_text->setMargin(8);
    m_text->setStyleSheet(QStringLiteral("QLabel { background: palette(base); border: 1px solid palette(mid); }"));
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_answerLayout = new QVBoxLayout;
    m_answerLayout->setSpacing(4);
    m_back = new QPushButton(tr("← Back"));
    m_back->setObjectName(QStringLiteral("scriptBack"));
    // Shortcuts of the panel rather than of the buttons: a button's own shortcut clicks only after an animation.
    connect(new QShortcut(QKeySequence(Qt::Key_Backspace), this), &QShortcut::activated, this,
            &CallScriptPanel::goBack);
    for (int i = 0; i < 9; ++i)
        connect(new QShortcut(QKeySequence(Qt::Key_1 + i), this), &QShortcut::activated, this,
                [this, i] { choose(i); });
    m_back->setToolTip(tr("Back to the step before (Backspace)"));
    connect(m_back, &QPushButton::clicked, this, &CallScriptPanel::goBack);
    auto *restartButton = new QPushButton(tr("From the start"));
    restartButton->setObjectName(QStringLiteral("scriptRestart"));
    connect(restartButton, &QPushButton::clicked, this, &CallScriptPanel::restart);
    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_back);
    navigation->addWidget(restartButton);
    navigation->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stepTitle);
    layout->addWidget(scroll, 1);
    layout->addWidget(new QLabel(tr("They answer:")));
    layout->addLayout(m_answerLayout);
    layout->addLayout(navigation);

    try {
        if (const auto caller = UserRepository(context).find(context.userId))
            m_values.callerFullName = caller->fullName;
    } catch (const StorageError &) {
        // The caller's name stays a blank in the script.
    }
    reloadScripts();
    connect(m_scripts, &QComboBox::currentIndexChanged, this, &CallScriptPanel::startScript);
}

void CallScriptPanel::reloadScripts()
{
    const qint64 chosen = m_scripts->currentData().toLongLong();
    const QSignalBlocker blocker(m_scripts);
    m_scripts->clear();
    const QString language = QLocale().name().left(2);
    int preferred = -1;
    for (const CallScript &script : CallScriptRepository(m_context).list()) {
        m_scripts->addItem(QStringLiteral("%1 (%2)").arg(script.title, script.language), script.id);
        if (script.id == chosen || (chosen == 0 && preferred < 0 && script.language == language))
            preferred = m_scripts->count() - 1;
    }
    m_scripts->setCurrentIndex(preferred >= 0 ? preferred : 0);
    startScript(m_scripts->currentIndex());
}

void CallScriptPanel::startScript(int index)
{
    m_runner.reset();
    if (index >= 0) {
        attemptOrExplain(this, tr("Call script"), [&] {
            if (const auto script = CallScriptRepository(m_context).load(m_scripts->itemData(index).toLongLong()))
                m_runner.emplace(*script);
        });
    }
    showStep();
}

void CallScriptPanel::restart()
{
    if (m_runner)
        m_runner->restart();
    showStep();
}

bool CallScriptPanel::goBack()
{
    if (!m_runner || !m_runner->back())
        return false;
    showStep();
    return true;
}

void CallScriptPanel::choose(int index)
{
    if (!m_runner || index < 0 || index >= m_runner->answers().size())
        return;
    const std::optional<CallOutcome> outcome = m_runner->choose(index);
    showStep();
    if (outcome)
        emit outcomeReached(*outcome);
}

void CallScriptPanel::setCompany(const CompanyRecord &record)
{
    // The person to ask for: the first contact whose name can be addressed by name and patronymic, else the first.
    m_values.contactFullName.clear();
    for (const Contact &contact : record.contacts) {
        if (m_values.contactFullName.isEmpty())
            m_values.contactFullName = contact.fullName;
        if (!ScriptPlaceholders::nameAndPatronymic(contact.fullName).isEmpty()) {
            m_values.contactFullName = contact.fullName;
            break;
        }
    }
    showStep();
}

QString CallScriptPanel::shownText() const
{
    return m_text->text();
}

QString CallScriptPanel::currentText() const
{
    return m_runner ? m_runner->currentText() : QString();
}

QStringList CallScriptPanel::answers() const
{
    return m_runner ? m_runner->answers() : QStringList();
}

void CallScriptPanel::showStep()
{
    // Later: the button clicked may be the one that brought us here.
    for (QPushButton *button : std::as_const(m_answerButtons)) {
        button->hide();
        button->deleteLater();
    }
    m_answerButtons.clear();
    if (!m_runner) {
        m_stepTitle->clear();
        m_text->setText(tr("No call script: add one with \"Scripts…\"."));
        m_back->setEnabled(false);
        return;
    }
    const CallScriptStep &step = m_runner->currentStep();
    m_stepTitle->setText(step.title);
    QString html;
    for (const ScriptSegment &segment : ScriptPlaceholders::fill(step.text, m_values)) {
        const QString text = segment.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        switch (segment.kind) {
        case ScriptSegment::Kind::Plain:
            html += text;
            break;
        case ScriptSegment::Kind::Filled:
            html += QStringLiteral("<b>%1</b>").arg(text);
            break;
        case ScriptSegment::Kind::Blank:
            // A gap to fill in aloud, with the script's hint of what goes there.
            html += QStringLiteral("<span style=\"background-color: #fff1b8; color: #7a4f00; text-decoration: "
                                   "underline;\">&nbsp;&nbsp;%1&nbsp;&nbsp;</span>")
                        .arg(text);
            break;
        }
    }
    m_text->setText(html);
    m_back->setEnabled(m_runner->canGoBack());
    if (m_runner->isFinished())
        return;
    for (int i = 0; i < step.answers.size(); ++i) {
        const CallScriptAnswer &answer = step.answers.at(i);
        QString label = answer.text;
        if (const auto outcome = callOutcomeFromKey(answer.outcomeKey))
            label = tr("%1  → %2").arg(label, callOutcomeTitle(*outcome));
        auto *button = new QPushButton;
        button->setObjectName(QStringLiteral("scriptAnswer%1").arg(i + 1));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
        if (i < 9) {
            button->setText(QStringLiteral("%1  %2").arg(i + 1).arg(label));
        } else {
            button->setText(label);
        }
        connect(button, &QPushButton::clicked, this, [this, i] { choose(i); });
        m_answerLayout->addWidget(button);
        m_answerButtons.append(button);
    }
}

} // namespace voronka
