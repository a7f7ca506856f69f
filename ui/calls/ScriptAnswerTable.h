#pragma once

#include "domain/CallScript.h"

#include <QTableWidget>

class QComboBox;

namespace voronka {

// The answers of one script step: the answer's text, and where it leads, chosen from the script's steps
// ("→ Pitch") and the call outcomes a script may end in ("ends the call: Meeting booked").
class ScriptAnswerTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { TextColumn, LeadsToColumn, ColumnCount };

    explicit ScriptAnswerTable(QWidget *parent = nullptr);

    // steps are the steps an answer may lead to (the whole script).
    void setAnswers(const QList<CallScriptAnswer> &answers, const QList<CallScriptStep> &steps);
    // Refreshes the step choices after steps were renamed, added or removed; the answers keep what they lead to.
    void setTargets(const QList<CallScriptStep> &steps);
    QList<CallScriptAnswer> answers() const { return m_answers; }

    // Appends an empty answer and starts editing its text.
    void addAnswer();
    void removeCurrentAnswer();
    // Takes the text of an answer still being typed in its cell.
    void commitOpenEditor();

    QComboBox *leadsToCombo(int row) const;

signals:
    void edited();

private:
    void fillRow(int row);
    void fillLeadsTo(QComboBox *combo, const CallScriptAnswer &answer) const;
    void chooseLeadsTo(int row, const QComboBox *combo);

    QList<CallScriptAnswer> m_answers;
    QList<CallScriptStep> m_steps;
};

} // namespace voronka
