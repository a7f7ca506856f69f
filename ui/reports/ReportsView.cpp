#include "ReportsView.h"

#include "FigureCompaniesDialog.h"
#include "FunnelCalculatorPanel.h"
#include "ReportCharts.h"
#include "ReportCsvFile.h"
#include "ReportFilterBar.h"
#include "ReportPayPanel.h"
#include "ReportPlanPanel.h"
#include "ReportPrintout.h"
#include "ReportReader.h"
#include "ReportTableView.h"
#include "common/ChangeFollower.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "domain/Clock.h"
#include "reports/ReportTables.h"
#include "storage/ChangeHub.h"
#include "storage/Database.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace voronka {

namespace {
QChartView *chartView(const char *name)
{
    auto *view = new QChartView;
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 180);
    return view;
}

// Puts chart in view, deleting the one before (QChartView leaves that to its owner).
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *before = view->chart();
    view->setChart(chart);
    delete before;
}

QString dayText(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("d MMM yyyy"));
}

QString periodText(const ReportPeriod &period)
{
    return QStringLiteral("%1 – %2").arg(dayText(period.first()), dayText(period.last()));
}
} // namespace

ReportsView::ReportsView(DataContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_reader(std::make_unique<ReportReader>(this, context))
{
    setObjectName(QStringLiteral("reportsView"));
    const QTimeZone zone = QTimeZone::systemTimeZone();
    m_bar = new ReportFilterBar(context, context.clock.nowUtc().toTimeZone(zone).date(), zone);
    connect(m_bar, &ReportFilterBar::changed, this, &ReportsView::refresh);

    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(90);
    m_busy->setToolTip(tr("Computing the figures…"));
    m_busy->setVisible(false);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);

    // The funnel: the stages on top (all of them, no scrolling), under them the chart beside the conversions.
    m_stages = new ReportTableView(QStringLiteral("funnelStagesTable"));
    m_stages->setFitsRows(true);
    m_conversions = new ReportTableView(QStringLiteral("funnelConversionsTable"));
    m_conversions->setFitsRows(true);
    m_firstPayment = new QLabel;
    m_firstPayment->setObjectName(QStringLiteral("firstPaymentLabel"));
    m_firstPayment->setWordWrap(true);
    m_firstPayment->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // as wide as the table above it
    m_funnelChart = chartView("funnelChart");
    auto *conversionsPart = new QWidget;
    auto *conversionsLayout = new QVBoxLayout(conversionsPart);
    conversionsLayout->setContentsMargins(0, 0, 0, 0);
    conversionsLayout->addWidget(m_conversions);
    conversionsLayout->addWidget(m_firstPayment);
    conversionsLayout->addStretch();
    auto *funnelLower = new QHBoxLayout;
    funnelLower->addWidget(m_funnelChart, 1);
    funnelLower->addWidget(conversionsPart);
    auto *funnel = new QWidget;
    auto *funnelLayout = new QVBoxLayout(funnel);
    funnelLayout->addWidget(m_stages);
    funnelLayout->addLayout(funnelLower, 1);

    m_lost = new ReportTableView(QStringLiteral("lostReasonsTable"));
    m_lostChart = chartView("lostReasonsChart");
    // Each table as wide as its columns want, the chart beside it taking the rest.
    auto *lost = new QWidget;
    auto *lostLayout = new QHBoxLayout(lost);
    lostLayout->addWidget(m_lost);
    lostLayout->addWidget(m_lostChart, 1);

    m_activity = new ReportTableView(QStringLiteral("activityTable"));
    m_activity->setFitsRows(true);
    m_activityNote = new QLabel;
    m_activityNote->setObjectName(QStringLiteral("activityNote"));
    m_activityNote->setWordWrap(true);
    m_activityNote->setVisible(false);
    m_activityChart = chartView("activityChart");
    auto *activity = new QWidget;
    auto *activityLayout = new QVBoxLayout(activity);
    activityLayout->addWidget(m_activityNote);
    activityLayout->addWidget(m_activity);
    activityLayout->addWidget(m_activityChart, 1);

    m_trends = new ReportTableView(QStringLiteral("trendsTable"));
    m_trends->setFitsRows(true); // a month's weeks all in view; a longer period's scroll under a smaller chart
    m_trendsNote = new QLabel;
    m_trendsNote->setObjectName(QStringLiteral("trendsNote"));
    m_trendsNote->setWordWrap(true);
    m_trendsNote->setVisible(false);
    m_trendsChart = chartView("trendsChart");
    m_trendsChart->setMinimumHeight(240); // a year's weeks scroll in the table rather than squeeze the chart
    // The chart as wide as the tab, so that its legend has room for its five lines; the weeks under it.
    auto *trends = new QWidget;
    auto *trendsLayout = new QVBoxLayout(trends);
    trendsLayout->addWidget(m_trendsNote);
    trendsLayout->addWidget(m_trendsChart, 1);
    trendsLayout->addWidget(m_trends);

    // Every figure of the funnel opens to its companies.
    const QString opens = tr("Double-click a figure or press Enter to see its companies");
    m_stages->setToolTip(opens);
    m_lost->setToolTip(opens);
    connect(m_stages, &QAbstractItemView::activated, this, &ReportsView::openStageFigure);
    connect(m_lost, &QAbstractItemView::activated, this, &ReportsView::openLostReason);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(funnel, tr("Funnel"));
    m_tabs->addTab(lost, tr("Lost reasons"));
    m_tabs->addTab(activity, tr("Activity"));
    m_tabs->addTab(trends, tr("Trends"));

    m_plan = new ReportPlanPanel(context);
    connect(m_plan, &ReportPlanPanel::plansChanged, this, &ReportsView::refresh);
    m_pay = new ReportPayPanel(context);
    connect(m_pay, &ReportPayPanel::statementChanged, this, &ReportsView::refresh);
    connect(m_pay, &ReportPayPanel::companyActivated, this, &ReportsView::companyActivated);
    m_calculator = new FunnelCalculatorPanel(context);
    connect(m_calculator, &FunnelCalculatorPanel::plansChanged, this, &ReportsView::refresh);
    m_tabs->addTab(m_plan, tr("Plan"));
    m_tabs->addTab(m_pay, tr("Pay"));
    m_tabs->addTab(m_calculator, tr("Calculator"));
    // The calculator measures the whole department and sets everyone's plans: the head's alone.
    m_tabs->setTabVisible(CalculatorTab, context.db.viewer().seesEverything());
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReportsView::updateButtons);

    m_export = new QPushButton(tr("Export CSV…"));
    m_export->setObjectName(QStringLiteral("reportExportButton"));
    m_export->setToolTip(tr("Write the tables of this tab to a CSV file (%1)")
                             .arg(QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText)));
    connect(m_export, &QPushButton::clicked, this, &ReportsView::exportCsv);
    m_print = new QPushButton(tr("Print…"));
    m_print->setObjectName(QStringLiteral("reportPrintButton"));
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_print->setToolTip(tr("Print the tables of this tab, or save them as PDF (%1)")
                            .arg(m_print->shortcut().toString(QKeySequence::NativeText)));
    connect(m_print, &QPushButton::clicked, this, &ReportsView::print);
    // Under the tabs, not beside them: six tabs in Russian and two buttons do not share a 1024-pixel row.
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_busy);
    actions->addWidget(m_export);
    actions->addWidget(m_print);
    updateButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(actions);

    auto *refreshKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(refreshKey, &QShortcut::activated, this, [this] {
        m_bar->reloadSlices();
        refresh();
    });

    // Calls, meetings, moves, deals and payments are what the figures count; people's names and roles are on them.
    new ChangeFollower(
        this, context.db.changes(), ChangeFollower::WhileHidden::ReadWhenShown,
        [](const ChangeSet &changes) {
            for (const ChangeSet::Kind kind :
                 {ChangeSet::Kind::Company, ChangeSet::Kind::Deal, ChangeSet::Kind::Payment, ChangeSet::Kind::User})
                if (changes.touches(kind))
                    return true;
            return false;
        },
        [this](const ChangeSet &changes) {
            if (changes.touches(ChangeSet::Kind::User) || changes.touches(ChangeSet::Kind::Company))
                m_bar->reloadSlices();
            refresh();
        });
}

ReportsView::~ReportsView() = default;

bool ReportsView::isReading() const
{
    return m_reader->isReading();
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first read waits until the section is looked at: a window that opens elsewhere computes nothing.
    if (!m_asked)
        refresh();
}

void ReportsView::refresh()
{
    m_asked = true;
    m_reader->read(
        m_bar->request(), [this](const ReportFigures &figures) { showFigures(figures); },
        [this](const QString &problem) { showProblem(problem); });
    updateBusy();
}

void ReportsView::showHistoryPreparation(int percentDone)
{
    if (m_figures && m_figures->funnelNotReady)
        m_problem->setText(tr("Preparing the history for reports: %1%.").arg(percentDone));
}

void ReportsView::historyPrepared()
{
    if (!m_figures || !m_figures->funnelNotReady)
        return;
    if (isVisible())
        refresh();
    else
        m_asked = false; // read when shown
}

void ReportsView::updateBusy()
{
    m_busy->setVisible(m_reader->isReading());
}

void ReportsView::showProblem(const QString &problem)
{
    updateBusy();
    m_problem->setText(tr("The figures could not be read: %1").arg(problem));
    m_problem->setVisible(true);
}

void ReportsView::showFigures(const ReportFigures &figures)
{
    m_figures = figures;
    updateBusy();
    m_problem->setText(figures.funnelProblem);
    m_problem->setVisible(!figures.funnelProblem.isEmpty());

    const bool hasFunnel = figures.funnelProblem.isEmpty();
    const ReportTable stages = ReportTables::stages(figures.funnel);
    m_stages->setChangeColumn(int(stages.columns.size()) - 1);
    ReportTable emptyStages = stages;
    emptyStages.rows.clear();
    m_stages->setReport(hasFunnel ? stages : emptyStages);
    ReportTable conversions = ReportTables::conversions(figures.funnel.current);
    if (!hasFunnel)
        conversions.rows.clear();
    m_conversions->setReport(conversions);
    m_firstPayment->setText(hasFunnel ? firstPaymentText() : QString());
    replaceChart(m_funnelChart, ReportCharts::funnel(figures.funnel.current));
    ReportTable lost = ReportTables::lostReasons(figures.funnel.current);
    m_lost->setReport(lost);
    replaceChart(m_lostChart, ReportCharts::lostReasons(figures.funnel.current));

    m_activity->setReport(ReportTables::activity(figures.people));
    m_activityNote->setText(figures.activityProblem);
    m_activityNote->setVisible(!figures.activityProblem.isEmpty());
    replaceChart(m_activityChart, ReportCharts::activity(figures.people));
    m_trends->setReport(ReportTables::trends(figures.trends));
    m_trendsNote->setText(figures.trendsProblem);
    m_trendsNote->setVisible(!figures.trendsProblem.isEmpty());
    replaceChart(m_trendsChart, ReportCharts::trends(figures.trends, figures.request.period));
    m_plan->showFigures(figures);
    m_pay->showFigures(figures);
    m_calculator->showFigures(figures);
    emit refreshed();
}

void ReportsView::openStageFigure(const QModelIndex &index)
{
    if (!m_figures || !m_figures->funnelProblem.isEmpty())
        return;
    const QList<StageFigures> &stages = m_figures->funnel.current.stages;
    if (index.row() < 0 || index.row() >= stages.size())
        return;
    // The stage's name and its entries open the entries; the outcomes' cells their own; the rest are not counts.
    static const QList<StageOutcome> byColumn{StageOutcome::Entered, StageOutcome::Entered,   StageOutcome::Advanced,
                                              StageOutcome::Lost,    StageOutcome::MovedBack, StageOutcome::StillThere};
    if (index.column() >= byColumn.size())
        return;
    const StageFigures &stage = stages.at(index.row());
    const StageOutcome outcome = byColumn.at(index.column());
    const int column = index.column() == 0 ? 1 : index.column();
    const qint64 expected = m_stages->report().rows.value(index.row()).value(column).toLongLong();
    const QString title = tr("%1: %2").arg(companyStageTitle(stage.stage), m_stages->report().columns.value(column));
    const ReportRequest request = m_figures->request;
    openFigure(title, expected, [request, stage = stage.stage, outcome](const DataContext &context) {
        return FunnelFigureCompanies(context).stage(request.period, request.view, request.slice, stage, outcome);
    });
}

void ReportsView::openLostReason(const QModelIndex &index)
{
    if (!m_figures || !m_figures->funnelProblem.isEmpty())
        return;
    const QList<LostReasonFigure> &reasons = m_figures->funnel.current.lostReasons;
    if (index.row() < 0 || index.row() >= reasons.size())
        return;
    const LostReasonFigure reason = reasons.at(index.row());
    const QString title
        = tr("Lost: %1 (%2)")
              .arg(m_lost->report().rows.value(index.row()).value(1).toString(), companyStageTitle(reason.fromStage));
    const ReportRequest request = m_figures->request;
    openFigure(title, reason.count, [request, reason](const DataContext &context) {
        return FunnelFigureCompanies(context).lostReason(request.period, request.view, request.slice, reason.fromStage,
                                                         reason.reason);
    });
}

void ReportsView::openFigure(const QString &title, qint64 expected,
                             std::function<FigureCompanies(const DataContext &)> read)
{
    auto *dialog = new FigureCompaniesDialog(m_context, title, expected, std::move(read), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FigureCompaniesDialog::companyActivated, this, &ReportsView::companyActivated);
    dialog->show();
}

QString ReportsView::firstPaymentText() const
{
    const FunnelFigures &current = m_figures->funnel.current;
    const qint64 companies = current.firstPayments();
    if (companies == 0)
        return tr("No company made its first payment.");
    return tr("Days from the first call to the first payment: median %1, over %n company(ies).", nullptr,
              int(companies))
        .arg(QLocale().toString(current.medianDaysToFirstPayment().value_or(0)));
}

QList<ReportTable> ReportsView::currentTables() const
{
    switch (Tab(m_tabs->currentIndex())) {
    case FunnelTab:
        return {m_stages->report(), m_conversions->report()};
    case LostReasonsTab:
        return {m_lost->report()};
    case ActivityTab:
        return {m_activity->report()};
    case TrendsTab:
        return {m_trends->report()};
    case PlanTab:
        return m_figures && m_figures->planProblem.isEmpty() ? QList<ReportTable>{m_plan->table()->report()}
                                                             : QList<ReportTable>{};
    case PayTab:
        return m_figures && m_figures->payrollProblem.isEmpty() ? QList<ReportTable>{m_pay->table()->report()}
                                                                : QList<ReportTable>{};
    case CalculatorTab:
        return {}; // typed, not a report: nothing to export or print
    }
    return {};
}

void ReportsView::updateButtons()
{
    const bool report = m_tabs->currentIndex() != CalculatorTab;
    m_export->setEnabled(report);
    m_print->setEnabled(report);
}

QString ReportsView::tabTitle() const
{
    return m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'));
}

bool ReportsView::exportCsvTo(const QString &path)
{
    const QString problem = ReportCsvFile::write(path, currentTables());
    if (!problem.isEmpty()) {
        MessageBox::warning(this, tr("Export the report"), problem);
        return false;
    }
    return true;
}

void ReportsView::exportCsv()
{
    const ReportPeriod period = m_bar->period();
    const QString name
        = QStringLiteral("%1 %2 – %3.csv")
              .arg(tabTitle(), period.first().toString(Qt::ISODate), period.last().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report"), QDir::home().filePath(name),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

QString ReportsView::printHtml() const
{
    const ReportRequest request = m_figures ? m_figures->request : m_bar->request();
    QStringList about;
    about.append(tr("Period: %1").arg(periodText(request.period)));
    const int tab = m_tabs->currentIndex();
    if (tab == FunnelTab || tab == LostReasonsTab) {
        about.append(tr("Funnel: %1. %2").arg(funnelViewTitle(request.view), funnelViewExplanation(request.view)));
        about.append(tr("Compared with: %1").arg(periodText(request.period.previous())));
    }
    about.append(tr("Whose figures: %1").arg(m_bar->sliceTitle()));
    QList<ReportPrintout::Table> tables;
    for (const ReportTable &table : currentTables())
        tables.append({table, table.title == m_stages->report().title ? m_stages->changeColumn() : -1});
    QStringList notes;
    if (m_tabs->currentIndex() == FunnelTab && m_figures && m_figures->funnelProblem.isEmpty())
        notes.append(firstPaymentText());
    if (m_tabs->currentIndex() == ActivityTab && m_figures && !m_figures->activityProblem.isEmpty())
        notes.append(m_figures->activityProblem);
    if (m_tabs->currentIndex() == TrendsTab && m_figures && !m_figures->trendsProblem.isEmpty())
        notes.append(m_figures->trendsProblem);
    if (m_tabs->currentIndex() == PlanTab && m_figures && !m_figures->planProblem.isEmpty())
        notes.append(m_figures->planProblem);
    if (m_tabs->currentIndex() == PayTab && m_figures && !m_figures->payrollProblem.isEmpty())
        notes.append(m_figures->payrollProblem);
    return ReportPrintout::html(tr("Report: %1").arg(tabTitle()), about, tables, notes);
}

void ReportsView::printTo(QPrinter &printer) const
{
    ReportPrintout::print(printer, printHtml());
}

void ReportsView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    ReportPrintout::setUp(printer);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("reportPrintPreview"));
    preview.setWindowTitle(tr("Print the report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *paper) { printTo(*paper); });
    ModalDialog::exec(preview);
}

} // namespace voronka
