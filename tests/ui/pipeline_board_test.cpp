#include "common/MessageBox.h"
#include "company/ColdBaseView.h"
#include "company/CompanyCard.h"
#include "deals/DealColumn.h"
#include "deals/PipelineBoard.h"
#include "shell/MainWindow.h"
#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

using namespace voronka;
using namespace voronka::test;

namespace {
struct Board
{
    Board()
    {
        User user;
        user.login = QStringLiteral("closer");
        user.fullName = QStringLiteral("Пётр Закрывалов");
        user.role = UserRole::Closer;
        UserRepository(base.context()).create(user);
        closerId = user.id;
        Company company = makeCompany(QStringLiteral("ООО «Ромашка»"));
        CompanyRepository(base.context()).create(company);
        companyId = company.id;
    }

    qint64 addDeal(const QString &title, DealStep step, qint64 amountKopecks, qint64 ownerId)
    {
        Deal deal;
        deal.companyId = companyId;
        deal.ownerId = ownerId;
        deal.title = title;
        deal.step = step;
        deal.amountKopecks = amountKopecks;
        DealRepository(base.context()).create(deal);
        return deal.id;
    }

    void open()
    {
        board = std::make_unique<PipelineBoard>(base.context(), UserRepository(base.context()).list());
        board->resize(1200, 600);
        board->show();
        board->activateWindow(); // keys go to the card with the focus
        REQUIRE(QTest::qWaitForWindowActive(board.get()));
    }

    // Drags the deal's card from the column it is in and drops it on the target column, as a mouse drag
    // would deliver it (enter, move, drop on the target's viewport); then lets the queued move run.
    bool drag(qint64 dealId, DealStep from, DealStep to)
    {
        DealColumn *source = board->column(from);
        QListWidgetItem *card = nullptr;
        for (int row = 0; row < source->count(); ++row) {
            if (source->item(row)->data(DealColumn::DealIdRole).toLongLong() == dealId)
                card = source->item(row);
        }
        REQUIRE(card != nullptr);
        const std::unique_ptr<QMimeData> data(
            DealColumn::dealMimeData(dealId, card->data(DealColumn::VersionRole).toLongLong(), from));
        QWidget *target = board->column(to)->viewport();
        const QPoint at = target->rect().center();
        const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
        QDragEnterEvent enter(at, actions, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(at, actions, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent drop(QPointF(at), actions, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QCoreApplication::processEvents();
        return drop.isAccepted();
    }

    DealStep stepOf(qint64 dealId) { return DealRepository(base.context()).find(dealId)->step; }
    qint64 historyRows(qint64 dealId, const QString &from, const QString &to)
    {
        return SqlStatement::scalar(base.db().connection(),
                                    QStringLiteral("SELECT count(*) FROM stage_history WHERE deal_id = ? AND "
                                                   "from_stage IS ? AND to_stage = ? AND user_id = 1"),
                                    {dealId, from, to})
            .toLongLong();
    }
    QString header(DealStep step)
    {
        return child<QLabel>(*board, (QStringLiteral("header_") + dealStepKey(step)).toLatin1().constData())->text();
    }

    TestDatabase base;
    qint64 closerId = 0;
    qint64 companyId = 0;
    std::unique_ptr<PipelineBoard> board;
};
} // namespace

TEST_CASE("The board shows deals per step with count and sum in each column", "[ui][pipeline]")
{
    Board screen;
    screen.addDeal(QStringLiteral("Поставка"), DealStep::Needs, 125000000, screen.closerId);
    screen.addDeal(QStringLiteral("Монтаж"), DealStep::Needs, 250050, 1);
    screen.addDeal(QStringLiteral("Сервис"), DealStep::Contract, 0, 0);
    screen.open();

    CHECK(screen.board->column(DealStep::Needs)->count() == 2);
    CHECK(screen.board->column(DealStep::Contract)->count() == 1);
    CHECK(screen.board->column(DealStep::Paid)->count() == 0);
    CHECK(screen.header(DealStep::Needs) == QStringLiteral("<b>Needs</b> (2)<br>₽1,252,500.50"));
    CHECK(screen.header(DealStep::Lost) == QStringLiteral("<b>Lost</b> (0)<br>₽0.00"));
    const QString card = screen.board->column(DealStep::Contract)->item(0)->text();
    CHECK(card == QStringLiteral("ООО «Ромашка»\nСервис\nno amount yet"));
    CHECK(child<QLabel>(*screen.board, "boardSummary")->text()
          == QStringLiteral("Open deals: 3, worth ₽1,252,500.50"));
}

TEST_CASE("Dragging a card to the next column moves the deal and records it", "[ui][pipeline]")
{
    Board screen;
    const qint64 deal = screen.addDeal(QStringLiteral("Поставка"), DealStep::Needs, 1500000, screen.closerId);
    screen.open();
    QSignalSpy moved(screen.board.get(), &PipelineBoard::dealMoved);

    CHECK(screen.drag(deal, DealStep::Needs, DealStep::Presentation));
    CHECK(screen.stepOf(deal) == DealStep::Presentation);
    CHECK(screen.historyRows(deal, QStringLiteral("needs"), QStringLiteral("presentation")) == 1);
    CHECK(moved.count() == 1);
    CHECK(screen.board->column(DealStep::Needs)->count() == 0);
    REQUIRE(screen.board->column(DealStep::Presentation)->count() == 1);
    CHECK(screen.board->column(DealStep::Presentation)->item(0)->data(DealColumn::VersionRole).toLongLong() == 2);
    CHECK(screen.header(DealStep::Presentation) == QStringLiteral("<b>Presentation</b> (1)<br>₽15,000.00"));

    // Dropped back on the column it is in, nothing happens.
    CHECK_FALSE(screen.drag(deal, DealStep::Presentation, DealStep::Presentation));
    CHECK(screen.stepOf(deal) == DealStep::Presentation);
}

TEST_CASE("A refused drag says why and leaves the deal where it was", "[ui][pipeline]")
{
    Board screen;
    const qint64 deal = screen.addDeal(QStringLiteral("Поставка"), DealStep::Needs, 1500000, screen.closerId);
    screen.open();

    SECTION("a step the stage table does not allow")
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        screen.drag(deal, DealStep::Needs, DealStep::Contract);
        CHECK(MessageBox::lastText().startsWith(QStringLiteral("A deal cannot go from \"Needs\" to \"Contract\"")));
    }
    SECTION("paid, which only a payment makes")
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        screen.drag(deal, DealStep::Needs, DealStep::Paid);
        CHECK(MessageBox::lastText()
              == QStringLiteral("A deal becomes paid when its payment is recorded, not by moving it."));
    }
    SECTION("a colleague moved it first")
    {
        Deal other = *DealRepository(screen.base.context()).find(deal);
        other.amountKopecks = 2000000;
        DealRepository(screen.base.contextAs(screen.closerId)).update(other);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        screen.drag(deal, DealStep::Needs, DealStep::Presentation);
        CHECK(MessageBox::lastText().startsWith(QStringLiteral("The deal was changed by")));
        // The board reloads to show the colleague's change.
        CHECK(screen.header(DealStep::Needs) == QStringLiteral("<b>Needs</b> (1)<br>₽20,000.00"));
    }
    CHECK(screen.stepOf(deal) == DealStep::Needs);
    CHECK(screen.board->column(DealStep::Needs)->count() == 1);
    CHECK(SqlStatement::scalar(screen.base.db().connection(), QStringLiteral("SELECT count(*) FROM stage_history"))
              .toLongLong()
          == 0);
}

TEST_CASE("A card dropped on invoice issued asks for the invoice's number and date", "[ui][pipeline]")
{
    Board screen;
    const qint64 deal = screen.addDeal(QStringLiteral("Поставка"), DealStep::Contract, 1500000, screen.closerId);
    screen.open();
    bool answer = false;
    int asked = 0;
    screen.board->setMoveDetails([&](const PipelineDeal &shown, DealMove &move) {
        ++asked;
        CHECK(shown.id == deal);
        CHECK(move.to == DealStep::InvoiceIssued);
        move.invoiceNumber = QStringLiteral("С-117");
        move.invoiceDate = QDate(2026, 11, 25);
        return answer;
    });

    screen.drag(deal, DealStep::Contract, DealStep::InvoiceIssued); // cancelled
    CHECK(asked == 1);
    CHECK(screen.stepOf(deal) == DealStep::Contract);

    answer = true;
    screen.drag(deal, DealStep::Contract, DealStep::InvoiceIssued);
    const Deal stored = *DealRepository(screen.base.context()).find(deal);
    CHECK(stored.step == DealStep::InvoiceIssued);
    CHECK(stored.invoiceNumber == QStringLiteral("С-117"));
    CHECK(stored.invoiceDate == QDate(2026, 11, 25));
    CHECK(screen.board->column(DealStep::InvoiceIssued)->count() == 1);
}

TEST_CASE("The owner filter shows one closer's deals and sums", "[ui][pipeline]")
{
    Board screen;
    const qint64 mine = screen.addDeal(QStringLiteral("Поставка"), DealStep::Needs, 1500000, screen.closerId);
    screen.addDeal(QStringLiteral("Монтаж"), DealStep::Needs, 700000, 1);
    screen.addDeal(QStringLiteral("Сервис"), DealStep::Objections, 100000, 1);
    screen.open();
    CHECK(screen.header(DealStep::Needs) == QStringLiteral("<b>Needs</b> (2)<br>₽22,000.00"));

    auto *owner = child<QComboBox>(*screen.board, "ownerFilter");
    CHECK(owner->itemText(0) == QStringLiteral("All owners"));
    owner->setCurrentIndex(owner->findData(screen.closerId));
    REQUIRE(screen.board->column(DealStep::Needs)->count() == 1);
    CHECK(screen.board->column(DealStep::Needs)->item(0)->data(DealColumn::DealIdRole).toLongLong() == mine);
    CHECK(screen.board->column(DealStep::Objections)->count() == 0);
    CHECK(screen.header(DealStep::Needs) == QStringLiteral("<b>Needs</b> (1)<br>₽15,000.00"));

    owner->setCurrentIndex(0);
    CHECK(screen.board->column(DealStep::Needs)->count() == 2);
    CHECK(screen.board->column(DealStep::Objections)->count() == 1);
}

TEST_CASE("Ctrl+5 opens the board in the Deals section, with deals added meanwhile", "[ui][pipeline]")
{
    Board screen;
    MainWindow window(screen.base.context(), *UserRepository(screen.base.context()).find(1));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const qint64 deal = screen.addDeal(QStringLiteral("Поставка"), DealStep::Objections, 1500000, screen.closerId);

    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    CHECK(window.currentSection() == MainWindow::Deals);
    PipelineBoard *board = window.pipelineBoard();
    REQUIRE(board != nullptr);
    CHECK(board->isVisible());
    REQUIRE(board->column(DealStep::Objections)->count() == 1);
    CHECK(board->column(DealStep::Objections)->item(0)->data(DealColumn::DealIdRole).toLongLong() == deal);
}

TEST_CASE("Ctrl+arrows move the focused card's deal to the next or previous step, as a drag would", "[ui][pipeline]")
{
    Board screen;
    const qint64 deal = screen.addDeal(QStringLiteral("Поставка"), DealStep::Needs, 1500000, screen.closerId);
    screen.open();
    QSignalSpy moved(screen.board.get(), &PipelineBoard::dealMoved);

    REQUIRE(screen.board->focusDeal(deal));
    CHECK(screen.board->focusedDealId() == deal);
    QTest::keyClick(screen.board->column(DealStep::Needs), Qt::Key_Right, Qt::ControlModifier);
    CHECK(screen.stepOf(deal) == DealStep::Presentation);
    CHECK(screen.historyRows(deal, QStringLiteral("needs"), QStringLiteral("presentation")) == 1);
    CHECK(moved.count() == 1);
    // The card keeps the focus in its new column, so the next Ctrl+arrow moves it on.
    CHECK(screen.board->column(DealStep::Presentation)->hasFocus());
    CHECK(screen.board->focusedDealId() == deal);

    QTest::keyClick(screen.board->column(DealStep::Presentation), Qt::Key_Left, Qt::ControlModifier);
    CHECK(screen.stepOf(deal) == DealStep::Needs);
    CHECK(screen.historyRows(deal, QStringLiteral("presentation"), QStringLiteral("needs")) == 1);
    CHECK(screen.board->focusedDealId() == deal);

    // Nothing lies left of the first step.
    QTest::keyClick(screen.board->column(DealStep::Needs), Qt::Key_Left, Qt::ControlModifier);
    CHECK(screen.stepOf(deal) == DealStep::Needs);
    CHECK(moved.count() == 2);
}

TEST_CASE("A move by keys is refused for the same reasons as a drag, and asks the same questions", "[ui][pipeline]")
{
    Board screen;
    SECTION("paid is made by a payment, not by a move")
    {
        const qint64 deal = screen.addDeal(QStringLiteral("Поставка"), DealStep::InvoiceIssued, 1500000, 0);
        screen.open();
        REQUIRE(screen.board->focusDeal(deal));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(screen.board->column(DealStep::InvoiceIssued), Qt::Key_Right, Qt::ControlModifier);
        CHECK(MessageBox::lastText()
              == QStringLiteral("A deal becomes paid when its payment is recorded, not by moving it."));
        CHECK(screen.stepOf(deal) == DealStep::InvoiceIssued);
        CHECK(screen.board->focusedDealId() == deal);
    }
    SECTION("a paid deal is closed")
    {
        const qint64 deal = screen.addDeal(QStringLiteral("Поставка"), DealStep::Paid, 1500000, 0);
        screen.open();
        // Refused at once: no lost reason is asked for a move that cannot be made.
        int asked = 0;
        screen.board->setMoveDetails([&](const PipelineDeal &, DealMove &) { return ++asked > 0; });
        REQUIRE(screen.board->focusDeal(deal));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(screen.board->column(DealStep::Paid), Qt::Key_Right, Qt::ControlModifier);
        CHECK(MessageBox::lastText().startsWith(QStringLiteral("The deal is closed")));
        CHECK(asked == 0);
        CHECK(screen.stepOf(deal) == DealStep::Paid);
    }
    SECTION("an invoice needs its number and date")
    {
        const qint64 deal = screen.addDeal(QStringLiteral("Поставка"), DealStep::Contract, 1500000, 0);
        screen.open();
        int asked = 0;
        screen.board->setMoveDetails([&](const PipelineDeal &shown, DealMove &move) {
            ++asked;
            CHECK(shown.id == deal);
            move.invoiceNumber = QStringLiteral("С-118");
            move.invoiceDate = QDate(2026, 11, 26);
            return true;
        });
        REQUIRE(screen.board->focusDeal(deal));
        QTest::keyClick(screen.board->column(DealStep::Contract), Qt::Key_Right, Qt::ControlModifier);
        CHECK(asked == 1);
        const Deal stored = *DealRepository(screen.base.context()).find(deal);
        CHECK(stored.step == DealStep::InvoiceIssued);
        CHECK(stored.invoiceNumber == QStringLiteral("С-118"));
        // The card tells the invoice's number and that nothing is paid yet.
        REQUIRE(screen.board->column(DealStep::InvoiceIssued)->count() == 1);
        const QString card = screen.board->column(DealStep::InvoiceIssued)->item(0)->text();
        CHECK(card
              == QStringLiteral(
                  "ООО «Ромашка»\nПоставка\n₽15,000.00\ninvoice С-118\npaid ₽0.00"));
    }
    CHECK(SqlStatement::scalar(screen.base.db().connection(),
                               QStringLiteral("SELECT count(*) FROM stage_history "
                                              "WHERE to_stage <> 'invoice_issued'"))
              .toLongLong()
          == 0);
}

TEST_CASE("Arrows take the focus from card to card and across the columns", "[ui][pipeline]")
{
    Board screen;
    const qint64 older = screen.addDeal(QStringLiteral("Монтаж"), DealStep::Needs, 0, 0);
    screen.base.clock().advanceSeconds(1);
    const qint64 newer = screen.addDeal(QStringLiteral("Поставка"), DealStep::Needs, 0, 0);
    const qint64 objection = screen.addDeal(QStringLiteral("Сервис"), DealStep::Objections, 0, 0);
    screen.open();
    REQUIRE(screen.board->column(DealStep::Needs)->item(1)->data(DealColumn::DealIdRole).toLongLong() == older);

    REQUIRE(screen.board->focusDeal(newer));
    QTest::keyClick(screen.board->column(DealStep::Needs), Qt::Key_Down);
    CHECK(screen.board->focusedDealId() == older);
    // Right goes past the empty columns to the next card.
    QTest::keyClick(screen.board->column(DealStep::Needs), Qt::Key_Right);
    CHECK(screen.board->column(DealStep::Objections)->hasFocus());
    CHECK(screen.board->focusedDealId() == objection);
    QTest::keyClick(screen.board->column(DealStep::Objections), Qt::Key_Right);
    CHECK(screen.board->focusedDealId() == objection);
    QTest::keyClick(screen.board->column(DealStep::Objections), Qt::Key_Left);
    CHECK(screen.board->focusedDealId() == newer);
    CHECK(screen.stepOf(older) == DealStep::Needs);
    CHECK(screen.stepOf(objection) == DealStep::Objections);
}

TEST_CASE("Open company on a card shows the company in the cold base", "[ui][pipeline]")
{
    Board screen;
    const qint64 deal = screen.addDeal(QStringLiteral("Поставка"), DealStep::OfferSent, 1500000, screen.closerId);
    MainWindow window(screen.base.context(), *UserRepository(screen.base.context()).find(1));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showSection(MainWindow::Deals);
    PipelineBoard *board = window.pipelineBoard();

    SECTION("from the card's context menu")
    {
        std::unique_ptr<QMenu> menu(board->createCardMenu(deal, board));
        auto *open = menu->findChild<QAction *>(QStringLiteral("openCompanyAction"));
        REQUIRE(open != nullptr);
        CHECK(open->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Return));
        open->trigger();
    }
    SECTION("with Ctrl+Enter on the focused card")
    {
        REQUIRE(board->focusDeal(deal));
        QTest::keyClick(board->column(DealStep::OfferSent), Qt::Key_Return, Qt::ControlModifier);
    }
    CHECK(window.currentSection() == MainWindow::ColdBase);
    CHECK(window.coldBaseView()->card()->companyId() == screen.companyId);
}

TEST_CASE("A card shows a long company name whole, broken after a space or a hyphen", "[ui][pipeline]")
{
    const QFontMetrics metrics(QApplication::font());
    const QString name = QStringLiteral("ООО «Северная звезда-Логистик»");
    const auto wrapped = [&](const QStringList &lines, int maxLines = 3) {
        int width = 0;
        for (const QString &line : lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        return DealColumn::wrappedName(name, metrics, width, maxLines);
    };
    CHECK(wrapped({name}) == name);
    CHECK(wrapped({QStringLiteral("ООО «Северная звезда-")}) == QStringLiteral("ООО «Северная звезда-\nЛогистик»"));
    CHECK(wrapped({QStringLiteral("ООО «Северная"), QStringLiteral("звезда-Логистик»")})
          == QStringLiteral("ООО «Северная\nзвезда-Логистик»"));
    CHECK(wrapped({QStringLiteral("ООО «Северная"), QStringLiteral("звезда-")})
          == QStringLiteral("ООО «Северная\nзвезда-\nЛогистик»"));
    // What does not fit on the lines allowed is elided on the last.
    const QString cut = wrapped({QStringLiteral("ООО «Северная"), QStringLiteral("звезда-")}, 2);
    CHECK(cut.startsWith(QStringLiteral("ООО «Северная\nзвезда")));
    CHECK(cut.endsWith(QStringLiteral("…")));
    CHECK(cut.count(QLatin1Char('\n')) == 1);
}
