// Carrying a deal to money in the window: a payment recorded from the pipeline board (with the first payment's
// handover), and a new deal opened from the company card or, as a repeat sale, from a deal's card on the board.
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "company/CompanyCard.h"
#include "company/CompanyTimeline.h"
#include "deals/DealColumn.h"
#include "deals/PipelineBoard.h"
#include "funnel/StageMover.h"
#include "storage/ClientHandoverRepository.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

using namespace voronka;
using namespace voronka::test;

namespace {
constexpr qint64 DealAmount = 100'000'00; // 100 000 roubles in kopecks

// A closer, two account managers (Борис already serves a client, Анна none yet) and ООО «Ромашка» at deal.
struct Sales
{
    Sales()
    {
        closerId = createUser(base, QStringLiteral("closer"), QStringLiteral("Пётр Закрывалов"), UserRole::Closer);
        borisId = createUser(base, QStringLiteral("boris"), QStringLiteral("Борис Старый"), UserRole::AccountManager);
        annaId = createUser(base, QStringLiteral("anna"), QStringLiteral("Анна Клиентова"), UserRole::AccountManager);
        createCompany(base, QStringLiteral("АО «Давний клиент»"), CompanyStage::Client, borisId);
        companyId = createCompany(base, QStringLiteral("ООО «Ромашка»"), CompanyStage::Deal, closerId);
    }

    qint64 addDeal(DealStep step, qint64 amountKopecks = DealAmount)
    {
        Deal deal;
        deal.companyId = companyId;
        deal.ownerId = closerId;
        deal.title = QStringLiteral("Поставка бумаги");
        deal.step = step;
        deal.amountKopecks = amountKopecks;
        if (step == DealStep::InvoiceIssued) {
            deal.invoiceNumber = QStringLiteral("СЧ-17");
            deal.invoiceDate = QDate(2026, 11, 24);
        }
        DealRepository(base.context()).create(deal);
        return deal.id;
    }

    void openBoard()
    {
        // Acting as the closer who carries the deal.
        board = std::make_unique<PipelineBoard>(base.contextAs(closerId), UserRepository(base.context()).list());
        board->resize(1200, 600);
        board->show();
        REQUIRE(QTest::qWaitForWindowExposed(board.get()));
    }

    QAction *cardAction(qint64 dealId, const char *name)
    {
        menu.reset(board->createCardMenu(dealId, board.get()));
        auto *action = menu->findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(action != nullptr);
        return action;
    }

    qint64 count(const QString &sqlTail, std::initializer_list<QVariant> values = {})
    {
        return SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM ") + sqlTail, values)
            .toLongLong();
    }
    CompanyFunnelState company() { return *CompanyFunnelRepository(base.context()).find(companyId); }
    Deal deal(qint64 id) { return *DealRepository(base.context()).find(id); }
    QString status() { return child<QLabel>(*board, "boardStatus")->text(); }

    TestDatabase base;
    qint64 closerId = 0;
    qint64 borisId = 0;
    qint64 annaId = 0;
    qint64 companyId = 0;
    std::unique_ptr<PipelineBoard> board;
    std::unique_ptr<QMenu> menu;
};

void press(QDialog &dialog, const char *button)
{
    child<QPushButton>(dialog, button)->click();
}

void setAmount(QDialog &dialog, const char *edit, double units)
{
    child<QDoubleSpinBox>(dialog, edit)->setValue(units);
}

// Fails the test when a dialog opens although none should; cleared when the test ends.
struct NoDialogExpected
{
    NoDialogExpected()
    {
        ModalDialog::setNextFiller(
            [](QDialog &dialog) { FAIL("unexpected dialog " << dialog.objectName().toStdString()); });
    }
    ~NoDialogExpected() { ModalDialog::setNextFiller(nullptr); }
};
} // namespace

TEST_CASE("A full payment from the board makes the deal paid and the company a client of the least loaded manager",
          "[ui][payment]")
{
    Sales sales;
    const qint64 dealId = sales.addDeal(DealStep::InvoiceIssued);
    sales.openBoard();
    DealColumn *invoiced = sales.board->column(DealStep::InvoiceIssued);
    REQUIRE(invoiced->count() == 1);
    QSignalSpy recorded(sales.board.get(), &PipelineBoard::paymentRecorded);

    ModalDialog::setNextFiller([&](QDialog &dialog) {
        CHECK(child<QLabel>(dialog, "paymentDealLabel")->text()
              == QStringLiteral(
                  "<b>ООО «Ромашка»</b><br>Поставка бумаги<br>Amount: ₽100,000.00<br>"
                  "Paid so far: ₽0.00<br>Left to pay: ₽100,000.00"));
        CHECK(child<QDateEdit>(dialog, "paymentDateEdit")->date() == QDate(2026, 11, 25));
        CHECK(child<QDateEdit>(dialog, "paymentDateEdit")->maximumDate() == QDate(2026, 11, 25));
        CHECK(child<QDoubleSpinBox>(dialog, "paymentAmountEdit")->value() == 100000.0);
        auto *manager = child<QComboBox>(dialog, "accountManagerCombo");
        CHECK(manager->isVisibleTo(&dialog)); // the first payment hands the company over
        CHECK(manager->currentText() == QStringLiteral("Automatically (fewest clients)"));
        CHECK(manager->findData(sales.annaId) > 0);
        CHECK(manager->findData(sales.closerId) < 0);
        child<QDateEdit>(dialog, "paymentDateEdit")->setDate(QDate(2026, 11, 24));
        typeText(child<QLineEdit>(dialog, "paymentCommentEdit"), QStringLiteral("п/п 512"));
        press(dialog, "okButton");
    });
    // Enter on a card of the invoice issued column opens the payment.
    invoiced->setFocus();
    invoiced->setCurrentRow(0);
    QTest::keyClick(invoiced, Qt::Key_Return);

    const auto payments = PaymentRepository(sales.base.context()).listForDeal(dealId);
    REQUIRE(payments.size() == 1);
    CHECK(payments.at(0).amountKopecks == DealAmount);
    CHECK(payments.at(0).paidOn == QDate(2026, 11, 24));
    CHECK(payments.at(0).userId == sales.closerId);
    CHECK(sales.deal(dealId).step == DealStep::Paid);
    const CompanyFunnelState company = sales.company();
    CHECK(company.stage == CompanyStage::Client);
    CHECK(company.ownerId == sales.annaId);
    CHECK(ClientHandoverRepository(sales.base.context()).broughtBy(sales.companyId) == sales.closerId);
    CHECK(sales.count(QStringLiteral("activities WHERE kind = 'payment' AND note = ? AND amount_kopecks = ?"),
                      {QStringLiteral("п/п 512"), DealAmount})
          == 1);
    REQUIRE(recorded.count() == 1);
    CHECK(recorded.at(0).at(1).toLongLong() == sales.companyId);
    // The board shows the deal among the paid ones and says what happened.
    CHECK(invoiced->count() == 0);
    CHECK(sales.board->column(DealStep::Paid)->count() == 1);
    CHECK(sales.status()
          == QStringLiteral("Payment of ₽100,000.00 recorded; ООО «Ромашка» is now a client of "
                            "Анна Клиентова; the deal is paid in full"));
}

TEST_CASE("A part payment leaves the deal at invoice issued, and the next part hands nobody over", "[ui][payment]")
{
    Sales sales;
    const qint64 dealId = sales.addDeal(DealStep::InvoiceIssued);
    sales.openBoard();

    ModalDialog::setNextFiller([&](QDialog &dialog) {
        auto *manager = child<QComboBox>(dialog, "accountManagerCombo");
        manager->setCurrentIndex(manager->findData(sales.borisId)); // the head's choice beats the load
        setAmount(dialog, "paymentAmountEdit", 40000.50);
        press(dialog, "okButton");
    });
    CHECK(sales.cardAction(dealId, "recordPaymentAction")->isEnabled());
    sales.cardAction(dealId, "recordPaymentAction")->trigger();

    CHECK(PaymentRepository(sales.base.context()).paidForDeal(dealId) == 40'000'50);
    CHECK(sales.deal(dealId).step == DealStep::InvoiceIssued);
    CHECK(sales.company().stage == CompanyStage::Client);
    CHECK(sales.company().ownerId == sales.borisId);
    CHECK(sales.board->column(DealStep::InvoiceIssued)->count() == 1);
    CHECK(sales.status()
          == QStringLiteral(
              "Payment of ₽40,000.50 recorded; ООО «Ромашка» is now a client of Борис Старый; "
              "₽59,999.50 left to pay"));

    ModalDialog::setNextFiller([&](QDialog &dialog) {
        CHECK(child<QLabel>(dialog, "paymentDealLabel")
                  ->text()
                  .endsWith(QStringLiteral("Paid so far: ₽40,000.50<br>Left to pay: ₽59,999.50")));
        CHECK_FALSE(child<QComboBox>(dialog, "accountManagerCombo")->isVisibleTo(&dialog));
        CHECK(child<QDoubleSpinBox>(dialog, "paymentAmountEdit")->value() == 59999.50);
        press(dialog, "okButton");
    });
    REQUIRE(sales.board->recordPayment(dealId));
    CHECK(PaymentRepository(sales.base.context()).listForDeal(dealId).size() == 2);
    CHECK(sales.deal(dealId).step == DealStep::Paid);
    CHECK(sales.company().ownerId == sales.borisId);
    CHECK(sales.status() == QStringLiteral("Payment of ₽59,999.50 recorded; the deal is paid in full"));
}

TEST_CASE("A refused payment is explained and nothing is stored", "[ui][payment][bad-input]")
{
    Sales sales;
    const qint64 dealId = sales.addDeal(DealStep::InvoiceIssued);
    sales.openBoard();

    SECTION("an overpayment; the dialog keeps what was typed")
    {
        double shownAfterRefusal = 0;
        ModalDialog::setNextFiller([&](QDialog &dialog) {
            setAmount(dialog, "paymentAmountEdit", 150000);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            press(dialog, "okButton");
            shownAfterRefusal = child<QDoubleSpinBox>(dialog, "paymentAmountEdit")->value();
        });
        CHECK_FALSE(sales.board->recordPayment(dealId));
        CHECK(MessageBox::lastText()
              == QStringLiteral("The payment is more than is left to pay on the deal (₽100,000.00)."));
        CHECK(shownAfterRefusal == 150000.0);
    }
    SECTION("no amount")
    {
        ModalDialog::setNextFiller([&](QDialog &dialog) {
            setAmount(dialog, "paymentAmountEdit", 0);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            press(dialog, "okButton");
        });
        CHECK_FALSE(sales.board->recordPayment(dealId));
        CHECK(MessageBox::lastText() == QStringLiteral("Enter the amount paid."));
    }
    SECTION("a colleague changed the deal while the dialog was open")
    {
        ModalDialog::setNextFiller([&](QDialog &dialog) {
            Deal changed = sales.deal(dealId);
            changed.amountKopecks = 90'000'00;
            DealRepository(sales.base.contextAs(sales.borisId)).update(changed);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            press(dialog, "okButton");
        });
        CHECK_FALSE(sales.board->recordPayment(dealId));
        CHECK(MessageBox::lastText().startsWith(QStringLiteral("The deal was changed by Борис Старый")));
        // The board shows the colleague's amount (and that nothing is paid on the invoice yet).
        const QString card = sales.board->column(DealStep::InvoiceIssued)->item(0)->text();
        CHECK(card.contains(QStringLiteral("\n₽90,000.00\n")));
        CHECK(card.endsWith(QStringLiteral("\npaid ₽0.00\nПётр Закрывалов")));
    }
    CHECK(sales.count(QStringLiteral("payments")) == 0);
    CHECK(sales.count(QStringLiteral("activities WHERE kind = 'payment'")) == 0);
    CHECK(sales.deal(dealId).step == DealStep::InvoiceIssued);
    CHECK(sales.company().stage == CompanyStage::Deal);
    CHECK(sales.company().ownerId == sales.closerId);
    CHECK(sales.status().isEmpty());
}

TEST_CASE("A payment is offered only against an issued invoice", "[ui][payment][bad-input]")
{
    Sales sales;
    const qint64 contract = sales.addDeal(DealStep::Contract);
    const qint64 paid = sales.addDeal(DealStep::Paid);
    sales.openBoard();
    const NoDialogExpected noDialog;

    CHECK_FALSE(sales.cardAction(contract, "recordPaymentAction")->toolTip().isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    sales.cardAction(contract, "recordPaymentAction")->trigger();
    CHECK(MessageBox::lastText() == QStringLiteral("Issue an invoice before recording a payment."));

    // A double click on a paid deal's card explains why it takes no more money.
    DealColumn *column = sales.board->column(DealStep::Paid);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const QRect card = column->visualItemRect(column->item(0));
    // As a mouse delivers it: the first click, then the second one that makes it a double click.
    QTest::mouseClick(column->viewport(), Qt::LeftButton, Qt::NoModifier, card.center());
    QTest::mouseDClick(column->viewport(), Qt::LeftButton, Qt::NoModifier, card.center());
    CHECK(MessageBox::lastText()
          == QStringLiteral("The deal is already paid in full; record a repeat sale as a new deal."));
    CHECK(sales.count(QStringLiteral("payments")) == 0);
    CHECK(sales.deal(contract).step == DealStep::Contract);
    CHECK(sales.deal(paid).step == DealStep::Paid);
}

TEST_CASE("A new deal from the company card opens at the chosen step and shows on the timeline", "[ui][deal]")
{
    Sales sales;
    const qint64 companyId
        = createCompany(sales.base, QStringLiteral("ООО «Лютик»"), CompanyStage::Cold, sales.closerId);
    CompanyMove toMeeting;
    toMeeting.to = CompanyStage::Meeting;
    const qint64 version = CompanyRepository(sales.base.context()).find(companyId)->version;
    StageMover(sales.base.context()).moveCompany(companyId, version, toMeeting);

    CompanyCard card(sales.base.contextAs(sales.closerId), UserRepository(sales.base.context()).list());
    card.resize(600, 900);
    card.setVisible(true);
    REQUIRE(QTest::qWaitForWindowExposed(&card));
    REQUIRE(card.showCompany(companyId));
    auto *newDeal = child<QPushButton>(card, "newDealButton");
    REQUIRE(newDeal->isEnabled());

    QSignalSpy opened(&card, &CompanyCard::dealOpened);
    int refusals = 0;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        CHECK(child<QComboBox>(dialog, "dealOwnerCombo")->currentData().toLongLong() == sales.closerId);
        CHECK(child<QComboBox>(dialog, "dealCurrencyCombo")->currentText() == QStringLiteral("RUB"));
        setAmount(dialog, "dealAmountEdit", 250000);
        setAmount(dialog, "dealMarginEdit", 300000);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        press(dialog, "okButton"); // no title
        refusals += MessageBox::lastText() == QStringLiteral("A deal needs a title.");
        typeText(child<QLineEdit>(dialog, "dealTitleEdit"), QStringLiteral("Станки"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        press(dialog, "okButton"); // a margin above the amount
        refusals += MessageBox::lastText() == QStringLiteral("The deal's margin cannot be more than its amount.");
        setAmount(dialog, "dealMarginEdit", 50000);
        auto *step = child<QComboBox>(dialog, "dealStepCombo");
        step->setCurrentIndex(step->findData(int(DealStep::Presentation)));
        press(dialog, "okButton");
    });
    newDeal->click();

    CHECK(refusals == 2);
    CHECK(sales.count(QStringLiteral("deals WHERE company_id = ?"), {companyId}) == 1);
    const qint64 dealId = SqlStatement::scalar(sales.base.db().connection(),
                                               QStringLiteral("SELECT id FROM deals WHERE company_id = ?"), {companyId})
                              .toLongLong();
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(1).toLongLong() == dealId);
    const Deal deal = sales.deal(dealId);
    CHECK(deal.title == QStringLiteral("Станки"));
    CHECK(deal.step == DealStep::Presentation);
    CHECK(deal.amountKopecks == 250'000'00);
    CHECK(deal.marginKopecks == 50'000'00);
    CHECK(deal.currency == QStringLiteral("RUB"));
    CHECK(deal.ownerId == sales.closerId);
    CHECK(CompanyFunnelRepository(sales.base.context()).find(companyId)->stage == CompanyStage::Deal);
    // The card shows the company anew: its stage and, on the timeline, the move and the deal's first step.
    CHECK(child<QComboBox>(card, "stageCombo")->currentData().toInt() == int(CompanyStage::Deal));
    QTableWidget *timeline = child<QTableWidget>(card, "timelineTable");
    QStringList events;
    for (int row = 0; row < timeline->rowCount(); ++row)
        events.append(timeline->item(row, CompanyTimeline::WhatColumn)->text());
    CHECK(events.contains(QStringLiteral("Stage: Meeting → Deal")));
    CHECK(card.storedRecord().company.version
          == CompanyFunnelRepository(sales.base.context()).find(companyId)->version);
}

TEST_CASE("New deal on the card waits for a stage that allows a deal and for unsaved edits", "[ui][deal][bad-input]")
{
    Sales sales;
    const qint64 cold = createCompany(sales.base, QStringLiteral("ООО «Лютик»"), CompanyStage::Cold, sales.closerId);
    CompanyCard card(sales.base.context(), UserRepository(sales.base.context()).list());
    card.setVisible(true);
    REQUIRE(QTest::qWaitForWindowExposed(&card));
    auto *newDeal = child<QPushButton>(card, "newDealButton");

    REQUIRE(card.showCompany(cold));
    CHECK_FALSE(newDeal->isEnabled());
    CHECK(newDeal->toolTip().startsWith(QStringLiteral("A company cannot go from \"Cold\" to \"Deal\"")));

    REQUIRE(card.showCompany(sales.companyId)); // at deal: a second deal may be opened
    CHECK(newDeal->isEnabled());
    typeText(child<QLineEdit>(card, "cityEdit"), QStringLiteral("Тверь"));
    CHECK_FALSE(newDeal->isEnabled());

    card.startNewCompany();
    CHECK_FALSE(newDeal->isEnabled());
    const NoDialogExpected noDialog;
    CHECK_FALSE(card.openNewDeal());
    CHECK(sales.count(QStringLiteral("deals")) == 0);
}

TEST_CASE("A repeat sale opens from a paid deal's card on the board", "[ui][deal][repeat]")
{
    Sales sales;
    const qint64 paid = sales.addDeal(DealStep::Paid);
    CompanyFunnelState client = sales.company();
    client.stage = CompanyStage::Client;
    CompanyFunnelRepository(sales.base.context()).save(client);
    sales.openBoard();

    ModalDialog::setNextFiller([&](QDialog &dialog) {
        typeText(child<QLineEdit>(dialog, "dealTitleEdit"), QStringLiteral("Бумага, 2-я партия"));
        setAmount(dialog, "dealAmountEdit", 120000);
        auto *currency = child<QComboBox>(dialog, "dealCurrencyCombo");
        currency->setCurrentText(QStringLiteral("eur"));
        press(dialog, "okButton");
    });
    sales.cardAction(paid, "newDealAction")->trigger();

    REQUIRE(sales.count(QStringLiteral("deals WHERE id <> ? AND company_id = ?"), {paid, sales.companyId}) == 1);
    CHECK(sales.count(QStringLiteral("deals WHERE step = 'needs' AND currency = 'EUR' AND amount_kopecks = ?"),
                      {120'000'00})
          == 1);
    CHECK(sales.company().stage == CompanyStage::Client); // a repeat sale keeps the client where it is
    CHECK(sales.board->column(DealStep::Needs)->count() == 1);
    CHECK(sales.status() == QStringLiteral("A new deal is open for ООО «Ромашка»"));
}
