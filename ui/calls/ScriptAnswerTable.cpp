#include "ScriptAnswerTable.h"

#include "domain/CallOutcome.h"
#include "storage/CallScriptRepository.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>

namespace voronka {

namespace {
// Where a choice of the "leads to" combo leads: a step id or an outcome key (the other one empty).
constexpr int NextStepRole = Qt::UserRole;
constexpr int OutcomeRole = Qt::UserRole + 1;
} // namespace

ScriptAnswerTable::ScriptAnswerTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("answerTable"));
    setHorizontalHeaderLabels({tr("Answer"), tr("Leads to")});
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(LeadsToColumn, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != TextColumn || item->row() >= m_answers.size())
            return;
        m_answers[item->row()].text = item->text();
        emit edited();
    });
}

void ScriptAnswerTable::setAnswers(const QList<CallScriptAnswer> &answers, const QList<CallScriptStep> &steps)
{
    m_answers = answers;
    m_steps = steps;
    const QSignalBlocker blocker(this);
    setRowCount(0);
    setRowCount(int(m_answers.size()));
    for (int row = 0; row < m_answers.size(); ++row)
        fillRow(row);
}

void ScriptAnswerTable::setTargets(const QList<CallScriptStep> &steps)
{
    m_steps = steps;
    for (int row = 0; row < m_answers.size(); ++row) {
        QComboBox *combo = leadsToCombo(row);
        const QSignalBlocker blocker(combo);
        fillLeadsTo(combo, m_answers.at(row));
    }
}

void ScriptAnswerTable::fillRow(int row)
{
    setItem(row, TextColumn, new QTableWidgetItem(m_answers.at(row).text));
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("leadsToCombo"));
    fillLeadsTo(combo, m_answers.at(row));
    // Rows are only appended or the whole table refilled, so the row stays right for the combo's life.
    connect(combo, &QComboBox::currentIndexChanged, this, [this, row, combo] { chooseLeadsTo(row, combo); });
    setCellWidget(row, LeadsToColumn, combo);
}

void ScriptAnswerTable::fillLeadsTo(QComboBox *combo, const CallScriptAnswer &answer) const
{
    combo->clear();
    combo->addItem(tr("Choose where it leads…"));
    for (const auto &step : m_steps) {
        combo->addItem(tr("→ %1").arg(step.title.trimmed().isEmpty() ? step.id : step.title));
        combo->setItemData(combo->count() - 1, step.id, NextStepRole);
    }
    combo->insertSeparator(combo->count());
    for (const QString &key : CallScriptRepository::outcomeKeys()) {
        const auto outcome = callOutcomeFromKey(key);
        combo->addItem(tr("ends the call: %1").arg(outcome ? callOutcomeTitle(*outcome) : key));
        combo->setItemData(combo->count() - 1, key, OutcomeRole);
    }
    int current = 0;
    for (int index = 1; index < combo->count(); ++index) {
        const QString next = combo->itemData(index, NextStepRole).toString();
        const QString outcome = combo->itemData(index, OutcomeRole).toString();
        if ((!next.isEmpty() && next == answer.nextStepId) || (!outcome.isEmpty() && outcome == answer.outcomeKey))
            current = index;
    }
    combo->setCurrentIndex(current);
}

void ScriptAnswerTable::chooseLeadsTo(int row, const QComboBox *combo)
{
    m_answers[row].nextStepId = combo->currentData(NextStepRole).toString();
    m_answers[row].outcomeKey = combo->currentData(OutcomeRole).toString();
    emit edited();
}

void ScriptAnswerTable::addAnswer()
{
    m_answers.append(CallScriptAnswer());
    const int row = int(m_answers.size()) - 1;
    {
        const QSignalBlocker blocker(this);
        insertRow(row);
        fillRow(row);
    }
    setCurrentCell(row, TextColumn);
    editItem(item(row, TextColumn));
    emit edited();
}

void ScriptAnswerTable::removeCurrentAnswer()
{
    const int row = currentRow();
    if (row < 0 || row >= m_answers.size())
        return;
    m_answers.removeAt(row);
    setAnswers(m_answers, m_steps);
    if (!m_answers.isEmpty())
        setCurrentCell(std::min(row, int(m_answers.size()) - 1), TextColumn);
    emit edited();
}

void ScriptAnswerTable::commitOpenEditor()
{
    if (state() != QAbstractItemView::EditingState)
        return;
    const QModelIndex current = currentIndex();
    setCurrentIndex(QModelIndex()); // leaving the cell commits what is typed in it
    setCurrentIndex(current);
}

QComboBox *ScriptAnswerTable::leadsToCombo(int row) const
{
    return qobject_cast<QComboBox *>(cellWidget(row, LeadsToColumn));
}

} // namespace voronka
