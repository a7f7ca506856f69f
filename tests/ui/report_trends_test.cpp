// The Reports section's weekly trends (a tab with its table, line chart, CSV and printout), every figure of the funnel
// opened to its companies (and a company on to its card), and an import's companies as a slice: a small dated history
// made through the real funnel on the fake clock, driven through the real widgets offscreen.
#include "domain/Viewer.h"
#include "funnel/CallOutcomes.h"
#include "funnel/StageMover.h"
#include "reports/FigureCompaniesDialog.h"
#include "reports/ReportFilterBar.h"
#include "reports/ReportTableView.h"
#include "reports/ReportTables.h"
#include "reports/ReportsView.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/ImportBatchRepository.h"
#include "storage/LostReasonRepository.h"
#include "storage/SqlStatement.h"
#include "support/ScopedTimeZone.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
// In UTC (the process's zone too). November 2026's weeks: the 1st (a Sunday), 2-8, 9-15, 16-22, 23-29, the 30th.
//   N1..N4 entered by hand on 2 Nov; I1, I2 imported on 2 Nov from clients.csv.
//   3 Nov: N1 no answer (calling), N2 refused (calling, then lost), N3 meeting booked (calling, then meeting), I1 no
//   answer (calling). 10 Nov: N1 busy; N3 lost at the meeting.
struct History
{
    History()
    {
        caller = createUser(base, QStringLiteral("caller"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
        closer = createUser(base, QStringLiteral("closer"), QStringLiteral("Дмитрий Сделкин"), UserRole::Closer);
        reasons = LostReasonRepository(base.context()).list();
        REQUIRE(reasons.size() >= 3);

        at(11, 2);
        n1 = company(QStringLiteral("N1"));
        n2 = company(QStringLiteral("N2"));
        n3 = company(QStringLiteral("N3"));
        company(QStringLiteral("N4"));
        ImportBatchRepository imports(base.context());
        batch.fileName = QStringLiteral("/home/head/lists/clients.csv");
        batch.id = imports.begin(batch);
        i1 = company(QStringLiteral("I1"));
        const qint64 i2 = company(QStringLiteral("I2"));
        SqlStatement::run(base.db().connection(),
                          QStringLiteral("UPDATE companies SET import_batch_id = ? WHERE id IN (?, ?)"),
                          {batch.id, i1, i2});
        imports.finish(batch);
        batch = *imports.find(batch.id);

        at(11, 3);
        calls().noAnswer(n1, version(n1));
        calls().refused(n2, version(n2), reasons.at(0).id);
        calls().meetingBooked(n3, version(n3), booking(QDate(2026, 11, 5)));
        calls().noAnswer(i1, version(i1));
        at(11, 10);
        calls().busy(n1, version(n1));
        CompanyMove move;
        move.to = CompanyStage::Lost;
        move.lostReasonId = reasons.at(2).id;
        StageMover(base.contextAs(closer)).moveCompany(n3, version(n3), move);
        at(11, 25, 9);
    }

    void at(int month, int day, int hour = 10)
    {
        base.clock().set(QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC));
    }
    qint64 company(const QString &name)
    {
        const qint64 id = createCompany(base, QStringLiteral("ООО «%1»").arg(name), CompanyStage::Cold, caller);
        createPhone(base, id, QStringLiteral("+7495%1").arg(1000000 + id));
        return id;
    }
    qint64 version(qint64 id) { return CompanyFunnelRepository(base.context()).find(id)->version; }
    CallOutcomes calls()
    {
        CallOutcomeOptions options;
        options.timeZone = QTimeZone::utc();
        return CallOutcomes(base.contextAs(caller), options);
    }
    MeetingBooking booking(const QDate &day) const
    {
        MeetingBooking meeting;
        meeting.date = day;
        meeting.time = QTime(11, 0);
        meeting.place = QStringLiteral("Офис клиента");
        meeting.closerId = closer;
        return meeting;
    }

    ScopedTimeZone utc{QByteArrayLiteral("UTC")};
    TestDatabase base;
    qint64 caller = 0;
    qint64 closer = 0;
    qint64 n1 = 0;
    qint64 n2 = 0;
    qint64 n3 = 0;
    qint64 i1 = 0;
    ImportBatch batch;
    QList<LostReason> reasons;
};

struct Section
{
    explicit Section(DataContext context)
        : view(context)
    {
        view.resize(1000, 680);
        QSignalSpy first(&view, &ReportsView::refreshed);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        REQUIRE(signalCame(first));
    }

    template<typename Change>
    void change(Change change)
    {
        QSignalSpy refreshed(&view, &ReportsView::refreshed);
        change();
        REQUIRE(signalCame(refreshed));
    }

    // The texts of a column of a table, top down.
    static QStringList column(const QTableWidget *table, int column)
    {
        QStringList cells;
        for (int row = 0; row < table->rowCount(); ++row)
            cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
        return cells;
    }
    static int rowOf(const QTableWidget *table, const QString &first)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == first)
                return row;
        }
        FAIL("no row " << first.toStdString());
        return -1;
    }

    // Double-clicks the cell and returns the dialog of companies it opened (read at once on a small base).
    FigureCompaniesDialog *open(QTableWidget *table, int row, int column)
    {
        const QList<FigureCompaniesDialog *> before = view.findChildren<FigureCompaniesDialog *>();
        table->scrollTo(table->model()->index(row, column));
        const QRect cell = table->visualItemRect(table->item(row, column));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        for (FigureCompaniesDialog *dialog : view.findChildren<FigureCompaniesDialog *>()) {
            if (!before.contains(dialog))
                return dialog;
        }
        return nullptr;
    }

    ReportsView view;
};

// "0 4 1" as the cells of a column.
QStringList numbers(const char *spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '));
}

QStringList names(const FigureCompaniesDialog &dialog)
{
    return Section::column(dialog.table(), 0);
}

enum { Entered = 1, Advanced, Lost, MovedBack, StillThere };
enum { Week = 0, Calls, Conversations, MeetingsHeld, Contracts, FirstPayments };
} // namespace

TEST_CASE("The trends tab shows each week's calls and results as a table and a line chart", "[ui][reports][trends]")
{
    History history;
    Section section(history.base.context());
    ReportsView &view = section.view;
    view.tabs()->setCurrentIndex(ReportsView::TrendsTab);
    CHECK(view.tabs()->tabText(ReportsView::TrendsTab) == QStringLiteral("Trends"));

    // The clock is at 25 November: the week of the 23rd is the last, Monday the 30th is still to come.
    const ReportTableView *table = view.trendsTable();
    CHECK(Section::column(table, Week)
          == QStringList({QStringLiteral("01.11"), QStringLiteral("02.11–08.11"), QStringLiteral("09.11–15.11"),
                          QStringLiteral("16.11–22.11"), QStringLiteral("23.11–29.11")}));
    CHECK(Section::column(table, Calls) == numbers("0 4 1 0 0"));
    CHECK(Section::column(table, Conversations) == numbers("0 2 0 0 0"));

    // A line per figure, a point per week, the same numbers.
    const QList<QAbstractSeries *> series = view.trendsChart()->chart()->series();
    REQUIRE(series.size() == 5);
    auto *calls = qobject_cast<QLineSeries *>(series.at(0));
    REQUIRE(calls != nullptr);
    CHECK(calls->name() == QStringLiteral("Calls"));
    REQUIRE(calls->count() == 5);
    CHECK(calls->at(1).y() == 4);
    CHECK(calls->at(2).y() == 1);
    CHECK(calls->at(1).x() < calls->at(2).x());
    // The axis has the month's every week; the lines stop at today's.
    const QList<QAbstractAxis *> bottom = view.trendsChart()->chart()->axes(Qt::Horizontal);
    REQUIRE(bottom.size() == 1);
    const auto *days = qobject_cast<QDateTimeAxis *>(bottom.constFirst());
    REQUIRE(days != nullptr);
    CHECK(days->min().date() == QDate(2026, 11, 1));
    CHECK(days->max().date() == QDate(2026, 11, 30));
    CHECK(QDateTime::fromMSecsSinceEpoch(qint64(calls->at(4).x())).date() == QDate(2026, 11, 23));

    // Exported and printed as the tab shows it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trends.csv"));
    REQUIRE(view.exportCsvTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.at(0).endsWith(QStringLiteral("Week;Calls;Conversations;Meetings held;Contracts;First payments")));
    CHECK(lines.contains(QStringLiteral("02.11–08.11;4;2;0;0;0")));
    const QString printed = view.printHtml();
    CHECK(printed.contains(QStringLiteral("Weekly trends")));
    CHECK(printed.contains(QStringLiteral("09.11–15.11")));

    // Another period: October has no calls.
    section.change([&] { view.filterBar()->previousMonth(); });
    CHECK(table->rowCount() == 5); // 1-4, 5-11, 12-18, 19-25, 26-31 October
    CHECK(Section::column(table, Calls) == numbers("0 0 0 0 0"));

    // A month still to come: no week yet, and the chart says why.
    section.change([&] {
        view.filterBar()->nextMonth();
        view.filterBar()->nextMonth();
        view.filterBar()->nextMonth();
    });
    CHECK(table->rowCount() == 0);
    CHECK(view.trendsChart()->chart()->title() == QStringLiteral("The period has not begun yet"));
}

TEST_CASE("A figure of the funnel opens to its companies, and a company to its card", "[ui][reports][figures]")
{
    History history;
    Section section(history.base.context());
    ReportsView &view = section.view;
    QSignalSpy activated(&view, &ReportsView::companyActivated);
    ReportTableView *stages = view.stagesTable();

    // Calling's lost: N2, lost on the call.
    const int calling = Section::rowOf(stages, companyStageTitle(CompanyStage::Calling));
    REQUIRE(stages->item(calling, Lost)->text() == QStringLiteral("1"));
    FigureCompaniesDialog *lost = section.open(stages, calling, Lost);
    REQUIRE(lost != nullptr);
    CHECK(lost->isVisible());
    CHECK(lost->windowTitle() == QStringLiteral("Calling: Lost"));
    CHECK(names(*lost) == QStringList{QStringLiteral("ООО «N2»")});
    CHECK(lost->table()->item(0, 1)->text() == companyStageTitle(CompanyStage::Lost));
    CHECK(lost->summary() == QStringLiteral("Companies: 1."));

    // The cold base's entries: every one of its six companies, in the order they came.
    const int cold = Section::rowOf(stages, companyStageTitle(CompanyStage::Cold));
    REQUIRE(stages->item(cold, Entered)->text() == QStringLiteral("6"));
    FigureCompaniesDialog *entered = section.open(stages, cold, Entered);
    REQUIRE(entered != nullptr);
    CHECK(entered->table()->rowCount() == 6);
    CHECK(entered->summary() == QStringLiteral("Companies: 6."));
    // Still in the cold base: N4 and I2, never called.
    FigureCompaniesDialog *still = section.open(stages, cold, StillThere);
    REQUIRE(still != nullptr);
    CHECK(names(*still) == QStringList({QStringLiteral("ООО «N4»"), QStringLiteral("ООО «I2»")}));

    // A double click on a company, or Enter, opens its card, and the list closes: left above its window, it would
    // cover the card.
    const qint64 secondStill = still->companies().companies.at(1).companyId;
    const QPointer<FigureCompaniesDialog> stillList(still);
    const QRect first = still->table()->visualItemRect(still->table()->item(1, 0));
    QTest::mouseClick(still->table()->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(still->table()->viewport(), Qt::LeftButton, {}, first.center());
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).toLongLong() == secondStill);
    CHECK((stillList.isNull() || !stillList->isVisible()));
    // Enter at once opens the first company, the one highlighted.
    const QPointer<FigureCompaniesDialog> lostList(lost);
    REQUIRE(lost->table()->currentRow() == 0);
    QTest::keyClick(lost->table(), Qt::Key_Return);
    REQUIRE(activated.size() == 2);
    CHECK(activated.at(1).at(0).toLongLong() == history.n2);
    CHECK((lostList.isNull() || !lostList->isVisible()));

    // A lost reason's line opens the companies lost for it: N3 at the meeting.
    view.tabs()->setCurrentIndex(ReportsView::LostReasonsTab);
    ReportTableView *reasons = view.lostReasonsTable();
    const int atMeeting = Section::rowOf(reasons, companyStageTitle(CompanyStage::Meeting));
    FigureCompaniesDialog *reason = section.open(reasons, atMeeting, 1);
    REQUIRE(reason != nullptr);
    CHECK(names(*reason) == QStringList{QStringLiteral("ООО «N3»")});
    CHECK(reason->windowTitle().contains(history.reasons.at(2).title));

    // A cell that is no count (the median days) opens nothing.
    CHECK(section.open(stages, calling, 7) == nullptr);
}

TEST_CASE("The head picks an import's companies, and the figures become that import's", "[ui][reports][figures]")
{
    History history;
    Section section(history.base.context());
    ReportsView &view = section.view;
    auto *whose = child<QComboBox>(view, "reportSliceCombo");
    const QString title = ReportFilterBar::importTitle(history.batch);
    CHECK(title.startsWith(QStringLiteral("Import: clients.csv, ")));
    const int item = whose->findText(title);
    REQUIRE(item >= 0);
    // An undone import's companies are gone: it is not offered.
    CHECK(whose->findText(QStringLiteral("Import:"), Qt::MatchStartsWith) == item);

    section.change([&] {
        whose->setCurrentIndex(item);
        whose->activated(item);
    });
    CHECK(view.filterBar()->slice() == ReportSlice::importBatch(history.batch.id));
    CHECK(view.filterBar()->sliceTitle() == title);
    const ReportTableView *stages = view.stagesTable();
    const int cold = Section::rowOf(stages, companyStageTitle(CompanyStage::Cold));
    CHECK(stages->item(cold, Entered)->text() == QStringLiteral("2")); // I1 and I2
    CHECK(stages->item(cold, Advanced)->text() == QStringLiteral("1")); // I1 called
    CHECK(Section::column(view.trendsTable(), Calls) == numbers("0 1 0 0 0"));

    // The import's figure opens to its own companies.
    FigureCompaniesDialog *entered = section.open(view.stagesTable(), cold, Entered);
    REQUIRE(entered != nullptr);
    CHECK(names(*entered) == QStringList({QStringLiteral("ООО «I1»"), QStringLiteral("ООО «I2»")}));

    // Back to everyone: the whole base again.
    section.change([&] {
        whose->setCurrentIndex(0);
        whose->activated(0);
    });
    CHECK(stages->item(cold, Entered)->text() == QStringLiteral("6"));
}

TEST_CASE("A big figure's companies are read on a worker, and a long list says how many it leaves out",
          "[ui][reports][figures]")
{
    History history;
    const ReportPeriod november(QDate(2026, 11, 1), QDate(2026, 11, 30), QTimeZone::utc());
    const QThread *window = QThread::currentThread();
    std::atomic<bool> onWorker{false};
    // As a figure of a million would be read: on the worker, the dialog saying so meanwhile.
    FigureCompaniesDialog dialog(
        history.base.context(), QStringLiteral("Cold: Entered"), 1000000, [&](const DataContext &context) {
            onWorker = QThread::currentThread() != window;
            return FunnelFigureCompanies(context).stage(november, FunnelView::Period, {}, CompanyStage::Cold,
                                                        StageOutcome::Entered, 4);
        });
    QSignalSpy shown(&dialog, &FigureCompaniesDialog::shown);
    CHECK(dialog.summary() == QStringLiteral("Reading the companies…"));
    CHECK(dialog.table()->rowCount() == 0);
    REQUIRE(signalCame(shown));
    CHECK(onWorker);
    CHECK(dialog.table()->rowCount() == 4);
    CHECK(dialog.summary() == QStringLiteral("The first 4 of 6 companies."));

    // A refusal of the report is said in the dialog, not thrown.
    FigureCompaniesDialog refused(
        history.base.context(), QStringLiteral("Cold: Entered"), 1, [&](const DataContext &context) {
            const ReportPeriod backwards(QDate(2026, 11, 30), QDate(2026, 11, 1), QTimeZone::utc());
            return FunnelFigureCompanies(context).stage(backwards, FunnelView::Period, {}, CompanyStage::Cold,
                                                        StageOutcome::Entered);
        });
    CHECK(refused.table()->rowCount() == 0);
    CHECK(refused.summary().contains(QStringLiteral("The period must end")));
}
