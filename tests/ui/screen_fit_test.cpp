// Every section at the screen sizes offices have (a 1024×700 netbook to a 1920×1080 monitor), in Russian, whose
// words are about a third longer than the English source: nothing is cut, every column and button is reachable.
#include "clients/ClientsView.h"
#include "common/ListTableView.h"
#include "company/ColdBaseView.h"
#include "deals/DealColumn.h"
#include "deals/PipelineBoard.h"
#include "demo/DemoBase.h"
#include "meetings/MeetingsView.h"
#include "models/CompanyListModel.h"
#include "reports/ReportFilterBar.h"
#include "reports/ReportPayPanel.h"
#include "reports/ReportPlanPanel.h"
#include "reports/ReportTableView.h"
#include "reports/ReportsView.h"
#include "shell/MainWindow.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"
#include "team/TeamView.h"
#include "today/TodayView.h"

#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <memory>

using namespace voronka;
using namespace voronka::test;

namespace {
// The Russian translation Voronka ships, for as long as the test runs (widgets take their texts when built).
class RussianInterface
{
public:
    RussianInterface()
    {
        REQUIRE(m_translator.load(QStringLiteral(VORONKA_RU_QM)));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~RussianInterface() { QCoreApplication::removeTranslator(&m_translator); }
    RussianInterface(const RussianInterface &) = delete;
    RussianInterface &operator=(const RussianInterface &) = delete;

private:
    QTranslator m_translator;
};

// The demo department's base in the main window of its head, in Russian, at a screen size.
struct RussianWindow
{
    explicit RussianWindow(const QSize &screen)
    {
        DemoBase::fill(base.context(), 120);
        window = std::make_unique<MainWindow>(base.context(), *UserRepository(base.context()).find(1));
        window->resize(screen);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    void show(MainWindow::Section section)
    {
        window->showSection(section);
        QCoreApplication::processEvents(); // the layouts settle
    }

    TestDatabase base;
    RussianInterface russian;
    std::unique_ptr<MainWindow> window;
};

// A column that is wider than the list shows, or columns narrower than their headers: what the eye would catch.
void checkColumns(const ListTableView &table, int nameColumn)
{
    const QHeaderView *header = table.horizontalHeader();
    INFO(table.objectName().toStdString());
    for (int column = 0; column < table.model()->columnCount(); ++column) {
        INFO("column " << column << ": " << table.model()->headerData(column, Qt::Horizontal).toString().toStdString());
        CHECK(table.columnWidth(column) >= header->sectionSizeHint(column));
        if (nameColumn >= 0 && column != nameColumn)
            CHECK(table.columnWidth(nameColumn) > table.columnWidth(column));
    }
    // The columns fill the list's width: no empty strip at the right, no last column taking what the name needs.
    int total = 0;
    for (int column = 0; column < table.model()->columnCount(); ++column)
        total += table.columnWidth(column);
    CHECK(total >= table.viewport()->width());
}

// The buttons in a part of a section show their whole text, inside the section (or are hidden, behind an overflow).
void checkButtonsFit(QWidget &section, QWidget &part)
{
    for (QPushButton *button : part.findChildren<QPushButton *>()) {
        if (!button->isVisibleTo(&section))
            continue;
        INFO(button->objectName().toStdString() << " \"" << button->text().toStdString() << "\"");
        CHECK(button->width() >= button->sizeHint().width());
        CHECK(section.rect().contains(QRect(button->mapTo(&section, QPoint(0, 0)), button->size())));
    }
}
} // namespace

TEST_CASE("Every section fits the screen in Russian", "[ui][layout]")
{
    const QSize screen = GENERATE(QSize(1024, 700), QSize(1366, 768), QSize(1920, 1080));
    INFO("screen " << screen.width() << "×" << screen.height());
    RussianWindow russian(screen);
    MainWindow &window = *russian.window;
    // The window goes down to a small screen: no section holds it wider or taller.
    INFO("window " << window.width() << "×" << window.height() << " min " << window.minimumSizeHint().width() << "×"
                   << window.minimumSizeHint().height());
    CHECK(window.size() == screen);

    SECTION("the cold base: a search box to type in, whole buttons, names wide enough to read")
    {
        russian.show(MainWindow::ColdBase);
        ColdBaseView &view = *window.coldBaseView();
        CHECK(child<QLineEdit>(view, "searchEdit")->width() >= 180);
        // Buttons that do not fit are behind the tool bar's overflow button, which is there to press.
        auto *toolbar = child<QToolBar>(view, "coldBaseToolbar");
        checkButtonsFit(view, *toolbar);
        for (const char *name : {"addCompanyButton", "importButton", "deleteCompanyButton"}) {
            if (!child<QPushButton>(view, name)->isVisibleTo(&view)) {
                auto *overflow = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
                REQUIRE(overflow != nullptr);
                CHECK(overflow->isVisibleTo(&view));
            }
        }
        checkColumns(*child<ListTableView>(view, "companyTable"), CompanyListModel::NameColumn);
    }
    SECTION("the clients: the company column is the widest")
    {
        russian.show(MainWindow::Clients);
        ClientsView &view = *window.clientsView();
        REQUIRE(view.rows().size() > 0);
        CHECK(child<QLineEdit>(view, "clientSearch")->width() >= 180);
        checkColumns(*child<ListTableView>(view, "clientTable"), ClientsView::NameColumn);
    }
    SECTION("the meetings: the company column is the widest, the place readable")
    {
        russian.show(MainWindow::Meetings);
        MeetingsView &view = *window.meetingsView();
        REQUIRE(view.rows().size() > 0);
        checkButtonsFit(view, view);
        auto *table = child<ListTableView>(view, "meetingTable");
        checkColumns(*table, MeetingsView::CompanyColumn);
        // A place ("Видеозвонок", "г. Москва, офис клиента") shows at least a dozen characters.
        CHECK(table->columnWidth(MeetingsView::PlaceColumn) >= 12 * table->fontMetrics().averageCharWidth());
    }
    SECTION("today: the time and how late it is show whole")
    {
        russian.show(MainWindow::Today);
        auto *table = child<ListTableView>(*window.todayView(), "todayTable");
        REQUIRE(table->model()->rowCount() > 0);
        checkColumns(*table, -1);
        QFont bold = table->font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->columnSpan(row, 0) > 1)
                continue; // a heading
            // The time and how late it is; a task handed to the head says so after it, elided if it must be.
            QString when = table->model()->index(row, 0).data().toString();
            when = when.left(when.indexOf(QLatin1Char(')')) + 1);
            INFO(when.toStdString());
            CHECK(table->columnWidth(0) >= metrics.horizontalAdvance(when) + 2 * metrics.averageCharWidth());
        }
    }
    SECTION("the deals: every column can be scrolled into view, cards show whole names")
    {
        russian.show(MainWindow::Deals);
        PipelineBoard &board = *window.pipelineBoard();
        QScrollArea *scroll = board.scrollArea();
        for (const DealStep step : allDealSteps()) {
            DealColumn *column = board.column(step);
            INFO(dealStepKey(step).toStdString());
            scroll->ensureWidgetVisible(column, 0, 0);
            const QRect inView(column->mapTo(scroll->viewport(), QPoint(0, 0)), column->size());
            CHECK(scroll->viewport()->rect().contains(inView));
            CHECK(column->width() >= 120);
            for (int row = 0; row < column->count(); ++row) {
                const QString name = column->item(row)->data(DealColumn::CompanyNameRole).toString();
                const QString text = column->item(row)->text();
                INFO(text.toStdString());
                // The name's lines come first, broken after a space or a hyphen: joined, they are the whole name.
                QString shown;
                for (const QString &line : text.split(QLatin1Char('\n'))) {
                    if (shown.size() >= name.size())
                        break;
                    shown += (shown.isEmpty() || shown.endsWith(QLatin1Char('-')) ? QString() : QStringLiteral(" "))
                        + line;
                }
                CHECK(shown == name);
                // Each of its lines fits the card's text area: the style sheet's frame and the text's margins.
                const int textWidth = column->visualItemRect(column->item(row)).width() - 2 * (1 + 4 + 1)
                    - 2 * (column->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, column) + 1);
                for (const QString &line :
                     text.split(QLatin1Char('\n')).mid(0, int(name.count(QLatin1Char(' '))) + 1)) {
                    if (name.contains(line))
                        CHECK(column->fontMetrics().horizontalAdvance(line) <= textWidth);
                }
            }
        }
    }
    SECTION("the team: every column in view without scrolling, the names readable, whole buttons")
    {
        russian.show(MainWindow::Team);
        TeamView &view = *window.teamView();
        checkButtonsFit(view, view);
        QTableWidget *table = view.table();
        REQUIRE(table->rowCount() > 0);
        const QHeaderView *header = table->horizontalHeader();
        int total = 0;
        for (int column = 0; column < table->columnCount(); ++column) {
            INFO("column " << column << ": " << table->horizontalHeaderItem(column)->text().toStdString());
            CHECK(table->columnWidth(column) >= header->sectionSizeHint(column));
            total += table->columnWidth(column);
        }
        CHECK(total <= table->viewport()->width());
        CHECK_FALSE(table->horizontalScrollBar()->isVisible());
        // The longest name of the demo department shows whole.
        int longest = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            longest = std::max(longest,
                               table->fontMetrics().horizontalAdvance(table->item(row, TeamView::NameColumn)->text()));
        CHECK(table->columnWidth(TeamView::NameColumn) >= longest);
    }
    SECTION("the reports' plan and pay: whole buttons, the plan's chart under its table with room to be read")
    {
        ReportsView &view = *window.reportsView();
        QSignalSpy refreshed(&view, &ReportsView::refreshed);
        russian.show(MainWindow::Reports);
        REQUIRE(signalCame(refreshed));
        view.tabs()->setCurrentIndex(ReportsView::PlanTab);
        QCoreApplication::processEvents();
        checkButtonsFit(view, *view.planPanel());
        CHECK(view.planPanel()->normsButton()->isVisible());
        CHECK(view.planPanel()->chart()->height() >= 180);
        CHECK(view.planPanel()->chart()->width() >= 600);
        CHECK(view.planPanel()->table()->viewport()->height() >= 150);
        CHECK_FALSE(view.planPanel()->table()->horizontalScrollBar()->isVisible());
        view.tabs()->setCurrentIndex(ReportsView::PayTab);
        QCoreApplication::processEvents();
        checkButtonsFit(view, *view.payPanel());
        CHECK(view.payPanel()->ratesButton()->isVisible());
    }
    SECTION("the reports: the bar and the buttons whole, every stage and its figures in view")
    {
        ReportsView &view = *window.reportsView();
        QSignalSpy refreshed(&view, &ReportsView::refreshed);
        russian.show(MainWindow::Reports);
        const bool shown = signalCame(refreshed);
        INFO("problem: " << child<QLabel>(view, "reportProblem")->text().toStdString());
        REQUIRE(shown);
        QCoreApplication::processEvents();
        checkButtonsFit(view, view);
        for (QWidget *part : view.filterBar()->findChildren<QWidget *>()) {
            if (!part->isVisibleTo(&view) || part->parentWidget() != view.filterBar())
                continue;
            INFO(part->objectName().toStdString() << " " << part->metaObject()->className());
            CHECK(view.rect().contains(QRect(part->mapTo(&view, QPoint(0, 0)), part->size())));
            CHECK(part->width() >= part->minimumSizeHint().width());
        }
        // The funnel's stages all in view, and their columns without scrolling sideways.
        ReportTableView *stages = view.stagesTable();
        REQUIRE(stages->rowCount() == 6);
        CHECK(stages->viewport()->height() >= stages->rowViewportPosition(5) + stages->rowHeight(5));
        const QHeaderView *header = stages->horizontalHeader();
        for (int column = 0; column < stages->columnCount(); ++column) {
            INFO("column " << column << ": " << stages->horizontalHeaderItem(column)->text().toStdString());
            CHECK(stages->columnWidth(column) >= header->sectionSizeHint(column));
        }
        CHECK_FALSE(stages->horizontalScrollBar()->isVisible());
        // The charts have room to be read.
        CHECK(view.funnelChart()->height() >= 200);
        CHECK(view.funnelChart()->width() >= 300);
        view.tabs()->setCurrentIndex(ReportsView::ActivityTab);
        QCoreApplication::processEvents();
        CHECK(view.activityChart()->height() >= 180);
        // Twelve figures a person: on a 1024-pixel screen they scroll sideways, from 1366 pixels on all are in view.
        if (screen.width() >= 1366)
            CHECK_FALSE(view.activityTable()->horizontalScrollBar()->isVisible());
    }
}

TEST_CASE("The cold base's columns are sized from the rows in view, never by reading the whole list", "[ui][layout]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 600); // six pages of the list model
    ColdBaseView view(base.context(), UserRepository(base.context()).list());
    view.resize(1024, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *table = child<ListTableView>(view, "companyTable");
    table->fitColumns();
    view.reloadList();
    CHECK(view.model()->pagesRead() <= 2);
    CHECK(table->columnWidth(CompanyListModel::NameColumn) >= table->neededColumnWidth(CompanyListModel::NameColumn));
}
