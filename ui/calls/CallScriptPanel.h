#pragma once

#include "domain/CallOutcome.h"
#include "domain/CompanyRecord.h"
#include "funnel/ScriptPlaceholders.h"
#include "funnel/ScriptRunner.h"
#include "storage/DataContext.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace voronka {

// The call script beside the company in call mode: the step's text to say and the answers the other side may
// give, as buttons with the digit keys 1–9. An answer leads to the next step or, when it ends the call, reports
// the outcome; Backspace goes back a step, so a mis-click costs nothing. The step's placeholders are filled from the
// company's contact and the caller (ScriptPlaceholders); what nothing fills shows as a marked blank to say aloud.
class CallScriptPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CallScriptPanel(DataContext context, QWidget *parent = nullptr);

    // Reads the scripts again (after they were edited), keeping the one chosen when it still exists.
    void reloadScripts();
    // Back to the first step, for the next company.
    void restart();
    // The company being called: its contact fills the script's placeholders.
    void setCompany(const CompanyRecord &record);
    // Undoes the last answer (also one that ended the call); false when there is nothing to undo.
    bool goBack();
    // Follows answer index of the current step, as a click on its button does.
    void choose(int index);

    bool hasScript() const { return m_runner.has_value(); }
    // The step's text as written in the script, placeholders and all.
    QString currentText() const;
    // The step's text as shown: placeholders filled or marked as blanks (rich text).
    QString shownText() const;
    QStringList answers() const;
    QList<QPushButton *> answerButtons() const { return m_answerButtons; }

signals:
    void outcomeReached(voronka::CallOutcome outcome);
    void editScriptsRequested();

private:
    void startScript(int index);
    void showStep();

    DataContext m_context;
    std::optional<ScriptRunner> m_runner;
    ScriptPlaceholderValues m_values;
    QComboBox *m_scripts = nullptr;
    QLabel *m_stepTitle = nullptr;
    QLabel *m_text = nullptr;
    QVBoxLayout *m_answerLayout = nullptr;
    QList<QPushButton *> m_answerButtons;
    QPushButton *m_back = nullptr;
};

} // namespace voronka
