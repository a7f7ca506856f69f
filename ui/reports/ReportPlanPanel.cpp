#include "ReportPlanPanel.h"

#include "PlanNormsDialog.h"
#include "ReportCharts.h"
#include "ReportFilterBar.h"
#include "ReportTableView.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "domain/Money.h"
#include "reports/PlanEditor.h"
#include "reports/PlanMetrics.h"
#include "reports/ReportError.h"
#include "reports/ReportTables.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace voronka {

namespace {
const QColor behindColour(0xb0, 0x00, 0x20);
} // namespace

ReportPlanPanel::ReportPlanPanel(DataContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_edits(context.db.viewer().seesEverything())
{
    setObjectName(QStringLiteral("reportPlanPanel"));
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("planNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_table = new ReportTableView(QStringLiteral("planTable"));
    m_setPlan = new QPushButton(tr("Set plan…"));
    m_setPlan->setObjectName(QStringLiteral("setPlanButton"));
    m_setPlan->setToolTip(tr("Set the selected person's plan of this figure for the month (or double click the line)"));
    m_setPlan->setVisible(m_edits);
    connect(m_setPlan, &QPushButton::clicked, this, [this] { editPlan(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (m_edits)
            editPlan(row);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ReportPlanPanel::updateButton);
    auto *legend = new QLabel(tr("Lines behind the pace (where the person should be by today) are in red."));
    legend->setObjectName(QStringLiteral("planLegend"));
    legend->setWordWrap(true);
    m_norms = new QPushButton(tr("Norms…"));
    m_norms->setObjectName(QStringLiteral("normsButton"));
    m_norms->setToolTip(tr("Each role's monthly norm: the plan of a month without a plan of its own"));
    m_norms->setVisible(m_edits);
    connect(m_norms, &QPushButton::clicked, this, &ReportPlanPanel::editNorms);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(legend, 1);
    bottom->addWidget(m_norms);
    bottom->addWidget(m_setPlan);

    m_chart = new QChartView;
    m_chart->setObjectName(QStringLiteral("planChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(240, 180);
    // The chart under the table, as on the Activity tab: beside it, the plan's six columns would not fit a
    // 1024-pixel screen in Russian.
    auto *figures = new QVBoxLayout;
    figures->addWidget(m_table, 1);
    figures->addWidget(m_chart, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(figures, 1);
    layout->addLayout(bottom);
    updateButton();
}

void ReportPlanPanel::showFigures(const ReportFigures &figures)
{
    m_month = PlanReport::monthKey(figures.request.period.first());
    m_rows.clear();
    for (const PersonPlan &person : figures.plans) {
        for (const PlanLine &line : person.lines)
            m_rows.append({person.person.id, person.person.fullName, line});
    }
    m_table->setReport(ReportTables::plan(figures.plans));
    for (int row = 0; row < m_rows.size() && row < m_table->rowCount(); ++row) {
        if (!isBehind(row))
            continue;
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column))
                item->setForeground(behindColour);
        }
    }
    m_note->setText(figures.planProblem);
    m_note->setVisible(!figures.planProblem.isEmpty());
    m_table->setVisible(figures.planProblem.isEmpty());
    QChart *before = m_chart->chart(); // QChartView leaves deleting the chart it had to its owner
    m_chart->setChart(
        ReportCharts::planAgainstActual(figures.planProblem.isEmpty() ? figures.plans : QList<PersonPlan>{}));
    delete before;
    m_chart->setVisible(figures.planProblem.isEmpty());
    updateButton();
}

bool ReportPlanPanel::isBehind(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).line.behind();
}

void ReportPlanPanel::updateButton()
{
    const int row = m_table->currentRow();
    m_setPlan->setEnabled(m_edits && row >= 0 && row < m_rows.size());
}

void ReportPlanPanel::editPlan(int row)
{
    if (!m_edits || row < 0 || row >= m_rows.size())
        return;
    const Row &chosen = m_rows.at(row);
    const bool money = PlanMetrics::isMoney(chosen.line.metric);
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("planDialog"));
    ask.setWindowTitle(tr("Set plan"));
    const QString monthName
        = ReportFilterBar::monthName(QDate::fromString(m_month + QStringLiteral("-01"), Qt::ISODate));
    ask.setLabelText(tr("%1, %2 for %3:").arg(chosen.person, PlanMetrics::title(chosen.line.metric), monthName));
    if (money) {
        ask.setInputMode(QInputDialog::DoubleInput);
        ask.setDoubleDecimals(2);
        ask.setDoubleRange(0, 1e12);
        ask.setDoubleValue(double(chosen.line.plan) / 100.0);
    } else {
        ask.setInputMode(QInputDialog::IntInput);
        ask.setIntRange(0, 1000000000);
        ask.setIntValue(int(chosen.line.plan));
    }
    if (ModalDialog::exec(ask) != QDialog::Accepted)
        return;
    const qint64 target = money ? qint64(std::llround(ask.doubleValue() * 100.0)) : qint64(ask.intValue());
    try {
        PlanEditor(m_context).setPlans({{chosen.userId, m_month, chosen.line.metric, target}});
    } catch (const ReportError &error) {
        MessageBox::warning(this, tr("Set plan"), error.message());
        return;
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("Set plan"), error.message());
        return;
    }
    emit plansChanged();
}

void ReportPlanPanel::editNorms()
{
    if (!m_edits)
        return;
    PlanNormsDialog norms(m_context, this);
    if (ModalDialog::exec(norms) == QDialog::Accepted && !norms.saved().isEmpty())
        emit plansChanged();
}

} // namespace voronka
