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
#include "reports/PlanMetrics.h"
#include "reports/ReportFilterBar.h"
#include "reports/ReportPayPanel.h"
#include "reports/ReportPlanPanel.h"
#include "reports/ReportTableView.h"
#include "reports/ReportsView.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "support/ScopedTimeZone.h"
#include "support/WidgetTesting.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
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

    // A line of payments opens the company behind it (A, twice: the first).
    const int margin = NovemberSection::rowOf(table, QStringLiteral("closer person"),
                                              PayrollReport::kindTitle(QStringLiteral("new_clients_margin")));
    REQUIRE(margin >= 0);
    CHECK(pay.companiesOf(margin).size() == 2);
    CHECK(table->item(margin, 0)->toolTip().contains(QStringLiteral("2 companies")));
    QSignalSpy opened(&view, &ReportsView::companyActivated);
    const QRect cellRect = table->visualRect(table->model()->index(margin, 1));
    // The first click, then the second (QTest::mouseDClick alone sends no first press).
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
    REQUIRE(opened.size() == 1);
    CHECK(opened.front().front().toLongLong() == scenario.companies.value(QStringLiteral("A")));
    CHECK(pay.companiesOf(closerTotal).isEmpty());

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

    // December is not over: nothing to close yet.
    section.change([&] { view.filterBar()->nextMonth(); });
    CHECK_FALSE(pay.closeButton()->isEnabled());
    MessageBox::resetForTest();
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

    view.tabs()->setCurrentIndex(ReportsView::PayTab);
    const ReportTableView *pay = view.payPanel()->table();
    REQUIRE(pay->rowCount() > 0);
    for (int row = 0; row < pay->rowCount(); ++row)
        CHECK(pay->item(row, 0)->text() == QStringLiteral("caller person"));
    CHECK(NovemberSection::cell(
              pay, NovemberSection::rowOf(pay, QStringLiteral("caller person"), QStringLiteral("Total")), Amount)
          == money(400000));
    CHECK(view.payPanel()->closeButton()->isHidden());
}
