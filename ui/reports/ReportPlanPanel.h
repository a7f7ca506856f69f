#pragma once

#include "ReportFigures.h"
#include "storage/DataContext.h"

#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;

namespace voronka {

class ReportTableView;

// The Reports section's Plan tab: each person's plan against the actual for the bar's month (core's PlanReport, as
// ReportTables::plan lays it out), a line behind the pace in red. A period that is not a whole month shows why there is
// no plan instead. The head sets a person's plan for the month (double click on a line, or "Set plan…"): a small
// dialog asks the figure, PlanEditor stores it, and plansChanged() asks the section to read again. Under the table a
// chart shows each person's main figure against the pace (ReportCharts::planAgainstActual). The head also sets each
// role's norms ("Norms…", PlanNormsDialog).
class ReportPlanPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPlanPanel(DataContext context, QWidget *parent = nullptr);

    void showFigures(const ReportFigures &figures);
    ReportTableView *table() const { return m_table; }
    QLabel *note() const { return m_note; }
    QPushButton *setPlanButton() const { return m_setPlan; }
    QPushButton *normsButton() const { return m_norms; }
    QChartView *chart() const { return m_chart; }
    // Whether the table's row is behind the pace (shown in red).
    bool isBehind(int row) const;

public slots:
    // Asks the head for the plan of the row's person and figure for the month, and stores it.
    void editPlan(int row);
    // The head's norms dialog; the section reads again after a change.
    void editNorms();

signals:
    void plansChanged();

private:
    void updateButton();

    struct Row
    {
        qint64 userId = 0;
        QString person;
        PlanLine line;
    };

    DataContext m_context;
    bool m_edits = false; // the viewer sets plans (the head)
    QString m_month; // "2026-11": the month shown
    QList<Row> m_rows; // the table's rows, in order
    ReportTableView *m_table = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_setPlan = nullptr;
    QPushButton *m_norms = nullptr;
    QChartView *m_chart = nullptr;
};

} // namespace voronka
