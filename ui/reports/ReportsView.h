#pragma once

#include "ReportFigures.h"
#include "reports/FunnelFigureCompanies.h"
#include "reports/ReportTable.h"
#include "storage/DataContext.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QChartView;
class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace voronka {

class FunnelCalculatorPanel;
class ReportFilterBar;
class ReportPayPanel;
class ReportPlanPanel;
class ReportReader;
class ReportTableView;

// The Reports section: the funnel from its history (each stage's entries and what became of them, beside the previous
// period of the same length; the conversions; the days from the first call to the first payment), the lost reasons,
// each person's activity, the weekly trends, plan against actual, the month's pay and (for the head) the funnel
// calculator, each as a table (core's ReportTable, the same the CSV file and the printout have) beside a chart. Every
// figure of the funnel and the lost reasons opens to its companies (FigureCompaniesDialog), and a company to its card.
// The bar on top chooses the period, the reading of the funnel and, for the head, whose figures. Every read runs on a
// worker with its own connection (ReportReader) while the figures shown stay and a busy bar moves; a filter changed
// meanwhile drops the older read. The figures follow the base (ChangeHub) and F5.
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    enum Tab { FunnelTab, LostReasonsTab, ActivityTab, TrendsTab, PlanTab, PayTab, CalculatorTab };

    explicit ReportsView(DataContext context, QWidget *parent = nullptr);
    ~ReportsView() override;

    ReportFilterBar *filterBar() const { return m_bar; }
    QTabWidget *tabs() const { return m_tabs; }
    ReportTableView *stagesTable() const { return m_stages; }
    ReportTableView *conversionsTable() const { return m_conversions; }
    ReportTableView *lostReasonsTable() const { return m_lost; }
    ReportTableView *activityTable() const { return m_activity; }
    ReportTableView *trendsTable() const { return m_trends; }
    QChartView *trendsChart() const { return m_trendsChart; }
    ReportPlanPanel *planPanel() const { return m_plan; }
    ReportPayPanel *payPanel() const { return m_pay; }
    FunnelCalculatorPanel *calculatorPanel() const { return m_calculator; }
    QChartView *funnelChart() const { return m_funnelChart; }
    QChartView *lostReasonsChart() const { return m_lostChart; }
    QChartView *activityChart() const { return m_activityChart; }
    // The figures shown; none before the first read is in.
    const std::optional<ReportFigures> &figures() const { return m_figures; }
    // A read is under way (the busy bar shows).
    bool isReading() const;

    // The tables of the tab in view, as the CSV file and the printout have them.
    QList<ReportTable> currentTables() const;
    // Writes currentTables() to path; false (after telling the user why) when the file could not be written.
    bool exportCsvTo(const QString &path);
    // The tab in view as printed: a heading, the period, the view and whose figures, the tables.
    QString printHtml() const;
    void printTo(QPrinter &printer) const;

public slots:
    // Computes the figures for the bar's choice again, on the worker (F5).
    void refresh();
    // Asks for a file and writes the tab in view to it (Ctrl+E, through the window's Export).
    void exportCsv();
    // The tab in view in a print preview, to print or save as PDF (Ctrl+P).
    void print();
    // The history of an upgraded base being prepared for the reports (BackgroundFunnelBackfill): the funnel's line
    // follows it while the funnel waits for it, and the figures are read again once it is done.
    void showHistoryPreparation(int percentDone);
    void historyPrepared();

signals:
    // The figures of the latest read are shown.
    void refreshed();
    // A line of the statement was double-clicked: show the company behind it.
    void companyActivated(qint64 companyId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showFigures(const ReportFigures &figures);
    // The companies behind the figure of the funnel's stages table at row and column (the entries and their outcomes),
    // or behind a lost reason's line, in a dialog of their own.
    void openStageFigure(const QModelIndex &index);
    void openLostReason(const QModelIndex &index);
    void openFigure(const QString &title, qint64 expected, std::function<FigureCompanies(const DataContext &)> read);
    void showProblem(const QString &problem);
    void updateBusy();
    void updateButtons();
    QString firstPaymentText() const;
    QString tabTitle() const;

    DataContext m_context;
    std::unique_ptr<ReportReader> m_reader;
    std::optional<ReportFigures> m_figures;
    bool m_asked = false; // a read was asked for at least once
    ReportFilterBar *m_bar = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_problem = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReportTableView *m_stages = nullptr;
    ReportTableView *m_conversions = nullptr;
    QLabel *m_firstPayment = nullptr;
    ReportTableView *m_lost = nullptr;
    ReportTableView *m_activity = nullptr;
    QLabel *m_activityNote = nullptr;
    ReportTableView *m_trends = nullptr;
    QLabel *m_trendsNote = nullptr;
    QChartView *m_trendsChart = nullptr;
    ReportPlanPanel *m_plan = nullptr;
    ReportPayPanel *m_pay = nullptr;
    FunnelCalculatorPanel *m_calculator = nullptr;
    QChartView *m_funnelChart = nullptr;
    QChartView *m_lostChart = nullptr;
    QChartView *m_activityChart = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace voronka
