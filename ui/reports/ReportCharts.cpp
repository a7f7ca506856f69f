#include "ReportCharts.h"

#include "domain/Money.h"
#include "reports/PlanMetrics.h"
#include "reports/TrendReport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace voronka {

namespace {
QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

// A count axis from 0 with whole-number ticks and room above the highest bar for its label.
QValueAxis *countAxis(qreal highest)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max<qreal>(4, highest * 1.15));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

} // namespace

QString ReportCharts::stageCategory(const FunnelFigures &figures, CompanyStage stage)
{
    const QString title = companyStageTitle(stage);
    const std::optional<CompanyStage> next = FunnelFigures::nextOnConveyor(stage);
    if (!next)
        return title;
    const std::optional<double> share = figures.conversion(stage, *next);
    if (!share)
        return title;
    return tr("%1 · %2% on").arg(title, QLocale().toString(*share * 100.0, 'f', 0));
}

QChart *ReportCharts::funnel(const FunnelFigures &figures)
{
    QChart *chart = newChart();
    auto *entered = new QBarSet(tr("Entered"));
    entered->setLabelColor(Qt::black);
    QStringList categories;
    qreal highest = 0;
    // Drawn as a funnel, from the top: a horizontal chart draws its first category at the bottom.
    for (auto stage = figures.stages.crbegin(); stage != figures.stages.crend(); ++stage) {
        entered->append(qreal(stage->entered));
        highest = std::max(highest, qreal(stage->entered));
        categories.append(stageCategory(figures, stage->stage));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(entered);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *stages = new QBarCategoryAxis;
    stages->append(categories);
    chart->addAxis(stages, Qt::AlignLeft);
    series->attachAxis(stages);
    QValueAxis *counts = countAxis(highest);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->legend()->hide();
    chart->setTitle(tr("Entries per stage, and the share that went on to the next"));
    return chart;
}

QChart *ReportCharts::lostReasons(const FunnelFigures &figures)
{
    QChart *chart = newChart();
    const QList<LostReasonFigure> shown = figures.lostReasons.mid(0, shownLostReasons);
    chart->legend()->hide();
    if (shown.isEmpty()) {
        chart->setTitle(tr("Nothing was lost in the period"));
        return chart;
    }
    auto *lost = new QBarSet(tr("Lost"));
    lost->setLabelColor(Qt::black);
    QStringList categories;
    qreal highest = 0;
    // A horizontal chart draws its first category at the bottom: the most frequent goes last, on top.
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        lost->append(qreal(it->count));
        highest = std::max(highest, qreal(it->count));
        const QString reason = it->reason.isEmpty() ? tr("(not given)") : it->reason;
        // Rich text: the reason, and under it the stage it was lost from.
        categories.append(tr("%1<br>(%2)").arg(reason.toHtmlEscaped(), companyStageTitle(it->fromStage)));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(lost);
    // A few reasons get slim bars, not slabs a third of the chart high.
    series->setBarWidth(std::min(0.6, 0.12 * qreal(shown.size())));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *reasons = new QBarCategoryAxis;
    reasons->append(categories);
    chart->addAxis(reasons, Qt::AlignLeft);
    series->attachAxis(reasons);
    QValueAxis *counts = countAxis(highest);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->setTitle(tr("The most frequent lost reasons"));
    return chart;
}

QChart *ReportCharts::activity(const QList<PersonActuals> &people)
{
    QChart *chart = newChart();
    const struct
    {
        QString title;
        qint64 PersonActivity::*figure;
    } figures[] = {
        {tr("Meetings booked"), &PersonActivity::meetingsBooked},
        {tr("Meetings held"), &PersonActivity::meetingsHeld},
        {tr("Offers"), &PersonActivity::offers},
        {tr("Contracts"), &PersonActivity::contracts},
        {tr("First payments"), &PersonActivity::firstPayments},
    };
    QList<PersonActuals> shown;
    for (const PersonActuals &line : people) {
        if (std::any_of(std::begin(figures), std::end(figures),
                        [&line](const auto &figure) { return line.work.*figure.figure != 0; }))
            shown.append(line);
    }
    if (shown.isEmpty()) {
        chart->legend()->hide();
        chart->setTitle(tr("No meetings, offers, contracts or first payments in the period"));
        return chart;
    }
    auto *series = new QBarSeries;
    qreal highest = 0;
    for (const auto &figure : figures) {
        auto *set = new QBarSet(figure.title);
        set->setLabelColor(Qt::black);
        for (const PersonActuals &line : std::as_const(shown)) {
            set->append(qreal(line.work.*figure.figure));
            highest = std::max(highest, qreal(line.work.*figure.figure));
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    QStringList names;
    // The labels are rich text: the name on two lines where it has a space, so that it is not cut short.
    for (const PersonActuals &line : std::as_const(shown))
        names.append(line.person.fullName.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("<br>")));
    auto *axis = new QBarCategoryAxis;
    axis->append(names);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QValueAxis *counts = countAxis(highest);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

QChart *ReportCharts::trends(const QList<WeekTrend> &weeks, const ReportPeriod &period)
{
    QChart *chart = newChart();
    const QList<ReportPeriod> all = TrendReport::weeks(period);
    if (all.isEmpty() || weeks.isEmpty()) {
        chart->legend()->hide();
        chart->setTitle(all.isEmpty() ? tr("No weeks in the period") : tr("The period has not begun yet"));
        return chart;
    }
    const struct
    {
        QString title;
        qint64 TrendCounts::*figure;
        bool many; // on the left axis, with the calls
    } lines[] = {
        {tr("Calls"), &TrendCounts::calls, true},
        {tr("Conversations"), &TrendCounts::conversations, true},
        {tr("Meetings held"), &TrendCounts::meetingsHeld, false},
        {tr("Contracts"), &TrendCounts::contracts, false},
        {tr("First payments"), &TrendCounts::firstPayments, false},
    };
    // Each week at its first day (local noon, clear of any change of the clocks); the axis has the period's every
    // week, the lines stop at the week of today.
    auto *days = new QDateTimeAxis;
    days->setFormat(all.first().first().year() == all.last().last().year() ? QStringLiteral("dd.MM")
                                                                           : QStringLiteral("dd.MM.yy"));
    days->setTickCount(int(std::clamp<qsizetype>(all.size(), 2, 7)));
    const auto at = [](const QDate &day) { return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch()); };
    days->setRange(QDateTime(all.first().first(), QTime(12, 0)),
                   QDateTime(std::max(all.last().first(), all.first().first().addDays(1)), QTime(12, 0)));
    chart->addAxis(days, Qt::AlignBottom);
    qreal many = 0;
    qreal few = 0;
    QList<QLineSeries *> series;
    for (const auto &line : lines) {
        auto *points = new QLineSeries;
        points->setName(line.title);
        points->setPointsVisible(weeks.size() <= 10);
        for (const WeekTrend &week : weeks) {
            const qreal value = qreal(week.counts.*line.figure);
            points->append(at(week.first), value);
            (line.many ? many : few) = std::max(line.many ? many : few, value);
        }
        chart->addSeries(points);
        points->attachAxis(days);
        series.append(points);
    }
    QValueAxis *calls = countAxis(many);
    calls->setTitleText(tr("Calls"));
    chart->addAxis(calls, Qt::AlignLeft);
    QValueAxis *results = countAxis(few);
    results->setTitleText(tr("Results"));
    chart->addAxis(results, Qt::AlignRight);
    for (qsizetype n = 0; n < series.size(); ++n)
        series.at(n)->attachAxis(lines[n].many ? calls : results);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

qreal ReportCharts::percentOfPlan(qint64 figure, qint64 plan)
{
    if (plan <= 0)
        return figure > 0 ? 100.0 : 0.0;
    return qreal(figure) * 100.0 / qreal(plan);
}

QString ReportCharts::planCategory(const PersonPlan &person)
{
    // Rich text: the name on two lines where it has a space, so that it is not cut short under a narrow group of bars
    // (the figures themselves are the table's).
    return person.person.fullName.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("<br>"));
}

QChart *ReportCharts::planAgainstActual(const QList<PersonPlan> &plans)
{
    QChart *chart = newChart();
    QList<QPair<const PersonPlan *, PlanLine>> shown;
    for (const PersonPlan &person : plans) {
        if (const std::optional<PlanLine> main = PlanReport::mainLine(person))
            shown.append({&person, *main});
    }
    if (shown.isEmpty()) {
        chart->legend()->hide();
        chart->setTitle(tr("Nobody with a plan"));
        return chart;
    }
    // The legend says what the bars are; no title above it, to leave the bars room on a small screen.
    auto *pace = new QBarSet(tr("Main figure due by today, % of plan"));
    pace->setColor(QColor(0xb8, 0xc4, 0xd6));
    pace->setLabelColor(Qt::black);
    auto *actual = new QBarSet(tr("Done (red: behind the pace)"));
    actual->setColor(QColor(0x2e, 0x7d, 0x32));
    actual->setSelectedColor(QColor(0xb0, 0x00, 0x20)); // behind the pace
    actual->setLabelColor(Qt::black);
    QStringList categories;
    qreal highest = 100;
    for (const auto &[person, line] : std::as_const(shown)) {
        pace->append(std::round(percentOfPlan(line.pace, line.plan)));
        actual->append(std::round(percentOfPlan(line.actual, line.plan)));
        if (line.behind())
            actual->selectBar(int(actual->count()) - 1);
        highest = std::max({highest, percentOfPlan(line.pace, line.plan), percentOfPlan(line.actual, line.plan)});
        categories.append(planCategory(*person));
    }
    auto *series = new QBarSeries;
    series->append(pace);
    series->append(actual);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *people = new QBarCategoryAxis;
    people->append(categories);
    chart->addAxis(people, Qt::AlignBottom);
    series->attachAxis(people);
    QValueAxis *shares = countAxis(highest);
    shares->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(shares, Qt::AlignLeft);
    series->attachAxis(shares);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

} // namespace voronka
