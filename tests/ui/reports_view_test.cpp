// The Reports section: the funnel, the lost reasons and each person's activity of a small dated history made through
// the real funnel (calls, moves) on the fake clock, shown in the window's tables as core computes them; the cohort and
// the period activity told apart; a caller seeing their own line only; the CSV file and the printout of what is in
// view; reads on a worker, a filter changed meanwhile dropping the older read; the figures following the base.
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "domain/Viewer.h"
#include "funnel/CallOutcomes.h"
#include "funnel/StageMover.h"
#include "reports/ReportCharts.h"
#include "reports/ReportFilterBar.h"
#include "reports/ReportReader.h"
#include "reports/ReportTableView.h"
#include "reports/ReportTables.h"
#include "reports/ReportsView.h"
#include "shell/MainWindow.h"
#include "storage/ChangeHub.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/LostReasonRepository.h"
#include "storage/UserRepository.h"
#include "support/ScopedTimeZone.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QAbstractBarSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

#include <atomic>

using namespace voronka;
using namespace voronka::test;

namespace {
// In UTC (the process's zone too, so that a month is the same days for the window and the test):
//   O1 created 5 Oct; first call (no answer) 6 Oct: calling; meeting booked 7 Oct: meeting; lost 12 Nov (2nd reason).
//   O2 created 5 Oct; still cold.
//   N1..N4 created 2 Nov. 3 Nov: N1 no answer (calling), N2 refused (calling, then lost: 1st reason), N3 meeting
//   booked (calling, then meeting); 4 Nov: N1 busy. N3 lost at the meeting 10 Nov (3rd reason). N4 still cold.
// Every call is the caller's, every move after a meeting the closer's. The clock ends on 25 November.
struct History
{
    History()
    {
        caller = createUser(base, QStringLiteral("caller"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
        closer = createUser(base, QStringLiteral("closer"), QStringLiteral("Дмитрий Сделкин"), UserRole::Closer);
        for (const LostReason &reason : LostReasonRepository(base.context()).list())
            reasons.append(reason);
        REQUIRE(reasons.size() >= 3);

        at(10, 5);
        const qint64 o1 = company(QStringLiteral("O1"));
        company(QStringLiteral("O2"));
        at(10, 6);
        calls().noAnswer(o1, version(o1));
        at(10, 7);
        calls().meetingBooked(o1, version(o1), booking(QDate(2026, 10, 9)));

        at(11, 2);
        const qint64 n1 = company(QStringLiteral("N1"));
        const qint64 n2 = company(QStringLiteral("N2"));
        const qint64 n3 = company(QStringLiteral("N3"));
        company(QStringLiteral("N4"));
        at(11, 3);
        calls().noAnswer(n1, version(n1));
        calls().refused(n2, version(n2), reasons.at(0).id);
        calls().meetingBooked(n3, version(n3), booking(QDate(2026, 11, 5)));
        at(11, 4);
        calls().busy(n1, version(n1));
        at(11, 10);
        lose(n3, reasons.at(2).id);
        at(11, 12);
        lose(o1, reasons.at(1).id);
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
    void lose(qint64 id, qint64 reasonId)
    {
        CompanyMove move;
        move.to = CompanyStage::Lost;
        move.lostReasonId = reasonId;
        StageMover(base.contextAs(closer)).moveCompany(id, version(id), move);
    }

    ScopedTimeZone utc{QByteArrayLiteral("UTC")};
    TestDatabase base;
    qint64 caller = 0;
    qint64 closer = 0;
    QList<LostReason> reasons;
};

// The section as a person sees it, shown, with its first figures in.
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

    // Does what changes the figures, then waits for the new ones.
    template<typename Change>
    void change(Change change)
    {
        QSignalSpy refreshed(&view, &ReportsView::refreshed);
        change();
        REQUIRE(signalCame(refreshed));
    }

    // The texts of the table's row whose first cell is first.
    static QStringList row(const ReportTableView *table, const QString &first)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() != first)
                continue;
            QStringList cells;
            for (int column = 0; column < table->columnCount(); ++column)
                cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
            return cells;
        }
        FAIL("no row " << first.toStdString());
        return {};
    }
    QStringList stage(CompanyStage stage) const { return row(view.stagesTable(), companyStageTitle(stage)); }

    ReportsView view;
};

// "3 1 1 0 1" as the cells of a row.
QStringList numbers(const char *spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '));
}

// Stages table columns (ReportTables::stages).
enum { Entered = 1, Advanced, Lost, MovedBack, StillThere, ToNext, MedianDays, P80Days, EnteredBefore, Change };
// Activity table columns (ReportTables::activity).
enum { Calls = 2, Conversations, MeetingsBooked, MeetingsHeld };
} // namespace

TEST_CASE("The funnel tab shows each stage's entries and what became of them, beside the month before", "[ui][reports]")
{
    History history;
    Section section(history.base.context());
    ReportsView &view = section.view;
    ReportFilterBar &bar = *view.filterBar();
    // The clock's month in the user's zone, read as period activity.
    CHECK(bar.period().first() == QDate(2026, 11, 1));
    CHECK(bar.period().last() == QDate(2026, 11, 30));
    CHECK(child<QLabel>(view, "reportMonthLabel")->text() == QStringLiteral("November 2026"));
    CHECK(bar.view() == FunnelView::Period);
    CHECK(child<QLabel>(view, "reportViewExplanation")->text() == funnelViewExplanation(FunnelView::Period));

    // November: N1..N4 entered the cold base, three were called; N1 still calling, N2 lost on the call, N3 on to a
    // meeting and lost there. October had O1 and O2 in the cold base, O1 called and on to a meeting.
    const QStringList cold = section.stage(CompanyStage::Cold);
    CHECK(cold.at(Entered) == QStringLiteral("4"));
    CHECK(cold.at(Advanced) == QStringLiteral("3"));
    CHECK(cold.at(StillThere) == QStringLiteral("1"));
    CHECK(cold.at(ToNext) == QStringLiteral("75.0"));
    CHECK(cold.at(EnteredBefore) == QStringLiteral("2"));
    CHECK(cold.at(Change) == QStringLiteral("▲ 2"));
    const QStringList calling = section.stage(CompanyStage::Calling);
    CHECK(calling.mid(Entered, 5) == numbers("3 1 1 0 1"));
    CHECK(calling.at(EnteredBefore) == QStringLiteral("1"));
    const QStringList meeting = section.stage(CompanyStage::Meeting);
    CHECK(meeting.mid(Entered, 5) == numbers("1 0 1 0 0"));
    CHECK(meeting.at(Change) == QStringLiteral("0"));
    const QStringList deal = section.stage(CompanyStage::Deal);
    CHECK(deal.at(Entered) == QStringLiteral("0"));
    CHECK(deal.at(ToNext) == QStringLiteral("—"));
    // The change is coloured: more entries green.
    const int coldRow
        = int(view.stagesTable()->findItems(companyStageTitle(CompanyStage::Cold), Qt::MatchExactly).first()->row());
    CHECK(view.stagesTable()->item(coldRow, Change)->foreground().color() == QColor(0x1b, 0x7f, 0x3b));

    // The conversions from the cold base: 3 of 4 called, 1 of 4 to a meeting.
    const QStringList fromCold = Section::row(view.conversionsTable(), companyStageTitle(CompanyStage::Cold));
    CHECK(fromCold.at(1) == QStringLiteral("75.0"));
    CHECK(fromCold.at(2) == QStringLiteral("25.0"));
    CHECK(child<QLabel>(view, "firstPaymentLabel")->text() == QStringLiteral("No company made its first payment."));

    // The chart draws the same entries, the conversion under each stage.
    auto *series = qobject_cast<QAbstractBarSeries *>(view.funnelChart()->chart()->series().value(0));
    REQUIRE(series != nullptr);
    const QBarSet *entered = series->barSets().value(0);
    REQUIRE(entered->count() == view.stagesTable()->rowCount());
    const int top = int(entered->count()) - 1; // the cold base, drawn on top
    CHECK(entered->at(top) == 4);
    CHECK(entered->at(top - 1) == 3);
    CHECK(entered->at(top - 2) == 1);
    CHECK(ReportCharts::stageCategory(view.figures()->funnel.current, CompanyStage::Cold)
              .endsWith(QStringLiteral("75% on")));

    // November's losses: on the call (N2) and at meetings (N3 and O1, whose meeting began in October).
    const ReportTableView *lost = view.lostReasonsTable();
    CHECK(lost->rowCount() == 3);
    const QStringList onTheCall = Section::row(lost, companyStageTitle(CompanyStage::Calling));
    CHECK(onTheCall.at(1) == history.reasons.at(0).title);
    CHECK(onTheCall.at(2) == QStringLiteral("1"));

    // The month before, by the arrow: October, compared with September.
    section.change([&] { child<QToolButton>(view, "previousMonthButton")->click(); });
    CHECK(bar.period().first() == QDate(2026, 10, 1));
    CHECK(bar.period().last() == QDate(2026, 10, 31));
    CHECK(section.stage(CompanyStage::Cold).at(Entered) == QStringLiteral("2"));
    CHECK(section.stage(CompanyStage::Cold).at(EnteredBefore) == QStringLiteral("0"));
}

TEST_CASE("Cohort and period activity are labelled and count differently", "[ui][reports]")
{
    History history;
    Section section(history.base.context());
    ReportsView &view = section.view;
    section.change([&] { view.filterBar()->previousMonth(); }); // October
    auto *explanation = child<QLabel>(view, "reportViewExplanation");

    // Period activity: O1's meeting was not decided by the end of October.
    CHECK(section.stage(CompanyStage::Meeting).mid(Entered, 5) == numbers("1 0 0 0 1"));
    CHECK(view.lostReasonsTable()->rowCount() == 0);

    // The cohort of October follows O1 and O2 to today: O1 was lost at the meeting in November.
    auto *views = child<QComboBox>(view, "reportViewCombo");
    section.change([&] { views->setCurrentIndex(views->findText(funnelViewTitle(FunnelView::Cohort))); });
    CHECK(view.filterBar()->view() == FunnelView::Cohort);
    CHECK(explanation->text() == funnelViewExplanation(FunnelView::Cohort));
    CHECK(explanation->text() != funnelViewExplanation(FunnelView::Period));
    CHECK(section.stage(CompanyStage::Meeting).mid(Entered, 5) == numbers("1 0 1 0 0"));
    CHECK(view.lostReasonsTable()->rowCount() == 1);
    CHECK(Section::row(view.lostReasonsTable(), companyStageTitle(CompanyStage::Meeting)).at(1)
          == history.reasons.at(1).title);
    CHECK(view.stagesTable()->report().title
          == ReportTables::tr("Funnel: %1").arg(funnelViewTitle(FunnelView::Cohort)));
}

TEST_CASE("The activity tab shows each person's work, and the head picks whose figures", "[ui][reports]")
{
    History history;
    Section section(history.base.context());
    ReportsView &view = section.view;
    view.tabs()->setCurrentIndex(ReportsView::ActivityTab);

    // November: four calls (no answer, refused, meeting booked, busy), two of them conversations, one meeting booked.
    const QStringList caller = Section::row(view.activityTable(), QStringLiteral("Илья Звонарёв"));
    CHECK(caller.at(Calls) == QStringLiteral("4"));
    CHECK(caller.at(Conversations) == QStringLiteral("2"));
    CHECK(caller.at(MeetingsBooked) == QStringLiteral("1"));
    CHECK(Section::row(view.activityTable(), QStringLiteral("Дмитрий Сделкин")).at(Calls) == QStringLiteral("0"));
    // The chart has the person with a result, not the one without.
    auto *series = qobject_cast<QBarSeries *>(view.activityChart()->chart()->series().value(0));
    REQUIRE(series != nullptr);
    CHECK(series->barSets().value(0)->count() == 1);
    CHECK(series->barSets().value(0)->at(0) == 1); // meetings booked

    // The head's choice of a person: their line, and the funnel of the moves they made.
    auto *whose = child<QComboBox>(view, "reportSliceCombo");
    CHECK(whose->isVisible());
    CHECK(whose->currentText() == QStringLiteral("Everyone"));
    section.change([&] { REQUIRE(view.filterBar()->setSlice(ReportSlice::person(history.closer))); });
    CHECK(whose->currentText() == QStringLiteral("Дмитрий Сделкин"));
    REQUIRE(view.activityTable()->rowCount() == 1);
    CHECK(view.activityTable()->item(0, 0)->text() == QStringLiteral("Дмитрий Сделкин"));
    // The closer made no move into a stage in November, only the two losses.
    CHECK(section.stage(CompanyStage::Calling).at(Entered) == QStringLiteral("0"));
    CHECK(view.lostReasonsTable()->rowCount() == 2);

    // A source is asked for when "Source…" is chosen, and offered again afterwards.
    ModalDialog::setNextFiller([](QDialog &dialog) {
        auto &ask = dynamic_cast<QInputDialog &>(dialog);
        ask.setTextValue(QStringLiteral("выставка"));
        ask.accept();
    });
    section.change([&] { whose->activated(whose->count() - 1); });
    CHECK(view.filterBar()->slice() == ReportSlice::source(QStringLiteral("выставка")));
    CHECK(whose->currentText() == QStringLiteral("Source: выставка"));
    CHECK(section.stage(CompanyStage::Cold).at(Entered) == QStringLiteral("0"));
    // A source is the companies', not the people's: the activity says so instead of showing everyone.
    CHECK(view.activityTable()->rowCount() == 0);
    CHECK(child<QLabel>(view, "activityNote")->isVisible());
    CHECK(child<QLabel>(view, "activityNote")->text().contains(QStringLiteral("by person")));
    ModalDialog::resetForTest();
}

TEST_CASE("Anyone but the head sees their own figures only, without a choice of whose", "[ui][reports]")
{
    History history;
    const User caller = *UserRepository(history.base.context()).find(history.caller);
    history.base.db().setViewer(Viewer::of(caller, false));
    Section section(history.base.contextAs(history.caller));
    ReportsView &view = section.view;

    CHECK_FALSE(view.filterBar()->choosesSlice());
    CHECK_FALSE(child<QComboBox>(view, "reportSliceCombo")->isVisible());
    CHECK(view.filterBar()->slice() == ReportSlice::person(history.caller));
    REQUIRE(view.activityTable()->rowCount() == 1);
    CHECK(view.activityTable()->item(0, 0)->text() == QStringLiteral("Илья Звонарёв"));
    CHECK(Section::row(view.activityTable(), QStringLiteral("Илья Звонарёв")).at(Calls) == QStringLiteral("4"));
    // Their funnel is the moves they made: the three first calls, not the closer's losses.
    CHECK(section.stage(CompanyStage::Calling).at(Entered) == QStringLiteral("3"));
    CHECK(view.lostReasonsTable()->rowCount() == 1);
    CHECK_FALSE(view.filterBar()->setSlice(ReportSlice::everyone()));
}

TEST_CASE("Export writes the tab's tables as CSV, and says why when the file cannot be written", "[ui][reports]")
{
    History history;
    Section section(history.base.context());
    ReportsView &view = section.view;
    QTemporaryDir dir;

    view.tabs()->setCurrentIndex(ReportsView::ActivityTab);
    const QString activity = dir.filePath(QStringLiteral("activity.csv"));
    REQUIRE(view.exportCsvTo(activity));
    QFile activityFile(activity);
    REQUIRE(activityFile.open(QIODevice::ReadOnly));
    const QByteArray activityBytes = activityFile.readAll();
    CHECK(activityBytes.startsWith("\xEF\xBB\xBF")); // Excel's UTF-8
    const QStringList activityLines = QString::fromUtf8(activityBytes).split(QStringLiteral("\r\n"));
    INFO(activityLines.join(QLatin1Char('\n')).toStdString());
    CHECK(activityLines.at(0).startsWith(QStringLiteral("Person;Role;Calls;Conversations;Meetings booked")));
    // Calls, conversations, meetings booked after the name and the role.
    const auto lineOf = [&](const QString &name) {
        for (const QString &line : activityLines)
            if (line.startsWith(name + QLatin1Char(';')))
                return line.split(QLatin1Char(';'));
        return QStringList();
    };
    CHECK(lineOf(QStringLiteral("Илья Звонарёв")).mid(2, 3) == numbers("4 2 1"));
    CHECK(lineOf(QStringLiteral("Дмитрий Сделкин")).mid(2, 3) == numbers("0 0 0"));
    CHECK(lineOf(QStringLiteral("Дмитрий Сделкин")).contains(QStringLiteral("0.00"))); // payments, in roubles

    // The funnel tab: the stages, then the conversions under their title.
    view.tabs()->setCurrentIndex(ReportsView::FunnelTab);
    const QString funnel = dir.filePath(QStringLiteral("funnel.csv"));
    REQUIRE(view.exportCsvTo(funnel));
    QFile funnelFile(funnel);
    REQUIRE(funnelFile.open(QIODevice::ReadOnly));
    const QStringList funnelLines = QString::fromUtf8(funnelFile.readAll()).split(QStringLiteral("\r\n"));
    INFO(funnelLines.join(QLatin1Char('\n')).toStdString());
    CHECK(funnelLines.at(0) == QStringLiteral("Funnel: Period activity"));
    CHECK(funnelLines.at(1).startsWith(QStringLiteral("Stage;Entered;Advanced;Lost;Moved back;Still there")));
    CHECK(funnelLines.contains(QStringLiteral("Cold;4;3;0;0;1;75.0;1;1;2;2")));
    CHECK(funnelLines.contains(QStringLiteral("Conversion between stages, %")));
    CHECK(funnelLines.contains(QStringLiteral("Cold;75.0;25.0;0.0;0.0")));

    // A folder that is not there: nothing written, and the user is told where and why.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const QString nowhere = dir.filePath(QStringLiteral("missing/funnel.csv"));
    CHECK_FALSE(view.exportCsvTo(nowhere));
    CHECK(MessageBox::lastText().contains(QStringLiteral("could not be written")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("missing")));
    CHECK_FALSE(QFile::exists(nowhere));
    MessageBox::resetForTest();
}

TEST_CASE("The printout has the tab's tables as the window shows them, and prints to a PDF", "[ui][reports]")
{
    History history;
    Section section(history.base.context());
    ReportsView &view = section.view;

    const QString funnel = view.printHtml();
    CHECK(funnel.contains(QStringLiteral("Report: Funnel")));
    CHECK(funnel.contains(QStringLiteral("Compared with:")));
    CHECK(funnel.contains(funnelViewExplanation(FunnelView::Period).toHtmlEscaped()));
    CHECK(funnel.contains(QStringLiteral("▲ 2")));
    CHECK(funnel.contains(QStringLiteral("Conversion between stages, %")));

    view.tabs()->setCurrentIndex(ReportsView::ActivityTab);
    const QString activity = view.printHtml();
    CHECK(activity.contains(QStringLiteral("<td align=\"left\">Илья Звонарёв</td>")));
    CHECK(activity.contains(QStringLiteral("Whose figures: Everyone")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    view.printTo(printer);
    QFile printed(pdf);
    REQUIRE(printed.open(QIODevice::ReadOnly));
    CHECK(printed.read(5) == QByteArray("%PDF-"));
    CHECK(printed.size() > 1000);
}

TEST_CASE("A read runs on the worker, and a filter changed meanwhile drops the older result", "[ui][reports]")
{
    History history;
    Section section(history.base.context());
    ReportsView &view = section.view;
    CHECK_FALSE(view.isReading());
    CHECK_FALSE(child<QProgressBar>(view, "reportBusy")->isVisible());

    // The first read is held on the worker until the test lets it go, whatever the filter does meanwhile.
    QSemaphore arrived;
    QSemaphore released;
    std::atomic<int> gates = 0;
    std::atomic<QThread *> thread = nullptr;
    ReportReader::setGateForTest([&](const WorkerThread::Stopped &) {
        thread = QThread::currentThread();
        if (gates.fetch_add(1) == 0) {
            arrived.release();
            released.acquire();
        }
    });
    QSignalSpy refreshed(&view, &ReportsView::refreshed);
    view.refresh(); // November, period activity
    REQUIRE(arrived.tryAcquire(1, 30000));
    CHECK(view.isReading());
    CHECK(child<QProgressBar>(view, "reportBusy")->isVisible());
    CHECK(thread.load() != QThread::currentThread());
    view.filterBar()->previousMonth(); // October, asked while November is being read
    released.release();

    REQUIRE(signalCame(refreshed));
    QCoreApplication::processEvents();
    CHECK(refreshed.count() == 1); // November's result was dropped, never shown
    CHECK(view.figures()->request.period.first() == QDate(2026, 10, 1));
    CHECK(section.stage(CompanyStage::Cold).at(Entered) == QStringLiteral("2"));
    CHECK_FALSE(view.isReading());
    CHECK_FALSE(child<QProgressBar>(view, "reportBusy")->isVisible());
    ReportReader::setGateForTest({});
}

TEST_CASE("The figures follow the base and F5", "[ui][reports]")
{
    History history;
    Section section(history.base.context());
    ReportsView &view = section.view;
    view.tabs()->setCurrentIndex(ReportsView::ActivityTab);
    const auto calls = [&] { return Section::row(view.activityTable(), QStringLiteral("Илья Звонарёв")).at(Calls); };
    CHECK(calls() == QStringLiteral("4"));

    // Another call, announced as the window's writers do.
    const qint64 n4 = history.company(QStringLiteral("N5"));
    section.change([&] {
        history.calls().noAnswer(n4, history.version(n4));
        history.base.db().changes().announce(ChangeSet().add(ChangeSet::Kind::Company, n4));
    });
    CHECK(calls() == QStringLiteral("5"));

    // One more, written elsewhere without a word: F5 reads again.
    section.change([&] {
        history.calls().busy(n4, history.version(n4));
        view.activateWindow();
        QTest::keyClick(&view, Qt::Key_F5);
    });
    CHECK(calls() == QStringLiteral("6"));
}

TEST_CASE("The main window opens Reports on Ctrl+7 and computes its figures then", "[ui][reports][mainwindow]")
{
    History history;
    const User head = *UserRepository(history.base.context()).find(1);
    MainWindow window(history.base.context(), head);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK_FALSE(window.reportsView()->figures().has_value()); // nothing computed for a section not looked at
    QSignalSpy refreshed(window.reportsView(), &ReportsView::refreshed);
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    CHECK(window.currentSection() == MainWindow::Reports);
    REQUIRE(signalCame(refreshed));
    CHECK(window.reportsView()->stagesTable()->rowCount() == 6);
    CHECK(child<QPushButton>(*window.reportsView(), "reportPrintButton")->shortcut()
          == QKeySequence(Qt::CTRL | Qt::Key_P));
}
