#include "DealColumn.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PipelineBoard.h"
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
        REQUIRE(QTest::qWaitForWindowExposed(board.get()));
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
        DealRepository(screen.base.contextAs(screen.closerId)).saveStep(other);
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
