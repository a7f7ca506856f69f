// The mouse wheel scrolls forms and never edits the fields it passes over (issue 10: a phone's kind and a company's
// stage changed under a wheel that was only meant to scroll the card).
#include "calls/CallSettingsDialog.h"
#include "common/ModalDialog.h"
#include "common/WheelGuard.h"
#include "company/ColdBaseView.h"
#include "company/CompanyCard.h"
#include "deals/PaymentDialog.h"
#include "demo/DemoBase.h"
#include "models/CompanyListModel.h"
#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
// The guard as the application installs it, for the length of a test.
struct GuardedApplication
{
    GuardedApplication() { qApp->installEventFilter(&guard); }
    ~GuardedApplication() { qApp->removeEventFilter(&guard); }
    WheelGuard guard;
};

// One notch of the wheel over the middle of a widget, delivered as the window system delivers it: to the deepest
// child under the pointer, spontaneous, so that QApplication passes an ignored event on to the parents.
void turnWheel(QWidget *widget, int notches)
{
    const QPoint centre = widget->rect().center();
    QWidget *under = widget->childAt(centre);
    QWidget *target = under ? under : widget;
    const QPoint local = target->mapFrom(widget, centre);
    QWheelEvent event(local, target->mapToGlobal(local), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    // QCoreApplication::sendEvent would mark it as sent by the program, and QApplication does not propagate those.
    QSpontaneKeyEvent::setSpontaneous(&event);
    qApp->notify(target, &event);
}

int historyRows(TestDatabase &base)
{
    return SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM stage_history")).toInt();
}

// A dialog opened by a wheel (the stage combo's move) fails the test instead of waiting for a click.
struct NoDialogExpected
{
    NoDialogExpected()
    {
        ModalDialog::setNextFiller(
            [](QDialog &dialog) { FAIL("unexpected dialog " << dialog.objectName().toStdString()); });
    }
    ~NoDialogExpected() { ModalDialog::setNextFiller(nullptr); }
};

// What a combo box or spin box shows: its index or its text.
QString valueOf(QWidget *editor)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return QString::number(combo->currentIndex()) + QLatin1Char(':') + combo->currentText();
    return static_cast<QAbstractSpinBox *>(editor)->text();
}

// Every combo box and spin box (date and time edits included) of a window that the user could reach.
QList<QWidget *> wheelEditors(QWidget &window)
{
    QList<QWidget *> editors;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (WheelGuard::isGuarded(widget) && widget->isVisibleTo(&window) && widget->isEnabled())
            editors.append(widget);
    }
    return editors;
}

// Turns the wheel both ways over every editor and checks that none of them changed.
void checkWheelChangesNothing(QWidget &window, int expectedAtLeast)
{
    const QList<QWidget *> editors = wheelEditors(window);
    CHECK(editors.size() >= expectedAtLeast);
    for (QWidget *editor : editors) {
        INFO("editor " << editor->objectName().toStdString() << " of " << editor->metaObject()->className());
        editor
            ->clearFocus(); // a dialog gives its first field the focus; the one focused takes the wheel (as it should)
        const QString before = valueOf(editor);
        turnWheel(editor, 1);
        turnWheel(editor, -1);
        turnWheel(editor, -1);
        CHECK(valueOf(editor) == before);
        CHECK(editor->focusPolicy() == Qt::StrongFocus);
    }
}
} // namespace

TEST_CASE("The wheel over the company card scrolls it and changes none of its fields", "[ui][wheel][card]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 10);
    GuardedApplication guarded;
    const NoDialogExpected noDialog;

    ColdBaseView view(base.context(), UserRepository(base.context()).list());
    view.resize(1000, 560);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const qint64 companyId = view.model()->companyIdAt(3);
    REQUIRE(view.selectCompany(companyId));
    CompanyCard *card = view.card();
    // A phone of each kind row and a planned next action, so that every kind of editor is on the card.
    QTest::mouseClick(child<QPushButton>(view, "addPhoneButton"), Qt::LeftButton);
    auto *phones = child<QTableWidget>(view, "phonesTable");
    phones->item(phones->rowCount() - 1, 0)->setText(QStringLiteral("+7 495 123-45-67"));
    child<QCheckBox>(view, "nextActionCheck")->setChecked(true);
    const Company stored = *CompanyRepository(base.context()).find(companyId);
    const int historyBefore = historyRows(base);

    auto *scroll = card->findChild<QScrollArea *>();
    REQUIRE(scroll);
    const int scrolledBefore = scroll->verticalScrollBar()->value();
    checkWheelChangesNothing(*card, 4); // stage, owner, next action, the phones' kinds
    auto *stage = child<QComboBox>(view, "stageCombo");
    turnWheel(stage, -1);
    CHECK(stage->currentIndex() == 0);
    CHECK(CompanyRepository(base.context()).find(companyId)->stage == stored.stage);
    CHECK(historyRows(base) == historyBefore);
    // The wheel went on to the card's scroll area instead (the card is taller than its pane).
    if (scroll->verticalScrollBar()->maximum() > 0)
        CHECK(scroll->verticalScrollBar()->value() > scrolledBefore);
}

TEST_CASE("A focused combo box still takes the wheel", "[ui][wheel]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 5);
    GuardedApplication guarded;
    ColdBaseView view(base.context(), UserRepository(base.context()).list());
    view.resize(1000, 560);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    REQUIRE(view.selectCompany(view.model()->companyIdAt(0)));
    auto *owner = child<QComboBox>(view, "ownerCombo");
    owner->setCurrentIndex(1);
    const int before = owner->currentIndex();
    turnWheel(owner, -1);
    CHECK(owner->currentIndex() == before); // unfocused: nothing
    owner->setFocus();
    REQUIRE(owner->hasFocus());
    turnWheel(owner, -1);
    CHECK(owner->currentIndex() == before + 1);
}

TEST_CASE("The wheel changes nothing in the payment and call settings dialogs", "[ui][wheel][deal]")
{
    TestDatabase base;
    GuardedApplication guarded;
    const qint64 closer
        = createUser(base, QStringLiteral("closer"), QStringLiteral("Пётр Закрывалов"), UserRole::Closer);
    createUser(base, QStringLiteral("anna"), QStringLiteral("Анна Клиентова"), UserRole::AccountManager);
    Deal deal;
    deal.companyId = createCompany(base, QStringLiteral("ООО «Ромашка»"), CompanyStage::Deal, closer);
    deal.ownerId = closer;
    deal.title = QStringLiteral("Поставка бумаги");
    deal.step = DealStep::InvoiceIssued;
    deal.amountKopecks = 100'000'00;
    deal.invoiceNumber = QStringLiteral("СЧ-17");
    deal.invoiceDate = QDate(2026, 11, 24);
    DealRepository(base.context()).create(deal);

    PaymentDialog payment(base.contextAs(closer), deal, QStringLiteral("ООО «Ромашка»"));
    payment.show();
    REQUIRE(QTest::qWaitForWindowExposed(&payment));
    checkWheelChangesNothing(payment, 3); // the date, the amount, the account manager

    CallSettingsDialog settings(base.db());
    settings.show();
    REQUIRE(QTest::qWaitForWindowExposed(&settings));
    checkWheelChangesNothing(settings, 2);
}
