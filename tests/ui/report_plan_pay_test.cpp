// The Reports section's Plan, Pay and Calculator tabs on the hand-built history of the core report tests
// (ReportScenario: November 2026 in Moscow time, the clock on 5 December), shown in the window as core computes them:
// plan against actual with the lines behind the pace in red and the head's plan edit stored; the month's pay with its
// totals, closed by the head, a line opening its company; the calculator recomputing as a rate is typed and saving its
// result as next month's plans; a caller seeing their own lines and no calculator.
#include "ReportScenario.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "domain/Money.h"
#include "domain/Viewer.h"
#include "reports/FunnelCalculatorPanel.h"
#include "reports/PayRates.h"
#include "reports/PayRatesDialog.h"
#include "reports/PayrollRecordsDialog.h"
#include "reports/PlanMetrics.h"
#include "reports/PlanNormsDialog.h"
#include "reports/ReportFilterBar.h"
#include "reports/ReportPayPanel.h"
#include "reports/ReportPlanPanel.h"
#include "reports/ReportTableView.h"
#include "reports/ReportsView.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/SqlStatement.h"
#include "support/ScopedTimeZone.h"
#include "support/WidgetTesting.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {

// The section as a person sees it, shown on November's figures.
struct NovemberSection
{
    explicit NovemberSection(DataContext context)
        : view(context)
    {
        view.resize(1100, 700);
        QSignalSpy first(&view, &ReportsView::refreshed);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        REQUIRE(signalCame(first));
        change([this] { view.filterBar()->previousMonth(); }); // the clock is on 5 December
        REQUIRE(view.filterBar()->period() == ReportScenario::november());
    }

    template<typename Change>
    void change(Change change)
    {
        QSignalSpy refreshed(&view, &ReportsView::refreshed);
        change();
        REQUIRE(signalCame(refreshed));
    }

    // The row whose first two cells are these; -1 when there is none.
    static int rowOf(const ReportTableView *table, const QString &person, const QString &what)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == person && table->item(row, 1)->text() == what)
                return row;
        }
        return -1;
    }
    static QString cell(const ReportTableView *table, int row, int column)
    {
        REQUIRE(row >= 0);
        return table->item(row, column)->text();
    }

    ReportsView view;
};

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString money(qint64 kopecks)
{
    return Money(kopecks).format(QLocale());
}

QString normTitle(const char *metric)
{
    return PlanMetrics::title(QString::fromLatin1(metric)) + QStringLiteral(" (norm)");
}

// Plan table columns (ReportTables::plan), pay table columns (ReportTables::payroll).
enum { Plan = 2, Actual, Pace, Behind };
enum { Count = 2, Base, Amount };

// Types text into a cell of a dialog's table as a person does: opens the cell's editor, types over what is there and
// presses Enter, which commits the cell (and does not press the dialog's default button).
void typeInto(QTableWidget *table, int row, int column, const QString &text)
{
    REQUIRE(row >= 0);
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    QLineEdit *editor = nullptr;
    for (QLineEdit *candidate : table->viewport()->findChildren<QLineEdit *>()) {
        if (candidate->isVisible())
            editor = candidate;
    }
    REQUIRE(editor != nullptr);
    editor->selectAll();
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the cell queued
    REQUIRE(table->window()->isVisible()); // Enter in a cell commits it and leaves the dialog open
    REQUIRE(table->item(row, column)->text() == text);
}

// Shows a dialog a filler was handed (ModalDialog does not), so that clicks and keys reach it as on screen.
void showForReal(QDialog &dialog)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
}

// Double clicks a cell of a table as a person does (the first click, then the second).
void doubleClick(QTableWidget *table, int row, int column)
{
    REQUIRE(row >= 0);
    const QRect cellRect = table->visualRect(table->model()->index(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
}

void sitAsCaller(ReportScenario &scenario)
{
    User caller;
    caller.id = scenario.callerId;
    caller.role = UserRole::Caller;
    scenario.base.db().setViewer(Viewer::of(caller, false));
}

} // namespace

TEST_CASE("The Plan tab shows each person's plan against the actual, behind the pace in red, and the head sets a plan",
          "[ui][reports][plan]")
{
    ScopedTimeZone moscow{QByteArrayLiteral("Europe/Moscow")};
    ReportScenario scenario;
    NovemberSection section(scenario.base.context());
    ReportsView &view = section.view;
    view.tabs()->setCurrentIndex(ReportsView::PlanTab);
    ReportPlanPanel &plan = *view.planPanel();
    const ReportTableView *table = plan.table();
    REQUIRE(table->isVisible());

    // The caller's calls: the norm of 1,200 against 7 made; November is over, so the pace is the whole plan.
    const int calls = NovemberSection::rowOf(table, QStringLiteral("caller person"), normTitle("calls"));
    CHECK(NovemberSection::cell(table, calls, Plan) == count(1200));
    CHECK(NovemberSection::cell(table, calls, Actual) == count(7));
    CHECK(NovemberSection::cell(table, calls, Pace) == count(1200));
    CHECK(NovemberSection::cell(table, calls, Behind) == count(1193));
    CHECK(plan.isBehind(calls));
    CHECK(table->item(calls, Actual)->foreground().color() == QColor(0xb0, 0x00, 0x20));
    const int contracts = NovemberSection::rowOf(table, QStringLiteral("closer person"), normTitle("contracts"));
    CHECK(NovemberSection::cell(table, contracts, Plan) == count(6));
    CHECK(NovemberSection::cell(table, contracts, Actual) == count(3));

    // The head sets the caller's meetings booked for November to 1 (2 were booked): stored, and no longer behind.
    const int booked = NovemberSection::rowOf(table, QStringLiteral("caller person"), normTitle("meetings_booked"));
    REQUIRE(booked >= 0);
    CHECK(plan.isBehind(booked));
    QString asked;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        auto &ask = dynamic_cast<QInputDialog &>(dialog);
        asked = ask.labelText();
        ask.setIntValue(1);
        ask.accept();
    });
    const_cast<ReportTableView *>(table)->selectRow(booked);
    REQUIRE(plan.setPlanButton()->isEnabled());
    section.change([&] { QTest::mouseClick(plan.setPlanButton(), Qt::LeftButton); });
    CHECK_FALSE(ModalDialog::hasUnusedFiller());
    CHECK(asked.contains(QStringLiteral("caller person")));
    CHECK(PlanRepository(scenario.base.context())
              .plans(QStringLiteral("2026-11"))
              .value(scenario.callerId)
              .value(QStringLiteral("meetings_booked"))
          == 1);
    const int own = NovemberSection::rowOf(table, QStringLiteral("caller person"),
                                           PlanMetrics::title(QStringLiteral("meetings_booked")));
    CHECK(NovemberSection::cell(table, own, Plan) == count(1));
    CHECK(NovemberSection::cell(table, own, Actual) == count(2));
    CHECK_FALSE(plan.isBehind(own));
    CHECK(table->item(own, Actual)->foreground().color() != QColor(0xb0, 0x00, 0x20));

    // The CSV file of the tab is the plan table.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.csv"));
    REQUIRE(view.exportCsvTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.contains(QStringLiteral("Behind the pace")));
    CHECK(csv.contains(QStringLiteral("caller person")));
    CHECK(view.printHtml().contains(QStringLiteral("caller person")));

    // Half a month has no plan.
    section.change([&] { view.filterBar()->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 15)); });
    CHECK(plan.note()->isVisible());
    CHECK(plan.note()->text() == QStringLiteral("Plans are monthly: choose a whole month."));
    CHECK_FALSE(table->isVisible());
    ModalDialog::resetForTest();
}

TEST_CASE("The Pay tab shows the month's statement with totals, and the head closes a month that is over",
          "[ui][reports][pay]")
{
    ScopedTimeZone moscow{QByteArrayLiteral("Europe/Moscow")};
    ReportScenario scenario;
    NovemberSection section(scenario.base.context());
    ReportsView &view = section.view;
    view.tabs()->setCurrentIndex(ReportsView::PayTab);
    ReportPayPanel &pay = *view.payPanel();
    const ReportTableView *table = pay.table();
    REQUIRE(table->isVisible());
    CHECK(table->report().title == QStringLiteral("Pay for 2026-11"));

    // As worked out in payroll_report_test: C and D confirmed at 50 roubles; the closer's fixed 30,000 + 10% of A's
    // 2,000 + 2% of Z's 300 roubles.
    const int confirmed = NovemberSection::rowOf(table, QStringLiteral("collector person"),
                                                 PayrollReport::kindTitle(QStringLiteral("confirmed_contacts")));
    CHECK(NovemberSection::cell(table, confirmed, Count) == count(2));
    CHECK(NovemberSection::cell(table, confirmed, Amount) == money(10000));
    const int closerTotal = NovemberSection::rowOf(table, QStringLiteral("closer person"), QStringLiteral("Total"));
    CHECK(NovemberSection::cell(table, closerTotal, Amount) == money(3020600));
    CHECK(NovemberSection::cell(
              table, NovemberSection::rowOf(table, QStringLiteral("caller person"), QStringLiteral("Total")), Amount)
          == money(400000));

    // A line of payments lists the payments behind it (A's two), and the one chosen opens its company.
    const int margin = NovemberSection::rowOf(table, QStringLiteral("closer person"),
                                              PayrollReport::kindTitle(QStringLiteral("new_clients_margin")));
    REQUIRE(margin >= 0);
    CHECK(pay.companiesOf(margin).size() == 2);
    CHECK(table->item(margin, 0)->toolTip() == QStringLiteral("Double click to see the records behind this line"));
    QSignalSpy opened(&view, &ReportsView::companyActivated);
    QStringList listed;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        auto &list = dynamic_cast<PayrollRecordsDialog &>(dialog);
        showForReal(list);
        for (int row = 0; row < list.table()->rowCount(); ++row)
            listed.append(QStringLiteral("%1 | %2 | %3")
                              .arg(list.table()->item(row, PayrollRecordsDialog::CompanyColumn)->text(),
                                   list.table()->item(row, PayrollRecordsDialog::DayColumn)->text(),
                                   list.table()->item(row, PayrollRecordsDialog::AmountColumn)->text()));
        CHECK(list.note()->isHidden());
        doubleClick(list.table(), 1, PayrollRecordsDialog::DayColumn);
    });
    doubleClick(const_cast<ReportTableView *>(table), margin, 1);
    CHECK_FALSE(ModalDialog::hasUnusedFiller());
    const QLocale locale;
    CHECK(listed
          == QStringList{QStringLiteral("Компания A | %1 | %2")
                             .arg(locale.toString(QDate(2026, 11, 20), QLocale::ShortFormat), money(50000)),
                         QStringLiteral("Компания A | %1 | %2")
                             .arg(locale.toString(QDate(2026, 11, 30), QLocale::ShortFormat), money(150000))});
    REQUIRE(opened.size() == 1);
    CHECK(opened.front().front().toLongLong() == scenario.companies.value(QStringLiteral("A")));
    CHECK(pay.companiesOf(closerTotal).isEmpty());

    // Enter on the collector's line lists C and D; Enter in the list opens the first.
    const int confirmedRow = NovemberSection::rowOf(table, QStringLiteral("collector person"),
                                                    PayrollReport::kindTitle(QStringLiteral("confirmed_contacts")));
    listed.clear();
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        auto &list = dynamic_cast<PayrollRecordsDialog &>(dialog);
        showForReal(list);
        CHECK(list.table()->columnCount() == 1); // companies, no payments
        for (int row = 0; row < list.table()->rowCount(); ++row)
            listed.append(list.table()->item(row, 0)->text());
        QTest::keyClick(list.table(), Qt::Key_Return);
    });
    const_cast<ReportTableView *>(table)->setCurrentCell(confirmedRow, 1);
    QTest::keyClick(const_cast<ReportTableView *>(table), Qt::Key_Return);
    CHECK(listed == QStringList{QStringLiteral("Компания C"), QStringLiteral("Компания D")});
    REQUIRE(opened.size() == 2);
    CHECK(opened.back().front().toLongLong() == scenario.companies.value(QStringLiteral("C")));

    // A fixed part counts no records: nothing opens.
    const int fixed = NovemberSection::rowOf(table, QStringLiteral("closer person"),
                                             PayrollReport::kindTitle(QStringLiteral("fixed")));
    pay.openRow(fixed);
    CHECK(opened.size() == 2);

    // November is over on 5 December: the head closes it, after a question naming the month and the total.
    REQUIRE(pay.closeButton()->isVisible());
    REQUIRE(pay.closeButton()->isEnabled());
    const qint64 total = 10000 + 400000 + 3020600 + 4000000;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    section.change([&] { QTest::mouseClick(pay.closeButton(), Qt::LeftButton); });
    CHECK(MessageBox::lastText().contains(QStringLiteral("November 2026")));
    CHECK(MessageBox::lastText().contains(money(total)));
    CHECK(PayrollReport(scenario.base.context()).compute(ReportScenario::november()).closed);
    CHECK(table->report().title == QStringLiteral("Pay for 2026-11 (closed)"));
    CHECK_FALSE(pay.closeButton()->isEnabled());

    // Closed, the lines keep no records: found again from the history. F, confirmed since with a November date,
    // makes three where the month counted two, and the list says so.
    SqlStatement::run(scenario.base.db().connection(),
                      QStringLiteral("UPDATE companies SET collected_by = ?, confirmed_at = ? WHERE id = ?"),
                      {scenario.collectorId, QStringLiteral("2026-11-20T10:00:00.000Z"),
                       scenario.companies.value(QStringLiteral("F"))});
    const int closedConfirmed = NovemberSection::rowOf(table, QStringLiteral("collector person"),
                                                       PayrollReport::kindTitle(QStringLiteral("confirmed_contacts")));
    CHECK(pay.companiesOf(closedConfirmed).isEmpty());
    QString note;
    listed.clear();
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        auto &list = dynamic_cast<PayrollRecordsDialog &>(dialog);
        showForReal(list);
        note = list.note()->isVisible() ? list.note()->text() : QString();
        for (int row = 0; row < list.table()->rowCount(); ++row)
            listed.append(list.table()->item(row, 0)->text());
        QTest::keyClick(&list, Qt::Key_Escape);
    });
    // A closed month's line is found again from the history on a worker: its list opens when the read is back.
    QSignalSpy shown(&pay, &ReportPayPanel::recordsShown);
    doubleClick(const_cast<ReportTableView *>(table), closedConfirmed, 1);
    REQUIRE(signalCame(shown));
    CHECK(listed
          == QStringList{QStringLiteral("Компания C"), QStringLiteral("Компания D"), QStringLiteral("Компания F")});
    CHECK(note.contains(QStringLiteral("found again from the history")));
    CHECK(note.contains(QStringLiteral("now counts 3 where the closed month counted 2")));
    CHECK(opened.size() == 2); // closed with Esc: nothing opened

    // December is not over: nothing to close yet.
    section.change([&] { view.filterBar()->nextMonth(); });
    CHECK_FALSE(pay.closeButton()->isEnabled());
    MessageBox::resetForTest();
    ModalDialog::resetForTest();
}

TEST_CASE("The head sets pay rates from a day: checked as typed, earlier events keep the old rate, the tab follows",
          "[ui][reports][pay]")
{
    ScopedTimeZone moscow{QByteArrayLiteral("Europe/Moscow")};
    ReportScenario scenario;
    NovemberSection section(scenario.base.context());
    ReportsView &view = section.view;
    view.tabs()->setCurrentIndex(ReportsView::PayTab);
    ReportPayPanel &pay = *view.payPanel();
    const ReportTableView *table = pay.table();
    REQUIRE(pay.ratesButton()->isVisible());
    const QString collectorRate = QStringLiteral("collector_per_confirmed_contact");
    const QString closerFixed = QStringLiteral("closer_fixed");
    QStringList told;

    // C and D were confirmed on 10 November; the new rates apply from the 11th: C and D stay at 50 roubles, the
    // closer's fixed part (the month's rate at its end) becomes 35,000.
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        auto &rates = dynamic_cast<PayRatesDialog &>(dialog);
        showForReal(rates);
        QTableWidget *values = rates.table();
        auto *save = child<QPushButton>(rates, "saveButton");
        // In roubles and percent, from the first day of the current month.
        CHECK(rates.fromEdit()->date() == QDate(2026, 12, 1));
        CHECK(values->item(rates.rowOf(collectorRate), PayRatesDialog::ValueColumn)->text()
              == PayRates::text(collectorRate, 5000, QLocale()));
        CHECK(
            values->item(rates.rowOf(QStringLiteral("closer_new_clients_margin_percent")), PayRatesDialog::ValueColumn)
                ->text()
            == QStringLiteral("10 %"));

        typeInto(values, rates.rowOf(collectorRate), PayRatesDialog::ValueColumn, QStringLiteral("fifty"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(save, Qt::LeftButton);
        told.append(MessageBox::lastText());
        CHECK(rates.isVisible());
        typeInto(values, rates.rowOf(collectorRate), PayRatesDialog::ValueColumn, QStringLiteral("-5"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(save, Qt::LeftButton);
        told.append(MessageBox::lastText());
        CHECK(rates.isVisible());

        typeInto(values, rates.rowOf(collectorRate), PayRatesDialog::ValueColumn, QStringLiteral("80"));
        typeInto(values, rates.rowOf(closerFixed), PayRatesDialog::ValueColumn, QStringLiteral("35000"));
        rates.fromEdit()->setDate(QDate(2026, 11, 11));
        CHECK(child<QLabel>(rates, "payRatesClosedNote")->isHidden()); // nothing is closed yet
        // Enter on the table, not editing: the dialog's default button, Save.
        QTest::keyClick(values, Qt::Key_Return);
    });
    section.change([&] { QTest::mouseClick(pay.ratesButton(), Qt::LeftButton); });
    CHECK_FALSE(ModalDialog::hasUnusedFiller());
    REQUIRE(told.size() == 2);
    CHECK(told.at(0)
          == QStringLiteral("Collector: per confirmed contact: \"fifty\" is not a number. Type the amount in "
                            "roubles, e.g. 1 500."));
    CHECK(told.at(1) == QStringLiteral("A pay rate cannot be below zero (Collector: per confirmed contact)."));

    const PayRates stored = PayrollReport(scenario.base.context()).rates();
    const QDateTime eleventh(QDate(2026, 11, 11), QTime(0, 0), ReportScenario::moscow());
    CHECK(stored.at(collectorRate, eleventh) == 8000);
    CHECK(stored.at(collectorRate, eleventh.addMSecs(-1)) == 5000);
    CHECK(stored.at(closerFixed, eleventh) == 3500000);
    const int confirmed = NovemberSection::rowOf(table, QStringLiteral("collector person"),
                                                 PayrollReport::kindTitle(QStringLiteral("confirmed_contacts")));
    CHECK(NovemberSection::cell(table, confirmed, Base) == money(5000));
    CHECK(NovemberSection::cell(table, confirmed, Amount) == money(10000));
    const int fixed = NovemberSection::rowOf(table, QStringLiteral("closer person"),
                                             PayrollReport::kindTitle(QStringLiteral("fixed")));
    CHECK(NovemberSection::cell(table, fixed, Amount) == money(3500000));

    // November closed, a rate from a day inside it asks first, and the answer Cancel keeps the dialog and the rates.
    PayrollReport(scenario.base.context()).close(ReportScenario::november());
    section.change([&] { view.refresh(); });
    bool keptOpen = false;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        auto &rates = dynamic_cast<PayRatesDialog &>(dialog);
        showForReal(rates);
        CHECK(rates.table()->item(rates.rowOf(closerFixed), PayRatesDialog::ValueColumn)->text()
              == PayRates::text(closerFixed, 3500000, QLocale()));
        typeInto(rates.table(), rates.rowOf(closerFixed), PayRatesDialog::ValueColumn, QStringLiteral("40000"));
        rates.fromEdit()->setDate(QDate(2026, 11, 20));
        CHECK(child<QLabel>(rates, "payRatesClosedNote")->isVisible());
        CHECK(child<QLabel>(rates, "payRatesClosedNote")->text().contains(QStringLiteral("2026-11")));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>(rates, "saveButton"), Qt::LeftButton);
        told.append(MessageBox::lastText());
        keptOpen = rates.isVisible();
        CHECK(PayrollReport(scenario.base.context()).rates().at(closerFixed, eleventh.addDays(20)) == 3500000);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(rates, "saveButton"), Qt::LeftButton);
    });
    section.change([&] { QTest::mouseClick(pay.ratesButton(), Qt::LeftButton); });
    CHECK(keptOpen);
    CHECK(told.back().contains(QStringLiteral("2026-11")));
    CHECK(told.back().contains(QStringLiteral("stays as it was paid")));
    CHECK(told.back().contains(QStringLiteral("correction line in the next open month")));
    // November stays as paid; December pays the 5,000 roubles of difference as a correction.
    CHECK(NovemberSection::cell(table,
                                NovemberSection::rowOf(table, QStringLiteral("closer person"),
                                                       PayrollReport::kindTitle(QStringLiteral("fixed"))),
                                Amount)
          == money(3500000));
    section.change([&] { view.filterBar()->nextMonth(); });
    const QString correction = PayrollReport::kindTitle(QStringLiteral("correction"))
        + QStringLiteral(" (2026-11, %1)").arg(PayrollReport::kindTitle(QStringLiteral("fixed")));
    CHECK(
        NovemberSection::cell(table, NovemberSection::rowOf(table, QStringLiteral("closer person"), correction), Amount)
        == money(500000));

    // Esc closes the dialog without saving.
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        auto &rates = dynamic_cast<PayRatesDialog &>(dialog);
        showForReal(rates);
        typeInto(rates.table(), rates.rowOf(collectorRate), PayRatesDialog::ValueColumn, QStringLiteral("99"));
        QTest::keyClick(rates.table(), Qt::Key_Escape);
        CHECK(rates.result() == QDialog::Rejected);
    });
    QSignalSpy refreshed(&view, &ReportsView::refreshed);
    QTest::mouseClick(pay.ratesButton(), Qt::LeftButton);
    CHECK(
        PayrollReport(scenario.base.context()).rates().at(collectorRate, QDateTime(QDate(2027, 1, 1), QTime(), Qt::UTC))
        == 8000);
    CHECK_FALSE(view.isReading());
    MessageBox::resetForTest();
    ModalDialog::resetForTest();
}

TEST_CASE("The head sets the roles' norms: checked as typed, the plan, its chart and the bonuses follow",
          "[ui][reports][plan]")
{
    ScopedTimeZone moscow{QByteArrayLiteral("Europe/Moscow")};
    ReportScenario scenario;
    NovemberSection section(scenario.base.context());
    ReportsView &view = section.view;
    view.tabs()->setCurrentIndex(ReportsView::PlanTab);
    ReportPlanPanel &plan = *view.planPanel();
    const ReportTableView *table = plan.table();
    REQUIRE(plan.normsButton()->isVisible());

    // The chart under the table: each person's main figure, the caller's 2 meetings held of 20 behind the pace.
    auto *chart = plan.chart()->chart();
    REQUIRE(chart->series().size() == 1);
    auto *series = qobject_cast<QBarSeries *>(chart->series().front());
    REQUIRE(series != nullptr);
    auto *people = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).front());
    REQUIRE(people != nullptr);
    const auto categoryOf = [&](const QString &name) {
        for (int at = 0; at < people->count(); ++at) {
            if (people->at(at) == QString(name).replace(QLatin1Char(' '), QStringLiteral("<br>")))
                return at;
        }
        return -1;
    };
    const int callerBar = categoryOf(QStringLiteral("caller person"));
    REQUIRE(callerBar >= 0);
    QBarSet *done = series->barSets().at(1);
    CHECK(done->at(callerBar) == 10.0);
    CHECK(done->isBarSelected(callerBar)); // red: behind
    CHECK(series->barSets().at(0)->at(callerBar) == 100.0); // November is over: due the whole plan
    CHECK(categoryOf(QStringLiteral("collector person")) >= 0);
    CHECK(series->barSets().at(1)->at(categoryOf(QStringLiteral("closer person"))) == 50.0); // 3 contracts of 6

    ModalDialog::setNextFiller([&](QDialog &dialog) {
        auto &norms = dynamic_cast<PlanNormsDialog &>(dialog);
        showForReal(norms);
        QTableWidget *values = norms.table();
        const int held = norms.rowOf(UserRole::Caller, QStringLiteral("booked_meetings_held"));
        const int contracts = norms.rowOf(UserRole::Closer, QStringLiteral("contracts"));
        CHECK(values->item(held, PlanNormsDialog::NormColumn)->text() == count(20));
        CHECK(values
                  ->item(norms.rowOf(UserRole::AccountManager, QStringLiteral("payments_kopecks")),
                         PlanNormsDialog::NormColumn)
                  ->text()
              == money(100000000));
        typeInto(values, held, PlanNormsDialog::NormColumn, QStringLiteral("2.5"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(norms, "saveButton"), Qt::LeftButton);
        CHECK(MessageBox::lastText()
              == QStringLiteral("%1, Booked meetings held: \"2.5\" is not a whole number.")
                     .arg(userRoleTitle(UserRole::Caller)));
        CHECK(norms.isVisible());
        typeInto(values, held, PlanNormsDialog::NormColumn, QStringLiteral("2"));
        typeInto(values, contracts, PlanNormsDialog::NormColumn, QStringLiteral("3"));
        QTest::keyClick(values, Qt::Key_Return);
        CHECK(norms.result() == QDialog::Accepted);
    });
    section.change([&] { QTest::mouseClick(plan.normsButton(), Qt::LeftButton); });
    CHECK_FALSE(ModalDialog::hasUnusedFiller());
    CHECK(PlanRepository(scenario.base.context()).norms(UserRole::Caller).value(QStringLiteral("booked_meetings_held"))
          == 2);
    CHECK(PlanRepository(scenario.base.context()).norms(UserRole::Closer).value(QStringLiteral("contracts")) == 3);

    // The plan and the chart follow; the caller is no longer behind.
    const int held = NovemberSection::rowOf(table, QStringLiteral("caller person"), normTitle("booked_meetings_held"));
    CHECK(NovemberSection::cell(table, held, Plan) == count(2));
    CHECK_FALSE(plan.isBehind(held));
    chart = plan.chart()->chart();
    series = qobject_cast<QBarSeries *>(chart->series().front());
    people = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).front());
    CHECK(series->barSets().at(1)->at(categoryOf(QStringLiteral("caller person"))) == 100.0);
    CHECK_FALSE(series->barSets().at(1)->isBarSelected(categoryOf(QStringLiteral("caller person"))));

    // The plans met, the bonuses are paid: base_kopecks is the money, count the figure that met the plan.
    view.tabs()->setCurrentIndex(ReportsView::PayTab);
    const ReportTableView *pay = view.payPanel()->table();
    const int teamBonus = NovemberSection::rowOf(pay, QStringLiteral("caller person"),
                                                 PayrollReport::kindTitle(QStringLiteral("team_bonus")));
    CHECK(NovemberSection::cell(pay, teamBonus, Count) == count(2));
    CHECK(NovemberSection::cell(pay, teamBonus, Base) == money(1000000));
    CHECK(NovemberSection::cell(pay, teamBonus, Amount) == money(1000000));
    const int planBonus = NovemberSection::rowOf(pay, QStringLiteral("closer person"),
                                                 PayrollReport::kindTitle(QStringLiteral("plan_bonus")));
    CHECK(NovemberSection::cell(pay, planBonus, Count) == count(3));
    CHECK(NovemberSection::cell(pay, planBonus, Amount) == money(1500000));

    // With November's pay closed, Save asks first and says what happens to it.
    PayrollReport(scenario.base.context()).close(ReportScenario::november());
    view.tabs()->setCurrentIndex(ReportsView::PlanTab);
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        auto &norms = dynamic_cast<PlanNormsDialog &>(dialog);
        showForReal(norms);
        typeInto(norms.table(), norms.rowOf(UserRole::Closer, QStringLiteral("contracts")), PlanNormsDialog::NormColumn,
                 QStringLiteral("6"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(norms, "saveButton"), Qt::LeftButton);
    });
    section.change([&] { QTest::mouseClick(plan.normsButton(), Qt::LeftButton); });
    CHECK(MessageBox::lastText().contains(QStringLiteral("(2026-11)")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("stays as it was paid")));
    CHECK(PlanRepository(scenario.base.context()).norms(UserRole::Closer).value(QStringLiteral("contracts")) == 6);
    MessageBox::resetForTest();
    ModalDialog::resetForTest();
}

TEST_CASE("The calculator recomputes as a rate is typed and saves its result as next month's plans",
          "[ui][reports][calculator]")
{
    ScopedTimeZone moscow{QByteArrayLiteral("Europe/Moscow")};
    ReportScenario scenario;
    NovemberSection section(scenario.base.context());
    ReportsView &view = section.view;
    REQUIRE(view.tabs()->isTabVisible(ReportsView::CalculatorTab));
    view.tabs()->setCurrentIndex(ReportsView::CalculatorTab);
    FunnelCalculatorPanel &calculator = *view.calculatorPanel();
    CHECK_FALSE(child<QPushButton>(view, "reportExportButton")->isEnabled());

    // Measured over November: 3 offers (A, D and the repeat deal of Z) gave 3 contracts.
    auto *contractsPerOffer = child<QDoubleSpinBox>(view, "contractsPerOffer");
    CHECK(contractsPerOffer->value() == 100.0);
    auto *offers = child<QLabel>(view, "calculatorOffers");
    CHECK(offers->text() == count(10)); // the default target: 10 contracts

    // What if only a fifth of the offers is signed: 50 offers for 10 contracts.
    contractsPerOffer->setFocus();
    contractsPerOffer->selectAll();
    typeText(contractsPerOffer, QStringLiteral("20"));
    CHECK(contractsPerOffer->value() == 20.0);
    CHECK(offers->text() == count(50));
    const CalculatorResult expected = FunnelCalculator::forContracts(10, calculator.assumptions());
    CHECK(calculator.result().offers == 50);
    CHECK(calculator.result().meetingsBooked == expected.meetingsBooked);
    CHECK(child<QLabel>(view, "calculatorBooked")->text() == count(expected.meetingsBooked));

    // A rate of zero breaks the chain, and says where.
    contractsPerOffer->selectAll();
    typeText(contractsPerOffer, QStringLiteral("0"));
    CHECK(child<QLabel>(view, "calculatorBroken")->isVisible());
    CHECK(child<QLabel>(view, "calculatorBroken")->text().contains(QStringLiteral("offer → contract")));
    QTest::mouseClick(child<QPushButton>(view, "calculatorResetButton"), Qt::LeftButton);
    CHECK(contractsPerOffer->value() == 100.0);
    CHECK_FALSE(child<QLabel>(view, "calculatorBroken")->isVisible());
    contractsPerOffer->selectAll();
    typeText(contractsPerOffer, QStringLiteral("20"));

    // Saved as January's plans (the month after the clock's), the only active caller taking all the meetings.
    CHECK(calculator.nextMonth() == QStringLiteral("2027-01"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    section.change([&] { QTest::mouseClick(child<QPushButton>(view, "calculatorSaveButton"), Qt::LeftButton); });
    CHECK(MessageBox::lastText().contains(QStringLiteral("January 2027")));
    const QHash<qint64, QHash<QString, qint64>> plans
        = PlanRepository(scenario.base.context()).plans(QStringLiteral("2027-01"));
    CHECK(plans.value(scenario.callerId).value(QStringLiteral("meetings_booked")) == expected.meetingsBooked);
    CHECK(plans.value(scenario.closerId).value(QStringLiteral("offers")) == 50);
    CHECK(plans.value(scenario.closerId).value(QStringLiteral("contracts")) == 10);
    // What was typed stays after the figures are read again.
    CHECK(contractsPerOffer->value() == 20.0);
    MessageBox::resetForTest();
}

TEST_CASE("A caller sees their own plan and pay lines and no calculator", "[ui][reports][plan][pay]")
{
    ScopedTimeZone moscow{QByteArrayLiteral("Europe/Moscow")};
    ReportScenario scenario;
    sitAsCaller(scenario);
    NovemberSection section(scenario.base.contextAs(scenario.callerId));
    ReportsView &view = section.view;
    CHECK_FALSE(view.tabs()->isTabVisible(ReportsView::CalculatorTab));

    view.tabs()->setCurrentIndex(ReportsView::PlanTab);
    const ReportTableView *plan = view.planPanel()->table();
    REQUIRE(plan->rowCount() > 0);
    for (int row = 0; row < plan->rowCount(); ++row)
        CHECK(plan->item(row, 0)->text() == QStringLiteral("caller person"));
    CHECK(view.planPanel()->setPlanButton()->isHidden());
    CHECK(view.planPanel()->normsButton()->isHidden());

    view.tabs()->setCurrentIndex(ReportsView::PayTab);
    const ReportTableView *pay = view.payPanel()->table();
    REQUIRE(pay->rowCount() > 0);
    for (int row = 0; row < pay->rowCount(); ++row)
        CHECK(pay->item(row, 0)->text() == QStringLiteral("caller person"));
    CHECK(NovemberSection::cell(
              pay, NovemberSection::rowOf(pay, QStringLiteral("caller person"), QStringLiteral("Total")), Amount)
          == money(400000));
    CHECK(view.payPanel()->closeButton()->isHidden());
    CHECK(view.payPanel()->ratesButton()->isHidden());
}
